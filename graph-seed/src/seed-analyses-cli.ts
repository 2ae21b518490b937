/**
 * Prints what the analyses say about a map folder (the seed map unless `--dir`): the top brokers, the
 * vertical gaps on a few themes with their first suggestion, the workspace's top suggested links and
 * the introductions the partner finder offers one actor. Used to review the analyses by eye (the
 * before and after in api/src/graph/README.md).
 *
 *   npx tsx graph-seed/src/seed-analyses-cli.ts [--dir DIR] [--event-layer EXCLUDED|PROJECTED|INCLUDED] [--every-country]
 */
import { rankBrokers } from '../../api/src/graph/brokers';
import type { EventLayerMode } from '../../api/src/graph/event-layer';
import { buildLinkScoringContext } from '../../api/src/graph/link-scoring';
import { suggestedLinks } from '../../api/src/graph/link-suggestions';
import { partners } from '../../api/src/graph/partner-finder';
import { filterGraph } from '../../api/src/graph/subgraph-filter';
import { verticalGaps } from '../../api/src/graph/vertical-gaps';
import { SEED_DIR } from './ensure-seed';
import { graphFilesToData } from './graph-files-data';
import { readGraphFolder } from './read-graph-files';

const THEMES = ['protection', 'reception', 'integration-inclusion', 'diaspora-engagement'];
const SEEKER = 'casc';

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function main(): void {
  const eventLayer = (option('--event-layer') ?? 'EXCLUDED') as EventLayerMode;
  const crossBorder = process.argv.includes('--every-country') ? { countries: null } : null;
  const data = filterGraph(graphFilesToData(readGraphFolder(option('--dir') ?? SEED_DIR)), { eventLayer });
  const name = new Map(data.actors.map((a) => [a.id, a.name]));
  const named = (id: string): string => name.get(id) ?? id;
  const context = buildLinkScoringContext(data, { seed: 1, crossBorder });

  console.log(`## ${data.actors.length} actors, ${data.relations.length} relations (event layer ${eventLayer})\n`);
  console.log('### Top 10 brokers (betweenness)\n');
  for (const [i, row] of rankBrokers(data).ranked.slice(0, 10).entries()) {
    console.log(`${i + 1}. ${named(row.actorId)} — ${row.betweenness.toFixed(3)}`);
  }
  for (const theme of THEMES) {
    const gaps = verticalGaps(data, theme, { suggestionsPerGap: 1, crossBorder }, context);
    const found = gaps.pairs.filter((pair) => pair.isGap);
    console.log(`\n### Gaps on ${theme}: ${found.length} of ${gaps.pairs.length} tier pairs checked\n`);
    for (const pair of found) {
      const where = (pair as { countries?: string[] }).countries?.join(', ') ?? 'all countries';
      const link = pair.suggestedLinks[0];
      const suggestion = link
        ? `${named(link.sourceId)} ↔ ${named(link.targetId)} (${link.score.toFixed(2)}: ${link.reasons.join('; ')})`
        : 'no suggestion';
      console.log(`- ${where} ${pair.lowerTier}–${pair.upperTier}: ${suggestion}`);
    }
  }
  console.log('\n### Top 10 suggested links\n');
  for (const link of suggestedLinks(data, { top: 10 }, context).suggestions) {
    console.log(
      `- ${named(link.sourceId)} ↔ ${named(link.targetId)} (${link.score.toFixed(2)}: ${link.reasons.join('; ')})`,
    );
  }
  console.log(`\n### Introductions for ${named(SEEKER)} in SN\n`);
  for (const c of partners(data, SEEKER, { countries: ['SN'], top: 5, seed: 1 }, context).candidates) {
    const route =
      c.distance == null
        ? 'no introduction path'
        : c.intermediaryIds.length > 0
          ? `distance ${c.distance} via ${c.intermediaryIds.map(named).join(' → ')}`
          : `distance ${c.distance}, tied directly`;
    console.log(`- ${named(c.actorId)} (${c.score.toFixed(3)}, ${route})`);
  }
}

main();
