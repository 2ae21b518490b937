import { BROKERAGE_ROLES, type BrokerageRole, type BrokersAnswer } from '../api/get-brokers';
import type { LensWords } from './lens-words';

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
      roles: BROKERAGE_ROLES.map((role) => ({ role, count: broker.roles[role] }))
        .filter((entry) => entry.count > 0)
        .sort((a, b) => b.count - a.count),
    }));
}
