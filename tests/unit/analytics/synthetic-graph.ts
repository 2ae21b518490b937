import { sectorOf } from '../../../api/src/domain/vocabulary';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { generateGraph } from '../../../graph-seed/src/generate-graph';

/** A synthetic map from the graph-seed generator as analytics data (ids are the external ids). */
export function syntheticGraph(actors: number, seed = 7): GraphData {
  const files = generateGraph({ actors, seed });
  return {
    actors: files.actors.map((a) => ({
      id: a.externalId,
      name: a.name,
      kind: a.kind,
      tier: a.tier,
      sector: sectorOf(a.kind),
      country: a.country,
      originCountries: a.originCountries,
      themes: a.themes,
    })),
    relations: files.relations.map((r) => ({
      id: r.externalId,
      type: r.type,
      source: r.source,
      target: r.target,
      directed: r.directed,
      mode: r.mode,
      engagement: r.engagement,
      formal: r.formal,
      themes: r.themes,
      since: r.since,
      until: r.until,
      amount: r.amount,
      currency: r.currency,
      confidence: r.confidence,
      strength: r.strength,
      role: r.role,
    })),
  };
}
