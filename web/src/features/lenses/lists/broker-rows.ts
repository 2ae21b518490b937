import type { BrokerAnswer, BrokersAnswer } from '../lens-answers';
import type { LensWords } from './lens-words';

/** Gould and Fernandez's five brokerage roles, in their usual order. */
export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** The roles an actor plays, most often first (ties in the usual order); none when it plays none. */
export function rolesPlayed(roles: BrokerAnswer['roles']): { role: BrokerageRole; count: number }[] {
  return BROKERAGE_ROLES.map((role) => ({ role, count: roles[role] }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** A broker as a list row: its rank, name, key figures and the brokerage roles it plays, most first. */
export interface BrokerRow {
  actorId: string;
  rank: number;
  name: string;
  betweenness: string;
  /** The measure the list is ranked by, when not betweenness: its name and value ("PageRank 0.041"). */
  rankedBy: { label: string; value: string } | null;
  constraint: string;
  effectiveSize: string;
  roles: { role: BrokerageRole; count: number }[];
}

const figure = (value: number | null, digits: number) => (value === null ? 'n/a' : value.toFixed(digits));

/** The measures other than betweenness a broker list can be ranked by: name, value, digits shown. */
const RANKED: Record<
  Exclude<BrokersAnswer['rankedBy'], 'BETWEENNESS'>,
  [string, (b: BrokerAnswer) => number, number]
> = {
  DEGREE: ['Degree', (b) => b.degree, 0],
  PAGE_RANK: ['PageRank', (b) => b.pageRank, 3],
  CORE_NUMBER: ['Core', (b) => b.coreNumber, 0],
};

/**
 * The brokers in the API's order (by the measure asked for, betweenness by default, rank 1 first),
 * leaving out actors that score nothing on it and play no brokerage role: a ranked list of them says nothing.
 */
export function brokerRows(brokers: BrokersAnswer, words: LensWords): BrokerRow[] {
  const ranked = brokers.rankedBy === 'BETWEENNESS' ? null : RANKED[brokers.rankedBy];
  return brokers.actors
    .filter((broker) => (ranked ? ranked[1](broker) : broker.betweenness) > 0 || broker.roles.total > 0)
    .map((broker) => ({
      actorId: broker.actorId,
      rank: broker.rank,
      name: words.actorName(broker.actorId),
      betweenness: figure(broker.betweenness, 3),
      rankedBy: ranked ? { label: ranked[0], value: figure(ranked[1](broker), ranked[2]) } : null,
      constraint: figure(broker.constraint ?? null, 2),
      effectiveSize: figure(broker.effectiveSize ?? null, 1),
      roles: rolesPlayed(broker.roles),
    }));
}
