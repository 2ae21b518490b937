import type { GraphData, GraphRelation } from './analytics-graph';
import { actorIndexById, usableRelations } from './analytics-graph';
import type { BetweennessOptions, BetweennessResult } from './betweenness';
import { betweenness } from './betweenness';
import type { ActorBrokerageRoles } from './brokerage-roles';
import { brokerageRolesAt } from './brokerage-roles';
import { deliveryWithoutVoice } from './delivery-without-voice';
import { fundedRecipients } from './funding';
import { followLine, successionsBetween } from './lineage';
import { louvainCommunities } from './louvain-communities';
import type { CrossBorder } from './national-systems';
import { systemSubgraph, tierSystems } from './national-systems';
import { actorsByTheme } from './relation-themes';
import { withEventLayer } from './event-layer';
import { filterRecords, type GraphFilter } from './subgraph-filter';
import type { TierPairCheck } from './tier-gaps';
import { findTierGaps } from './tier-gaps';
import type { Tier } from '../domain/vocabulary';
import { pushTo } from './push-to';

/**
 * What explains a change: the relations added, ended or changed in state (or moved by a succession)
 * between the two dates that touch the actors concerned, and the successions dated between the dates
 * that involve them. Ids in id order.
 */
export interface ChangeEvidence {
  relationIds: string[];
  successionIds: string[];
}

export type BrokerageRoleCounts = Omit<ActorBrokerageRoles, 'actorId'>;

/** One actor's betweenness and brokerage roles on both dates (ids on `to`, lineage followed). */
export interface BrokerageChange {
  /** The institution on `to`; on `from` when it is not there on `to`. */
  actorId: string;
  /** The actors on `from` that stand for it (itself, or those it succeeded or absorbed); empty when new. */
  fromActorIds: string[];
  /** Betweenness on `from` (the highest of `fromActorIds`), null when it was not there. */
  betweennessFrom: number | null;
  betweennessTo: number | null;
  /** betweennessTo − betweennessFrom, an absent date counting 0. */
  delta: number;
  /** 1-based position by betweenness among every actor on that date, null when absent. */
  rankFrom: number | null;
  rankTo: number | null;
  rolesFrom: BrokerageRoleCounts | null;
  rolesTo: BrokerageRoleCounts | null;
  evidence: ChangeEvidence;
}

export type GapStatus = 'GAP' | 'TIED' | 'NOT_CHECKED';

/** A tier pair of one national system and theme that became a gap, or stopped being one. */
export interface GapChange {
  theme: string;
  countries: string[];
  lowerTier: Tier;
  upperTier: Tier;
  rule: TierPairCheck['rule'];
  /** GAP, TIED (a cooperative tie on the theme joins the tiers) or NOT_CHECKED (a tier was absent). */
  fromStatus: GapStatus;
  toStatus: GapStatus;
  /** The ties on the theme joining the tiers on the date where there are some. */
  relationIds: string[];
  evidence: ChangeEvidence;
}

export interface CommunityPart {
  /** Its index among the communities of its date (0 = largest). */
  index: number;
  size: number;
  /** Members it shares with the merged (or split) community, in ids on `to`. */
  overlap: number;
  /** overlap / |union| of the two member sets. */
  jaccard: number;
  /** Its members, in ids on `to` (lineage followed), in id order. */
  actorIds: string[];
}

/** Louvain communities that merged into one (several on `from`, one on `to`) or split (the reverse). */
export interface CommunityChange {
  kind: 'MERGED' | 'SPLIT';
  /** The one community (its index, 0 = largest, and size): on `to` for MERGED, on `from` for SPLIT. */
  communityIndex: number;
  communitySize: number;
  /** The communities it came from (MERGED) or went to (SPLIT), largest overlap first. */
  parts: CommunityPart[];
  evidence: ChangeEvidence;
}

