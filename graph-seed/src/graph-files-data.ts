import { isSuccessionType, sectorOf } from '../../api/src/domain/vocabulary';
import { capacityProfile, type GraphData, type GraphRelation } from '../../api/src/graph/analytics-graph';
import { toGraphState, toGraphSuccession } from '../../api/src/repositories/analytics.repository';
import type { GraphFiles } from './graph-file.types';

/**
 * A map's files as the analyses read them (ids are the external ids), without loading a database:
 * lifespans, former names, dated states and successions as analytics.repository reads them stored.
 */
export function graphFilesToData(files: Readonly<GraphFiles>): GraphData {
  const relations: GraphRelation[] = files.relations.map(
    ({ externalId, sources: _sources, notes: _notes, states, ...rest }) => ({
      ...rest,
      role: rest.role ?? null,
      id: externalId,
      ...(states?.length ? { states: states.map(toGraphState) } : {}),
    }),
  );
  const successions = relations.filter((r) => isSuccessionType(r.type)).map(toGraphSuccession);
  return {
    actors: files.actors.map((a) => ({
      ...optional('since', a.since ?? undefined),
      ...optional('until', a.until ?? undefined),
      ...optional(
        'formerNames',
        a.formerNames?.length
          ? a.formerNames.map((name, i) => ({ name, replacedOn: a.renamedOn?.[i] ?? '' }))
          : undefined,
      ),
      id: a.externalId,
      name: a.name,
      kind: a.kind,
      tier: a.tier,
      sector: sectorOf(a.kind),
      country: a.country,
      originCountries: a.originCountries,
      themes: a.themes,
      ...optional('capacity', capacityProfile(a.populationsServed, a.services, a.languages)),
    })),
    relations: relations.filter((r) => !isSuccessionType(r.type)),
    ...(successions.length > 0 ? { successions } : {}),
  };
}

/** `{ key: value }`, or nothing when the value is undefined (so absent fields stay absent). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
