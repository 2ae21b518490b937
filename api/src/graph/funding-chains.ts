import type { GraphData, GraphRelation } from './analytics-graph';
import { indexActors, usableRelations } from './analytics-graph';
import type { FundingSource } from '../domain/vocabulary';
import { defaultFundingSource, FUNDING_SOURCES } from '../domain/vocabulary';
import { derived } from './derived';
import type { MoneyAmount } from './money';
import { moneyAmounts, shareBasis } from './money';
import { pushTo } from './push-to';

/** Ties from an ultimate funder to the recipient followed at most; the actor reached last counts as ultimate. */
export const MAX_CHAIN_DEPTH = 8;
/** Paths answered per ultimate funder, largest share first (`pathCount` counts them all). */
export const MAX_CHAIN_PATHS = 10;
/** Steps walked per recipient at most, so that dense funding webs stay cheap; see `truncated`. */
export const MAX_CHAIN_STEPS = 20_000;

/** One way money reaches the recipient: actor ids from the ultimate funder to the recipient. */
export interface ChainPath {
  actorIds: string[];
  /** Part of the recipient's money that runs along this path. */
  share: number;
}

export interface UltimateFunder {
  funderId: string;
  /** The source of its money: its tie's `fundingSource`, or its sector's (`defaultFundingSource`); null if unknown. */
  source: FundingSource | null;
  /** Part of the recipient's money it pays for, on the recipient's share basis. */
  share: number;
  /** Its part of each amount received, per currency (never added across currencies). */
  amounts: MoneyAmount[];
  /** Whether one of its paths is a grant of its own to the recipient. */
  direct: boolean;
  /** Paths with the most money, at most MAX_CHAIN_PATHS. */
  paths: ChainPath[];
  pathCount: number;
}

export interface SourceShare {
  /** PUBLIC, PRIVATE, PHILANTHROPIC; null: money of unknown source. */
  source: FundingSource | null;
  share: number;
  amounts: MoneyAmount[];
}

/** Support in kind: listed, never in a sum of money or a share. */
export interface InKindSupport {
  funderId: string;
  relationIds: string[];
}

export interface FundingChains {
  recipientId: string;
  /** AMOUNT when every money grant received has an amount, all in one currency, adding up to more than 0; else COUNT. */
  shareBasis: 'AMOUNT' | 'COUNT';
  currency: string | null;
  totalAmount: number | null;
  /** Money grants received (in kind left out). */
  grantCount: number;
  /** Largest share first, then by funder id and source. */
  ultimateFunders: UltimateFunder[];
  /** Shares by source of money, PUBLIC, PRIVATE, PHILANTHROPIC and unknown, each present once. */
  bySource: SourceShare[];
  /** Share of the grants received whose own source is PUBLIC (explicit or from the funder's sector). */
  directStateShare: number;
  /** Share of the money that is PUBLIC at its ultimate funder: state money through intermediaries counts. */
  stateShare: number;
  inKind: InKindSupport[];
  /** Whether the depth or step limit stopped a walk: the actor where it stopped counts as an ultimate funder. */
  truncated: boolean;
}

/** Money that reaches a tie from one ultimate funder along one path (ultimate funder first, the tie's source last). */
interface Flow {
  path: string[];
  fraction: number;
  source: FundingSource | null;
}

const isMoney = (r: Readonly<GraphRelation>): boolean => r.fundingForm !== 'IN_KIND';

interface FundingIndex {
  /** Money FUNDS ties into each actor. */
  moneyInto: ReadonlyMap<string, GraphRelation[]>;
  /** In-kind FUNDS ties into each actor. */
  inKindInto: ReadonlyMap<string, GraphRelation[]>;
  /** Σ amounts of each actor's outgoing money ties, keyed by actor and currency. */
  outTotals: ReadonlyMap<string, number>;
}