/** A funder–recipient pair whose funding started, stopped or changed share (ids on `to`). */
export interface FundingChange {
  kind: 'STARTED' | 'STOPPED' | 'SHARE_CHANGED';
  funderId: string;
  recipientId: string;
  shareFrom: number | null;
  shareTo: number | null;
  /** The pair's FUNDS relations on each date. */
  relationIdsFrom: string[];
  relationIdsTo: string[];
  /** FUNDS relations to the recipient added, ended or changed: what moved the shares. */
  evidence: ChangeEvidence;
}

/** A delivery-without-voice case that holds on one date and not the other (ids on `to`). */
export interface DeliveryWithoutVoiceChange {
  civilSocietyActorId: string;
  governmentActorId: string;
  /** The DELIVERS_SERVICES_FOR and CONTRACTS relations of the case on the date where it holds. */
  deliveryRelationIds: string[];
  contractRelationIds: string[];
  evidence: ChangeEvidence;
}

export interface MeasureDiff {
  from: string;
  to: string;
  /** EXACT when both dates' betweenness is exact; SAMPLED when one was sampled (see errorBound). */
  betweennessMethod: 'EXACT' | 'SAMPLED';
  /** The largest uniform error bound of the two dates' sampled betweenness (at errorConfidence); null when exact. */
  betweennessErrorBound: number | null;
  betweennessErrorConfidence: number | null;
  /** Largest |delta| first, then by actor id; actors whose betweenness and roles did not change are left out. */
  brokerageChanges: BrokerageChange[];
  gapsOpened: GapChange[];
  gapsClosed: GapChange[];
  communityChanges: CommunityChange[];
  fundingChanges: FundingChange[];
  deliveryWithoutVoiceAppeared: DeliveryWithoutVoiceChange[];
  deliveryWithoutVoiceEnded: DeliveryWithoutVoiceChange[];
}

export interface MeasureDiffOptions {
  /** Brokerage movers kept; 100 unless given. */
  top?: number;
  betweenness?: BetweennessOptions;
  /** Louvain's seed; 1 unless given. */
  seed?: number;
  /** Communities smaller than this take no part in a merge or split; 3 unless given. */
  minCommunitySize?: number;
  /** A funder's share must move at least this much to count as changed; 0.01 unless given. */
  minShareChange?: number;
  crossBorder?: CrossBorder | null;
}

const STATE_FIELDS = ['mode', 'engagement', 'strength', 'confidence'] as const;

/** The two dates' graphs and how to read `from`'s actor ids as `to`'s. */
interface Dates {
  before: GraphData;
  after: GraphData;
  /** An actor id on `from` as the institution on `to` (itself when its line ends). */
  toId: (fromId: string) => string;
  /** Relations added, ended, changed in state or moved to another end between the dates, by each end (ids on `to`). */
  changedAt: ReadonlyMap<string, readonly GraphRelation[]>;
  successions: ReturnType<typeof successionsBetween>;
}

/** The two dates' graphs given, with the lineage and the changed relations between them. */
function readDates(
  data: Readonly<GraphData>,
  [from, to]: readonly [string, string],
  [before, after]: readonly [GraphData, GraphData],
): Dates {
  const presentAfter = new Set(after.actors.map((actor) => actor.id));
  const lines = new Map<string, string>();
  for (const actor of before.actors) {
    lines.set(actor.id, followLine(data, actor.id, to, (id) => presentAfter.has(id))?.id ?? actor.id);
  }
  const toId = (id: string): string => lines.get(id) ?? id;
  const tiesBefore = new Map(usableRelations(before).map((r) => [r.id, r]));
  const tiesAfter = new Map(usableRelations(after).map((r) => [r.id, r]));
  const changed = new Map<string, GraphRelation>();
  for (const [id, was] of tiesBefore) {
    const is = tiesAfter.get(id);
    const moved = is && (toId(was.source) !== is.source || toId(was.target) !== is.target);
    if (!is || moved || STATE_FIELDS.some((field) => was[field] !== is[field])) {
      changed.set(id, is ?? { ...was, source: toId(was.source), target: toId(was.target) });
    }
  }
  for (const [id, is] of tiesAfter) if (!tiesBefore.has(id)) changed.set(id, is);
  const changedAt = new Map<string, GraphRelation[]>();
  for (const r of changed.values()) {
    pushTo(changedAt, r.source, r);
    pushTo(changedAt, r.target, r);
  }
  return { before, after, toId, changedAt, successions: successionsBetween(data, from, to) };
}

