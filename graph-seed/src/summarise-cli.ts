/**
 * Prints Markdown count tables for a map folder (used for graph-seed/README.md):
 *   npx tsx graph-seed/src/summarise-cli.ts graph-seed/data/seed-ecosystem
 */
import { ACTOR_KINDS, RELATION_TYPES, TIERS } from '../../api/src/domain/vocabulary';
import type { SourceRecord } from './graph-file.types';
import { readGraphFolder } from './read-graph-files';

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: summarise-cli <map folder>');
  const files = readGraphFolder(dir);
  console.log(
    `${files.actors.length} actors, ${files.relations.length} relations, ${files.themes.length} workspace themes\n`,
  );
  printTable(
    'Actors by tier',
    count(
      files.actors.map((a) => a.tier),
      TIERS,
    ),
  );
  printTable(
    'Actors by kind',
    count(
      files.actors.map((a) => a.kind),
      ACTOR_KINDS,
    ),
  );
  printTable(
    'Relations by type',
    count(
      files.relations.map((r) => r.type),
      RELATION_TYPES,
    ),
  );
  printTable('Relations by mode', count(files.relations.map((r) => r.mode ?? '(none)')));
  const cited = (sources: SourceRecord[]): string[] => [...new Set(sources.map((s) => s.document ?? '(none)'))];
  printTable('Actors citing each document', count(files.actors.flatMap((a) => cited(a.sources))));
  printTable('Relations citing each document', count(files.relations.flatMap((r) => cited(r.sources))));
}

/** Counts per value, in the vocabulary's order when one is given (zeros omitted), else by count. */
function count(values: readonly string[], order?: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (order) return order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function printTable(title: string, rows: readonly [string, number][]): void {
  console.log(`| ${title} | count |\n|---|---:|`);
  for (const [key, n] of rows) console.log(`| \`${key}\` | ${n} |`);
  console.log(`| **total** | ${rows.reduce((s, [, n]) => s + n, 0)} |\n`);
}

main();