function fundingIndex(data: Readonly<GraphData>): FundingIndex {
  return derived(data, 'fundingIndex', () => {
    const moneyInto = new Map<string, GraphRelation[]>();
    const inKindInto = new Map<string, GraphRelation[]>();
    const outTotals = new Map<string, number>();
    for (const r of usableRelations(data)) {
      if (r.type !== 'FUNDS') continue;
      if (!isMoney(r)) {
        pushTo(inKindInto, r.target, r);
        continue;
      }
      pushTo(moneyInto, r.target, r);
      if (r.amount !== null) {
        const key = `${r.source}\u0000${r.currency}`;
        outTotals.set(key, (outTotals.get(key) ?? 0) + r.amount);
      }
    }
    return { moneyInto, inKindInto, outTotals };
  });
}

/**
 * Walks funding backwards from one recipient (docs/adr/0028). The money on a tie leaving actor X is
 * financed by X's incoming money — its REGRANT ties when it has any (earmarked to be passed on), else
 * all of them — in proportion to their amounts when they and the tie are all in one currency (by
 * count otherwise). When X gives out more in that currency than it receives, the excess is X's own
 * money and X is its ultimate funder. A tie from an actor already on the chain is not followed
 * (cycles end), nor one past MAX_CHAIN_DEPTH.
 */
class ChainWalker {
  private readonly index: FundingIndex;
  private readonly sectorSource: (actorId: string) => FundingSource | null;
  private steps = 0;
  truncated = false;

  constructor(data: Readonly<GraphData>) {
    const actors = indexActors(data);
    this.index = fundingIndex(data);
    this.sectorSource = (id) => {
      const actor = actors.get(id);
      return actor ? defaultFundingSource(actor.sector) : null;
    };
  }

  sourceOf(tie: Readonly<GraphRelation>): FundingSource | null {
    return tie.fundingSource ?? this.sectorSource(tie.source);
  }

  /** Where the money of `tie` comes from; `onChain` holds the actors between it and the recipient. */
  flows(tie: Readonly<GraphRelation>, onChain: Set<string>, depth: number): Flow[] {
    const payer = tie.source;
    const own = (fraction: number): Flow => ({ path: [payer], fraction, source: this.sourceOf(tie) });
    const financing = this.financing(payer).filter((f) => !onChain.has(f.source));
    if (financing.length === 0) return [own(1)];
    this.steps += 1;
    if (depth >= MAX_CHAIN_DEPTH || this.steps > MAX_CHAIN_STEPS) {
      this.truncated = true;
      return [own(1)];
    }
    const byAmount = tie.amount !== null && financing.every((f) => f.amount !== null && f.currency === tie.currency);
    const weights = financing.map((f) => (byAmount ? (f.amount as number) : 1));
    const received = weights.reduce((sum, w) => sum + w, 0);
    const givenOut = byAmount ? (this.index.outTotals.get(`${payer}\u0000${tie.currency}`) ?? 0) : 0;
    // By count, or when nothing is known to be received, the incoming ties carry the whole tie.
    const passedOn = byAmount && received > 0 && givenOut > 0 ? Math.min(1, received / givenOut) : 1;
    const total = received > 0 ? received : financing.length;
    const result: Flow[] = passedOn < 1 ? [own(1 - passedOn)] : [];
    onChain.add(payer);
    financing.forEach((f, i) => {
      const part = (passedOn * (received > 0 ? (weights[i] as number) : 1)) / total;
      if (part === 0) return;
      for (const flow of this.flows(f, onChain, depth + 1)) {
        result.push({ path: [...flow.path, payer], fraction: flow.fraction * part, source: flow.source });
      }
    });
    onChain.delete(payer);
    return result;
  }

  /** The incoming money that finances an actor's onward funding: its re-grants if any, else all. */
  private financing(actorId: string): readonly GraphRelation[] {
    const incoming = this.index.moneyInto.get(actorId) ?? [];
    const regrants = incoming.filter((r) => r.fundingForm === 'REGRANT');
    return regrants.length > 0 ? regrants : incoming;
  }
}

function addAmount(amounts: Map<string | null, number>, currency: string | null, amount: number): void {
  amounts.set(currency, (amounts.get(currency) ?? 0) + amount);
}

interface FunderAccumulator {
  funderId: string;
  source: FundingSource | null;
  share: number;
  amounts: Map<string | null, number>;
  paths: Map<string, ChainPath>;
}