/** The changed relations and successions that touch `ids` (ids on `to`); `both` asks for both ends in it. */
function evidenceOf(
  dates: Dates,
  ids: ReadonlySet<string>,
  both = false,
  only?: (r: GraphRelation) => boolean,
): ChangeEvidence {
  const relationIds = new Set<string>();
  for (const id of ids) {
    for (const r of dates.changedAt.get(id) ?? []) {
      if ((!both || (ids.has(r.source) && ids.has(r.target))) && (!only || only(r))) relationIds.add(r.id);
    }
  }
  const successionIds = dates.successions
    .filter((s) => ids.has(s.successor) || ids.has(dates.toId(s.predecessor)) || ids.has(s.predecessor))
    .map((s) => s.id);
  return { relationIds: [...relationIds].sort(), successionIds: successionIds.sort() };
}

/**
 * What changed in the measures between two dates (PRODUCT.md §4.11, issue 21): each analysis is run on
 * both dates' graphs (`filterGraph` with `asOf`: lifespans, names, tie states, lineage), and the
 * answers compared with `from`'s actors read as the institutions that stand for them on `to`
 * (`followLine`: a renamed or merged institution is compared with itself). Betweenness and brokerage
 * roles (top movers), vertical gaps per theme and national system, Louvain communities (fixed seed)
 * that merged or split, funding per funder–recipient pair (every layer, as the funding analysis), and
 * delivery-without-voice cases — each with the relations and successions that explain it
 * (`ChangeEvidence`). Above the exact limit betweenness is sampled on both dates, and the answer
 * says so with the error bound.
 */
