import { sectorOf } from '../../api/src/domain/vocabulary';
import { capacityProfile, type GraphData } from '../../api/src/graph/analytics-graph';
import type { GraphFiles } from './graph-file.types';

/** A map's files as the analyses read them (ids are the external ids), without loading a database. */
export function graphFilesToData(files: Readonly<GraphFiles>): GraphData {
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
      ...optional('capacity', capacityProfile(a.populationsServed, a.services, a.languages)),
    })),
    relations: files.relations.map(({ externalId, sources: _sources, notes: _notes, ...rest }) => ({
      ...rest,
      role: rest.role ?? null,
      id: externalId,
    })),
  };
}

/** `{ key: value }`, or nothing when the value is undefined (so absent fields stay absent). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
