import { humanize, type MapActor, type MapRelation } from '../lib/domain';
import { formatMoney } from '../lib/format-money';
import type { LensDecoration } from '../lib/lens-decoration';

/** What a hover card says: a title, a line under it, label–value facts and, for lens extras, reasons. */
export interface HoverContent {
  title: string;
  subtitle?: string;
  facts: readonly (readonly [string, string])[];
  reasons?: readonly string[];
  /** What a click on it does, when it does something the card should say. */
  hint?: string;
}

/** Lens decorations lead to their row in the lens's list beside the map. */
const LIST_HINT = 'Click to find it in the list beside the map.';

/** The map's records the card reads from. */
export interface HoverSources {
  actors: ReadonlyMap<string, MapActor>;
  relations: ReadonlyMap<string, MapRelation>;
  /** Relations per actor in the loaded map. */
  ties: ReadonlyMap<string, number>;
  decoration: LensDecoration;
}

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** "GR" → "Greece (GR)"; the code alone when the name is unknown. */
export function countryLabel(code: string): string {
  try {
    const name = regionNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const nameOf = (sources: HoverSources, id: string) => sources.actors.get(id)?.name ?? 'an actor not on the map';

function actorContent(actor: MapActor, sources: HoverSources): HoverContent {
  const ties = sources.ties.get(actor.id) ?? 0;
  const facts: [string, string][] = [
    ['Tier', humanize(actor.tier)],
    ['Sector', humanize(actor.sector)],
  ];
  if (actor.country) facts.push(['Country', countryLabel(actor.country)]);
  facts.push(['Relations', String(ties)]);
  if (actor.themes.length) facts.push(['Themes', String(actor.themes.length)]);
  const lens = sources.decoration.nodeFacts?.get(actor.id);
  return { title: actor.name, subtitle: humanize(actor.kind), facts, ...(lens?.length ? { reasons: lens } : {}) };
}

function relationContent(relation: MapRelation, sources: HoverSources): HoverContent {
  const arrow = relation.directed ? '→' : '—';
  const facts: [string, string][] = [];
  if (relation.mode) facts.push(['Mode', humanize(relation.mode)]);
  if (relation.engagement) facts.push(['Engagement', humanize(relation.engagement)]);
  if (relation.amount !== null && relation.amount !== undefined)
    facts.push(['Amount', formatMoney(relation.amount, relation.currency ?? null)]);
  if (relation.since || relation.until) facts.push(['Period', `${relation.since ?? '…'} – ${relation.until ?? 'now'}`]);
  if (relation.confidence !== null && relation.confidence !== undefined)
    facts.push(['Confidence', `${Math.round(relation.confidence * 100)}%`]);
  return {
    title: `${nameOf(sources, relation.sourceId)} ${arrow} ${nameOf(sources, relation.targetId)}`,
    subtitle: humanize(relation.type),
    facts,
  };
}

/**
 * The card for what the pointer (or keyboard) is on: an actor (kind, tier, sector, country, relations
 * and the lens's figures), a relation (its type, ends and key fields), a suggested link or a gap
 * (with the lens's reasons), an aggregate (from its label); null when the id is unknown.
 */
export function hoverContent(kind: string, id: string, sources: HoverSources, label?: string): HoverContent | null {
  if (kind === 'aggregate') {
    const [sector = 'Group', count = ''] = (label ?? '').split('\n');
    return { title: sector, subtitle: count, facts: [], reasons: ['Click to draw its actors one by one.'] };
  }
  if (kind === 'actor') {
    const actor = sources.actors.get(id);
    return actor ? actorContent(actor, sources) : null;
  }
  if (kind === 'relation') {
    const relation = sources.relations.get(id);
    return relation ? relationContent(relation, sources) : null;
  }
  const extra = sources.decoration.extraEdges?.find((edge) => edge.id === id);
  if (!extra) return null;
  if (extra.kind === 'suggestion')
    return {
      title: `${nameOf(sources, extra.source)} — ${nameOf(sources, extra.target)}`,
      subtitle: 'Suggested link',
      facts: extra.score !== undefined ? [['Score', extra.score.toFixed(2)]] : [],
      reasons: extra.reasons ?? [],
      hint: LIST_HINT,
    };
  return {
    title: extra.label?.replace(/^gap: /, 'Gap: ') ?? 'Gap',
    subtitle: 'Missing vertical link',
    facts: [],
    reasons: extra.reasons ?? [],
    hint: LIST_HINT,
  };
}
