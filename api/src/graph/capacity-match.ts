import type { Population, Service } from '../domain/capacity';
import type { GraphActor } from './analytics-graph';
import type { LinkScore, LinkScoringContext } from './link-scoring';
import type { TierSystem, TierSystemKind } from './national-systems';

/**
 * Weights of the capacity fit; they sum to 1. Serving the same people in the same place weighs most
 * (the two meet the same needs and can refer cases to each other); offering the same service, a
 * complementary one to those people, or working in the same language each add a fifth.
 */
export const CAPACITY_WEIGHTS = {
  sharedPopulation: 0.4,
  sharedService: 0.2,
  complementaryServices: 0.2,
  sharedLanguage: 0.2,
} as const;

export interface CapacityMatch {
  /** Groups both serve, in a system both belong to. */
  sharedPopulations: Population[];
  /** Services both offer, in a system both belong to. */
  sharedServices: Service[];
  /** Languages both work in, in a system both belong to or along a corridor between them. */
  sharedLanguages: string[];
  /**
   * To the groups both serve, the services each offers that the other does not (one gives legal aid,
   * the other housing): they could refer people to each other. Null when either side has none.
   */
  complementary: { sourceOnly: Service[]; targetOnly: Service[] } | null;
  /** The kind of the systems both belong to, where the shared groups and services count; null: none. */
  systemKind: TierSystemKind | null;
  /** Their countries (ISO alpha-2, sorted). */
  countries: string[];
  /** Weighted sum (CAPACITY_WEIGHTS) in [0, 1]. */
  score: number;
}

/**
 * How two actors' capacity profiles fit (issue 20 point 7), read like tier complementarity: inside
 * a system both belong to (their country's, PRODUCT.md §10, or the cross-border reading asked for),
 * since serving unaccompanied children in Greece and in Germany makes no partnership. A shared
 * language also counts along a corridor (a diaspora organisation and an actor in its country of
 * origin working in Wolof). Null when neither side has a profile or nothing fits.
 */
export function matchCapacity(
  context: LinkScoringContext,
  link: Readonly<Pick<LinkScore, 'sourceId' | 'targetId' | 'corridors'>>,
): CapacityMatch | null {
  const source = context.actors.get(link.sourceId) as GraphActor;
  const target = context.actors.get(link.targetId) as GraphActor;
  const a = source.capacity;
  const b = target.capacity;
  if (!a || !b) return null;
  const targetSystems = context.systemsOf.get(link.targetId) ?? [];
  const shared = (context.systemsOf.get(link.sourceId) ?? [])
    .filter((s) => targetSystems.includes(s))
    .map((s) => context.systems[s] as TierSystem);
  const inSystem = shared.length > 0;
  const sharedPopulations = inSystem ? intersect(a.populations, b.populations) : [];
  const sharedServices = inSystem ? intersect(a.services, b.services) : [];
  const sharedLanguages = inSystem || link.corridors.length > 0 ? intersect(a.languages, b.languages) : [];
  const sourceOnly = a.services.filter((s) => !b.services.includes(s)).sort();
  const targetOnly = b.services.filter((s) => !a.services.includes(s)).sort();
  const complementary =
    sharedPopulations.length > 0 && sourceOnly.length > 0 && targetOnly.length > 0 ? { sourceOnly, targetOnly } : null;
  const w = CAPACITY_WEIGHTS;
  const score =
    (sharedPopulations.length > 0 ? w.sharedPopulation : 0) +
    (sharedServices.length > 0 ? w.sharedService : 0) +
    (complementary ? w.complementaryServices : 0) +
    (sharedLanguages.length > 0 ? w.sharedLanguage : 0);
  if (score === 0) return null;
  const systemKind = inSystem ? (shared[0] as TierSystem).kind : null;
  const countries = [...new Set(shared.flatMap((s) => s.countries))].sort();
  return { sharedPopulations, sharedServices, sharedLanguages, complementary, systemKind, countries, score };
}

function intersect<T extends string>(a: readonly T[], b: readonly T[]): T[] {
  const other = new Set(b);
  return [...new Set(a)].filter((value) => other.has(value)).sort();
}