/**
 * Who ultimately pays for a recipient's money (issue 20): every money FUNDS tie it receives, followed
 * back through intermediaries by the pass-through rule of `ChainWalker`, giving each ultimate funder
 * its share, its part of the amounts per currency and the paths; shares by source of money, with the
 * state share direct and through chains. Support in kind is listed apart and counts in no share.
 * Null when the recipient receives no FUNDS tie at all.
 */
export function fundingChains(data: Readonly<GraphData>, recipientId: string): FundingChains | null {
  const index = fundingIndex(data);
  const grants = index.moneyInto.get(recipientId) ?? [];
  const inKindTies = index.inKindInto.get(recipientId) ?? [];
  if (grants.length === 0 && inKindTies.length === 0) return null;
  const walker = new ChainWalker(data);

  const { byAmount, currency, knownTotal } = shareBasis(grants);
  const weightOf = (g: Readonly<GraphRelation>): number =>
    byAmount ? (g.amount as number) / knownTotal : 1 / grants.length;

  const funders = new Map<string, FunderAccumulator>();
  let directStateShare = 0;
  for (const grant of grants) {
    const weight = weightOf(grant);
    if (walker.sourceOf(grant) === 'PUBLIC') directStateShare += weight;
    for (const flow of walker.flows(grant, new Set([recipientId]), 1)) {
      const funderId = flow.path[0] as string;
      const key = `${funderId}\u0000${flow.source}`;
      const entry = funders.get(key) ?? {
        funderId,
        source: flow.source,
        share: 0,
        amounts: new Map<string | null, number>(),
        paths: new Map<string, ChainPath>(),
      };
      const share = weight * flow.fraction;
      entry.share += share;
      if (grant.amount !== null) addAmount(entry.amounts, grant.currency, grant.amount * flow.fraction);
      const actorIds = [...flow.path, recipientId];
      const pathKey = actorIds.join('\u0000');
      const path = entry.paths.get(pathKey) ?? { actorIds, share: 0 };
      path.share += share;
      entry.paths.set(pathKey, path);
      funders.set(key, entry);
    }
  }

  const ultimateFunders = [...funders.values()]
    .map((entry): UltimateFunder => {
      const paths = [...entry.paths.values()].sort(
        (a, b) => b.share - a.share || a.actorIds.length - b.actorIds.length,
      );
      return {
        funderId: entry.funderId,
        source: entry.source,
        share: entry.share,
        amounts: moneyAmounts(entry.amounts),
        direct: paths.some((p) => p.actorIds.length === 2),
        paths: paths.slice(0, MAX_CHAIN_PATHS),
        pathCount: paths.length,
      };
    })
    .sort(
      (a, b) =>
        b.share - a.share ||
        (a.funderId < b.funderId ? -1 : a.funderId > b.funderId ? 1 : 0) ||
        (a.source ?? '~').localeCompare(b.source ?? '~'),
    );

  const bySource = [...FUNDING_SOURCES, null].map((source): SourceShare => {
    const mine = ultimateFunders.filter((f) => f.source === source);
    const amounts = new Map<string | null, number>();
    for (const f of mine) for (const a of f.amounts) addAmount(amounts, a.currency, a.amount);
    return { source, share: mine.reduce((sum, f) => sum + f.share, 0), amounts: moneyAmounts(amounts) };
  });

  const inKindBy = new Map<string, string[]>();
  for (const tie of inKindTies) pushTo(inKindBy, tie.source, tie.id);
  return {
    recipientId,
    shareBasis: byAmount ? 'AMOUNT' : 'COUNT',
    currency,
    totalAmount: byAmount ? knownTotal : null,
    grantCount: grants.length,
    ultimateFunders,
    bySource,
    directStateShare,
    stateShare: bySource.find((s) => s.source === 'PUBLIC')?.share ?? 0,
    inKind: [...inKindBy.entries()]
      .map(([funderId, relationIds]) => ({ funderId, relationIds: relationIds.sort() }))
      .sort((a, b) => (a.funderId < b.funderId ? -1 : 1)),
    truncated: walker.truncated,
  };
}
