import type { GraphActor, GraphData } from './analytics-graph';
import { actorsInIdOrder, cooperativeRelations, indexActors } from './analytics-graph';
import type { Tier } from '../domain/vocabulary';
import { PARTICIPATION_TYPE } from '../domain/vocabulary';
import { derived } from './derived';
import { joinWords, placeName } from './words';

/**
 * Which tiers are read together. Absent (null): each national system on its own, the default. Given:
 * one cross-border system made of the listed countries' systems (a corridor: origin, transit,
 * destination), or of every actor when `countries` is null.
 */
export interface CrossBorder {
  countries: readonly string[] | null;
}

/** Tiers that belong to a country's own system by the actor's country. */
const DOMESTIC_TIERS: readonly Tier[] = ['LOCAL', 'REGIONAL', 'NATIONAL'];

/**
 * The EU's member states (2020 on), whose systems an EU body joins by declaration, tie or no tie: the
 * EU's regulations and funds bind each of them.
 */
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]; // prettier-ignore

/**
 * NATIONAL: one country's system. CORRIDOR: the listed countries' systems read together, on request.
 * POOLED: every actor at once, tiers of different countries paired (the reading before national systems).
 */
export type TierSystemKind = 'NATIONAL' | 'CORRIDOR' | 'POOLED';

export interface TierSystem {
  kind: TierSystemKind;
  /**
   * The country (NATIONAL), the countries read together (CORRIDOR) or every country with a local,
   * regional or national actor (POOLED), sorted.
   */
  countries: string[];
  /** Its actors, in id order. */
  actorIds: string[];
}

/** Whether an actor belongs to a country's own system by its tier and country. */
function homeCountry(actor: Readonly<GraphActor>): string | null {
  return actor.country !== null && DOMESTIC_TIERS.includes(actor.tier) ? actor.country : null;
}

/**
 * Each actor's national systems (PRODUCT.md §10), by country. An actor of tier LOCAL, REGIONAL or
 * NATIONAL belongs to its country's system (without a country it belongs to none). A SUPRANATIONAL or
 * GLOBAL actor joins the system of every country one of whose local, regional or national actors it
 * has a cooperative organisation tie with (membership, funding, coordination, partnership … in either
 * direction; not a participation in an event, which is the event layer), and an EU body joins the
 * systems of the EU's member states. Computed once per data object.
 */
export function systemsOfActors(data: Readonly<GraphData>): ReadonlyMap<string, readonly string[]> {
  return derived(data, 'systemsOfActors', () => {
    const actors = indexActors(data);
    const systems = new Map<string, Set<string>>();
    const join = (id: string, country: string): void => {
      let set = systems.get(id);
      if (!set) systems.set(id, (set = new Set()));
      set.add(country);
    };
    for (const actor of data.actors) {
      const home = homeCountry(actor);
      if (home) join(actor.id, home);
      else if (actor.kind === 'EU_BODY' && !DOMESTIC_TIERS.includes(actor.tier)) {
        for (const country of EU_MEMBER_STATES) join(actor.id, country);
      }
    }
    for (const r of cooperativeRelations(data)) {
      if (r.type === PARTICIPATION_TYPE) continue;
      const source = actors.get(r.source) as GraphActor;
      const target = actors.get(r.target) as GraphActor;
      const sourceHome = homeCountry(source);
      const targetHome = homeCountry(target);
      if (targetHome && !DOMESTIC_TIERS.includes(source.tier)) join(source.id, targetHome);
      if (sourceHome && !DOMESTIC_TIERS.includes(target.tier)) join(target.id, sourceHome);
    }
    return new Map([...systems].map(([id, set]) => [id, [...set].sort()]));
  });
}

/**
 * The systems tier analyses read: one per country with at least one local, regional or national
 * actor (in country order) unless a cross-border reading is asked for (see CrossBorder).
 */
export function tierSystems(data: Readonly<GraphData>, crossBorder: Readonly<CrossBorder> | null): TierSystem[] {
  const systemsOf = systemsOfActors(data);
  const ordered = actorsInIdOrder(data);
  const home = [...new Set(data.actors.map(homeCountry).filter((c): c is string => c !== null))].sort();
  if (crossBorder && crossBorder.countries === null) {
    return [{ kind: 'POOLED', countries: home, actorIds: ordered.map((actor) => actor.id) }];
  }
  if (crossBorder) {
    const countries = [...new Set(crossBorder.countries)].sort();
    const inCorridor = (id: string): boolean => (systemsOf.get(id) ?? []).some((c) => countries.includes(c));
    return [{ kind: 'CORRIDOR', countries, actorIds: ordered.filter((a) => inCorridor(a.id)).map((a) => a.id) }];
  }
  return home.map((country) => ({
    kind: 'NATIONAL',
    countries: [country],
    actorIds: ordered.filter((actor) => systemsOf.get(actor.id)?.includes(country)).map((actor) => actor.id),
  }));
}

/**
 * A system's part of the graph: its actors and the relations between two of them. Computed once per
 * data object and system, so the per-theme structures of the tier analyses are shared across themes.
 */
export function systemSubgraph(data: Readonly<GraphData>, system: Readonly<TierSystem>): GraphData {
  return derived(data, `systemSubgraph:${system.kind}:${system.countries.join(',')}`, () => {
    const members = new Set(system.actorIds);
    const actors = indexActors(data);
    return {
      actors: system.actorIds.map((id) => actors.get(id) as GraphActor),
      relations: data.relations.filter((r) => members.has(r.source) && members.has(r.target)),
    };
  });
}

/**
 * Where a tier reading holds, for a sentence, countries by name: "in Greece" (one national system),
 * "in Canada, United Kingdom and United States" (the same gap in several), "across Senegal, Morocco
 * and Spain" (a corridor), "across borders" (every country pooled).
 */
export function describeSystem(system: Readonly<Pick<TierSystem, 'kind' | 'countries'>>): string {
  if (system.kind === 'POOLED') return 'across borders';
  return `${system.kind === 'NATIONAL' ? 'in' : 'across'} ${joinWords(system.countries.map(placeName))}`;
}
