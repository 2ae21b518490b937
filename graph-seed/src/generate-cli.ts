/**
 * Writes a synthetic map folder:
 *   npx tsx graph-seed/src/generate-cli.ts --actors 10000 --seed 42 --out graph-seed/data/generated-10k
 * Options: --actors (required), --seed (default 1), --relations-per-actor (default 4), --out (default
 * graph-seed/data/generated-<actors>-<seed>), --no-timeline (no lifespans, renames, tie states or
 * successions). Generated folders are git-ignored.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { degreeStats } from './degree-stats';
import { generateGraph } from './generate-graph';
import { isSuccessionType } from '../../api/src/domain/vocabulary';
import type { GraphFiles, RelationRecord } from './graph-file.types';
import { writeGraphFolder } from './read-graph-files';
import { communityOf } from './synthetic-actors';

const USAGE = `usage: generate --actors <n> [--seed <int>] [--relations-per-actor <x>] [--out <dir>] [--no-timeline]
  --actors               number of actors (an integer ≥ 2)
  --seed                 the random seed (default 1): the same options give the same files
  --relations-per-actor  relations per actor on average (default 4)
  --out                  the folder to write (default graph-seed/data/generated-<actors>-<seed>)
  --no-timeline          leave out the timeline (lifespans, former names, dated tie states, successions)`;

function main(): void {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'relations-per-actor': { type: 'string', default: '4' },
      out: { type: 'string' },
      timeline: { type: 'boolean', default: true },
      help: { type: 'boolean', default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const actors = Number(values.actors);
  const seed = Number(values.seed);
  const relationsPerActor = Number(values['relations-per-actor']);
  if (!Number.isInteger(actors) || !Number.isInteger(seed) || !(relationsPerActor > 0)) throw new Error(USAGE);
  const out = path.resolve(values.out ?? path.join(__dirname, '..', 'data', `generated-${actors}-${seed}`));

  let started = Date.now();
  const files = generateGraph({
    actors,
    seed,
    relationsPerActor,
    timeline: values.timeline,
    onProgress: process.stdout.isTTY
      ? (placed, total) =>
          process.stdout.write(`\rgenerating: ${Math.round((100 * placed) / total)}% (${placed}/${total} actors)`)
      : undefined,
  });
  const generatedIn = Date.now() - started;
  process.stdout.write(
    `\rgenerated ${files.actors.length} actors and ${files.relations.length} relations in ${seconds(generatedIn)}\n`,
  );
  if (values.timeline) console.log(describeTimeline(files));

  started = Date.now();
  writeGraphFolder(out, files);
  console.log(`wrote ${out} in ${seconds(Date.now() - started)}`);

  const byId = new Map(files.actors.map((a) => [a.externalId, a]));
  const ties = files.relations.filter((r) => !isSuccessionType(r.type));
  const share = (test: (r: RelationRecord) => boolean): string =>
    `${((100 * ties.filter(test).length) / ties.length).toFixed(1)}%`;
  console.log(
    `ties inside communities: ${share((r) => communityOf(byId.get(r.source)!) === communityOf(byId.get(r.target)!))}, ` +
      `FUNDS: ${share((r) => r.type === 'FUNDS')}, ` +
      `adversarial: ${share((r) => r.type === 'CHALLENGES' || r.mode === 'CONFRONTATION')}, ` +
      `ended: ${share((r) => r.until !== null)}`,
  );
  const stats = degreeStats(files);
  console.log(
    `degree: mean ${stats.mean.toFixed(2)}, median ${stats.median}, max ${stats.max}, ` +
      `degree ≥ 10: ${(100 * stats.shareAtLeast10).toFixed(1)}%`,
  );
  for (const bin of stats.histogram) {
    const label = bin.from === bin.to ? `${bin.from}` : `${bin.from}–${bin.to}`;
    console.log(`  ${label.padStart(9)}  ${String(bin.actors).padStart(7)}`);
  }
}

function describeTimeline(files: GraphFiles): string {
  const successions = files.relations.filter((r) => isSuccessionType(r.type)).length;
  return (
    `timeline: ${files.actors.filter((a) => a.since || a.until).length} actors with a lifespan, ` +
    `${files.actors.filter((a) => a.formerNames?.length).length} with a former name, ` +
    `${files.relations.filter((r) => r.states?.length).length} relations with dated states, ${successions} successions`
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main();