export function measureDiff(
  data: Readonly<GraphData>,
  from: string,
  to: string,
  filter: Readonly<GraphFilter> = {},
  options: Readonly<MeasureDiffOptions> = {},
): MeasureDiff {
  // Each date's records once: the measures read them under the filter's event layer, funding under every layer.
  const records = [
    filterRecords(data, { ...filter, asOf: from }),
    filterRecords(data, { ...filter, asOf: to }),
  ] as const;
  const layer = filter.eventLayer ?? 'EXCLUDED';
  const dates = readDates(data, [from, to], [withEventLayer(records[0], layer), withEventLayer(records[1], layer)]);
  const money = layer === 'INCLUDED' ? dates : readDates(data, [from, to], records);
  const central = [betweenness(dates.before, options.betweenness), betweenness(dates.after, options.betweenness)];
  const sampled = central.filter((result) => result.method === 'SAMPLED');
  const [gapsOpened, gapsClosed] = gapChanges(dates, options.crossBorder ?? null);
  const [appeared, ended] = deliveryChanges(dates);
  return {
    from,
    to,
    betweennessMethod: sampled.length > 0 ? 'SAMPLED' : 'EXACT',
    betweennessErrorBound: sampled.length > 0 ? Math.max(...sampled.map((r) => r.errorBound ?? 0)) : null,
    betweennessErrorConfidence: sampled[0]?.errorConfidence ?? null,
    brokerageChanges: brokerageChanges(dates, central[0]!, central[1]!, options.top ?? 100),
    gapsOpened,
    gapsClosed,
    communityChanges: communityChanges(dates, options.seed ?? 1, options.minCommunitySize ?? 3),
    fundingChanges: fundingChanges(money, options.minShareChange ?? 0.01),
    deliveryWithoutVoiceAppeared: appeared,
    deliveryWithoutVoiceEnded: ended,
  };
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function ranksOf(result: Readonly<BetweennessResult>): Map<string, { value: number; rank: number }> {
  // Values equal to 12 significant digits rank as ties (by id), as in `rankBetweenness`.
  const keyed = result.scores.map((score) => ({ score, key: Number(score.betweenness.toPrecision(12)) }));
  keyed.sort((a, b) => b.key - a.key || byId(a.score.actorId, b.score.actorId));
  return new Map(keyed.map(({ score }, i) => [score.actorId, { value: score.betweenness, rank: i + 1 }]));
}

function sameRoles(a: BrokerageRoleCounts | null, b: BrokerageRoleCounts | null): boolean {
  if (!a || !b) return a === b;
  return (['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const).every((r) => a[r] === b[r]);
}

function brokerageChanges(
  dates: Dates,
  before: Readonly<BetweennessResult>,
  after: Readonly<BetweennessResult>,
  top: number,
): BrokerageChange[] {
  const [ranksBefore, ranksAfter] = [ranksOf(before), ranksOf(after)];
  // `from`'s actors under their ids on `to`; of several (a merge), the one with the highest betweenness.
  const standing = new Map<string, string[]>();
  for (const id of ranksBefore.keys()) {
    const list = standing.get(dates.toId(id)) ?? [];
    list.push(id);
    standing.set(dates.toId(id), list);
  }
  const valueBefore = (id: string): { value: number; rank: number; actorId: string } | null => {
    let best: { value: number; rank: number; actorId: string } | null = null;
    for (const fromId of standing.get(id) ?? []) {
      const score = ranksBefore.get(fromId)!;
      if (!best || score.rank < best.rank) best = { ...score, actorId: fromId };
    }
    return best;
  };
  const ids = new Set([...standing.keys(), ...ranksAfter.keys()]);
  const movers = [...ids]
    .map((id) => {
      const was = valueBefore(id);
      const is = ranksAfter.get(id) ?? null;
      return { id, was, is, delta: (is?.value ?? 0) - (was?.value ?? 0) };
    })
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || byId(a.id, b.id));
  const rolesBefore = brokerageRolesAt(dates.before);
  const rolesAfter = brokerageRolesAt(dates.after);
  const [indexBefore, indexAfter] = [actorIndexById(dates.before), actorIndexById(dates.after)];
  const rolesOf = (rolesAt: (i: number) => ActorBrokerageRoles, index: ReadonlyMap<string, number>, id: string) => {
    const i = index.get(id);
    if (i === undefined) return null;
    const { actorId: _id, ...roles } = rolesAt(i);
    return roles;
  };
  const rows: BrokerageChange[] = [];
  for (const { id, was, is, delta } of movers) {
    if (rows.length >= top) break;
    const rolesFrom = was ? rolesOf(rolesBefore, indexBefore, was.actorId) : null;
    const rolesTo = is ? rolesOf(rolesAfter, indexAfter, id) : null;
    // Equal to 12 significant digits with the same roles: nothing to report.
    if (Number(delta.toPrecision(12)) === 0 && !!was === !!is && sameRoles(rolesFrom, rolesTo)) continue;
    const fromActorIds = (standing.get(id) ?? []).sort(byId);
    rows.push({
      actorId: id,
      fromActorIds,
      betweennessFrom: was?.value ?? null,
      betweennessTo: is?.value ?? null,
      delta,
      rankFrom: was?.rank ?? null,
      rankTo: is?.rank ?? null,
      rolesFrom,
      rolesTo,
      evidence: evidenceOf(dates, new Set([id, ...fromActorIds])),
    });
  }
  return rows;
}

function gapChanges(dates: Dates, crossBorder: CrossBorder | null): [GapChange[], GapChange[]] {
  const checks = (view: GraphData) => {
    const found = new Map<string, TierPairCheck & { theme: string; countries: string[] }>();
    const themes = [...actorsByTheme(view).keys()].sort();
    for (const system of tierSystems(view, crossBorder)) {
      const subgraph = systemSubgraph(view, system);
      for (const theme of themes) {
        for (const pair of findTierGaps(subgraph, theme).pairs) {
          const key = [theme, system.countries.join(','), pair.lowerTier, pair.upperTier].join('\u0000');
          found.set(key, { ...pair, theme, countries: system.countries });
        }
      }
    }
    return found;
  };
  const before = checks(dates.before);
  const after = checks(dates.after);
  const status = (pair: TierPairCheck | undefined): GapStatus => (!pair ? 'NOT_CHECKED' : pair.isGap ? 'GAP' : 'TIED');
  const opened: GapChange[] = [];
  const closed: GapChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const [was, is] = [before.get(key), after.get(key)];
    const [fromStatus, toStatus] = [status(was), status(is)];
    if (fromStatus === toStatus || (fromStatus !== 'GAP' && toStatus !== 'GAP')) continue;
    const pair = (is ?? was)!;
    // Evidence: the changed ties between the two tiers' actors on either date, and the successions involving them.
    // `from`'s sides in ids on `to`.
    const lower = new Set([...(was?.lowerActorIds ?? []).map(dates.toId), ...(is?.lowerActorIds ?? [])]);
    const upper = new Set([...(was?.upperActorIds ?? []).map(dates.toId), ...(is?.upperActorIds ?? [])]);
    const across = (r: GraphRelation) =>
      (lower.has(r.source) && upper.has(r.target)) || (upper.has(r.source) && lower.has(r.target));
    const evidence = evidenceOf(dates, new Set([...lower, ...upper]), true, across);
    const change: GapChange = {
      theme: pair.theme,
      countries: pair.countries,
      lowerTier: pair.lowerTier,
      upperTier: pair.upperTier,
      rule: pair.rule,
      fromStatus,
      toStatus,
      relationIds: toStatus === 'TIED' ? is!.relationIds : fromStatus === 'TIED' ? was!.relationIds : [],
      evidence,
    };
    (toStatus === 'GAP' ? opened : closed).push(change);
  }
  return [opened, closed];
}

function communityChanges(dates: Dates, seed: number, minSize: number): CommunityChange[] {
  const membersBefore = louvainCommunities(dates.before, { seed }).members.map((ids) =>
    [...new Set(ids.map(dates.toId))].sort(byId),
  );
  const membersAfter = louvainCommunities(dates.after, { seed }).members.map((ids) => [...ids]);
  const changes: CommunityChange[] = [];
  // MERGED: a community on `to` holding the majority of two or more communities of `from`; SPLIT: the reverse.
  const find = (kind: CommunityChange['kind'], wholes: string[][], pieces: string[][]) => {
    const wholeOf = new Map<string, number>();
    wholes.forEach((ids, index) => ids.forEach((id) => wholeOf.set(id, index)));
    const partsOf = new Map<number, CommunityPart[]>();
    pieces.forEach((ids, index) => {
      if (ids.length < minSize) return;
      const counts = new Map<number, number>();
      for (const id of ids) {
        const whole = wholeOf.get(id);
        if (whole !== undefined) counts.set(whole, (counts.get(whole) ?? 0) + 1);
      }
      const [best] = [...counts.entries()].sort(([a, ca], [b, cb]) => cb - ca || a - b);
      if (!best || best[1] * 2 <= ids.length) return;
      const [whole, overlap] = best;
      const union = ids.length + (wholes[whole] as string[]).length - overlap;
      const list = partsOf.get(whole) ?? [];
      list.push({ index, size: ids.length, overlap, jaccard: overlap / union, actorIds: ids });
      partsOf.set(whole, list);
    });
    for (const [whole, parts] of partsOf) {
      if (parts.length < 2) continue;
      parts.sort((a, b) => b.overlap - a.overlap || a.index - b.index);
      const partOf = new Map<string, number>();
      parts.forEach((part, i) => part.actorIds.forEach((id) => partOf.set(id, i)));
      // The changed ties that join (MERGED) or joined (SPLIT) members of two different parts.
      const between = (r: GraphRelation) =>
        partOf.has(r.source) && partOf.has(r.target) && partOf.get(r.source) !== partOf.get(r.target);
      changes.push({
        kind,
        communityIndex: whole,
        communitySize: (wholes[whole] as string[]).length,
        parts,
        evidence: evidenceOf(dates, new Set(partOf.keys()), true, between),
      });
    }
  };
  find('MERGED', membersAfter, membersBefore);
  find('SPLIT', membersBefore, membersAfter);
  return changes;
}

function fundingChanges(dates: Dates, minShareChange: number): FundingChange[] {
  interface Share {
    share: number;
    relationIds: string[];
  }
  const shares = (view: GraphData, toId: (id: string) => string) => {
    const found = new Map<string, Map<string, Share>>();
    for (const recipient of fundedRecipients(view)) {
      const byFunder = found.get(toId(recipient.recipientId)) ?? new Map<string, Share>();
      for (const funder of recipient.funders) {
        const key = toId(funder.funderId);
        const known = byFunder.get(key);
        byFunder.set(key, {
          share: (known?.share ?? 0) + funder.share,
          relationIds: [...(known?.relationIds ?? []), ...funder.relationIds].sort(byId),
        });
      }
      found.set(toId(recipient.recipientId), byFunder);
    }
    return found;
  };
  const before = shares(dates.before, dates.toId);
  const after = shares(dates.after, (id) => id);
  const changes: FundingChange[] = [];
  for (const recipientId of [...new Set([...before.keys(), ...after.keys()])].sort(byId)) {
    const [was, is] = [before.get(recipientId), after.get(recipientId)];
    const grants = (r: GraphRelation) => r.type === 'FUNDS' && r.target === recipientId;
    for (const funderId of [...new Set([...(was?.keys() ?? []), ...(is?.keys() ?? [])])].sort(byId)) {
      const [then, now] = [was?.get(funderId), is?.get(funderId)];
      const kind = !then
        ? 'STARTED'
        : !now
          ? 'STOPPED'
          : Math.abs(now.share - then.share) >= minShareChange
            ? 'SHARE_CHANGED'
            : null;
      if (!kind) continue;
      changes.push({
        kind,
        funderId,
        recipientId,
        shareFrom: then?.share ?? null,
        shareTo: now?.share ?? null,
        relationIdsFrom: then?.relationIds ?? [],
        relationIdsTo: now?.relationIds ?? [],
        evidence: evidenceOf(dates, new Set([recipientId]), false, grants),
      });
    }
  }
  return changes;
}

function deliveryChanges(dates: Dates): [DeliveryWithoutVoiceChange[], DeliveryWithoutVoiceChange[]] {
  const cases = (view: GraphData, toId: (id: string) => string) =>
    new Map(
      deliveryWithoutVoice(view).map((row) => {
        const [c, g] = [toId(row.civilSocietyActorId), toId(row.governmentActorId)];
        return [`${c}\u0000${g}`, { ...row, civilSocietyActorId: c, governmentActorId: g }];
      }),
    );
  const before = cases(dates.before, dates.toId);
  const after = cases(dates.after, (id) => id);
  const only = (these: typeof before, others: typeof before): DeliveryWithoutVoiceChange[] =>
    [...these.entries()]
      .filter(([key]) => !others.has(key))
      .sort(([a], [b]) => byId(a, b))
      .map(([, row]) => ({
        ...row,
        evidence: evidenceOf(dates, new Set([row.civilSocietyActorId, row.governmentActorId]), true),
      }));
  return [only(after, before), only(before, after)];
}
