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
  constraint: string;
  effectiveSize: string;
  roles: { role: BrokerageRole; count: number }[];
}

const figure = (value: number | null, digits: number) => (value === null ? 'n/a' : value.toFixed(digits));

/**
 * The brokers in the API's order (by betweenness, rank 1 first), leaving out actors that broker nothing
 * (betweenness 0 and no role): a ranked list of them says nothing.
 */
export function brokerRows(brokers: BrokersAnswer, words: LensWords): BrokerRow[] {
  return brokers.actors
    .filter((broker) => broker.betweenness > 0 || broker.roles.total > 0)
    .map((broker) => ({
      actorId: broker.actorId,
      rank: broker.rank,
      name: words.actorName(broker.actorId),
      betweenness: figure(broker.betweenness, 3),
      constraint: figure(broker.constraint ?? null, 2),
      effectiveSize: figure(broker.effectiveSize ?? null, 1),
      roles: rolesPlayed(broker.roles),
    }));
}
