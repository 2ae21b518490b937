import type { MapActor, MapRelation, Sector, Tier } from '../../../web/src/lib/domain';
import type { MapInput } from '../../../web/src/lib/map-elements';
import { computeTierLayout } from '../../../web/src/lib/tier-layout';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';

/** A small map to check by hand: `actor(id, tier, sector)` and `tie(id, a, b)`. */
export const actor = (id: string, tier: Tier, sector: Sector, country: string | null = 'GR'): MapActor => ({
  id,
  name: `Actor ${id}`,
  kind: 'NGO',
  tier,
  since: null,
  until: null,
  formerNames: [],
  renamedOn: [],
  shortName: null,
  sector,
  country,
  themes: ['reception'],
});

export const tie = (id: string, sourceId: string, targetId: string): MapRelation => ({
  id,
  type: 'PARTNERS_WITH',
  sourceId,
  targetId,
  directed: false,
  mode: null,
  engagement: null,
  themes: ['reception'],
  since: null,
  until: null,
  amount: null,
  currency: null,
  confidence: 1,
});

/**
 * Six actors: three local civil-society (a, b, c), two local government (d, e), one national
 * government (f). Ties: a–b (inside a group), a–d, b–d, c–e (local CS ↔ local gov), d–f, e–f.
 */
export const ACTORS: MapActor[] = [
  actor('a', 'LOCAL', 'CIVIL_SOCIETY'),
  actor('b', 'LOCAL', 'CIVIL_SOCIETY'),
  actor('c', 'LOCAL', 'CIVIL_SOCIETY'),
  actor('d', 'LOCAL', 'GOVERNMENT'),
  actor('e', 'LOCAL', 'GOVERNMENT'),
  actor('f', 'NATIONAL', 'GOVERNMENT'),
];
export const RELATIONS: MapRelation[] = [
  tie('r1', 'a', 'b'),
  tie('r2', 'a', 'd'),
  tie('r3', 'b', 'd'),
  tie('r4', 'c', 'e'),
  tie('r5', 'd', 'f'),
  tie('r6', 'e', 'f'),
];

/** buildMap's input over a map laid out as the worker would: no filter, date, lens, expansion or selection. */
export function mapInput(actors: MapActor[], relations: MapRelation[]): MapInput {
  return {
    actors,
    relations,
    layout: computeTierLayout(actors, relations),
    filters: EMPTY_FILTERS,
    asOf: null,
    decoration: { legend: [] },
    expansions: [],
    selectedId: null,
  };
}
