import { isPopulation, isService } from '../../api/src/domain/capacity';
import { isLanguageCode } from '../../api/src/domain/language-names';
import {
  SUCCESSION_TYPES,
  ACTOR_KINDS,
  BUILT_IN_THEMES,
  ENGAGEMENT_LEVELS,
  FUNDING_FORMS,
  FUNDING_SOURCES,
  FUNDING_TERMS,
  MODES,
  PARTICIPATION_ROLES,
  PARTICIPATION_TYPE,
  RELATION_TYPES,
  TIERS,
} from '../../api/src/domain/vocabulary';
import type { GraphFiles, SourceRecord } from './graph-file.types';

/** Collapses every whitespace run to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-cases and strips everything but letters and digits, for duplicate-name detection. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ISO_COUNTRY = /^[A-Z]{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_CURRENCY = /^[A-Z]{3}$/;

/**
 * Checks a set of graph files against the vocabulary and the source documents.
 * Pure: returns human-readable problems, an empty array when everything is valid.
 * `documents` maps a document file name to its full text.
 */
export function validateGraphFiles(files: GraphFiles, documents: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const normalisedDocs = new Map<string, string>();
  for (const [name, text] of documents) normalisedDocs.set(name, normaliseWhitespace(text));

  const themeIds = new Set<string>(BUILT_IN_THEMES.map((t) => t.id));
  const seenThemes = new Set<string>();
  for (const theme of files.themes ?? []) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(theme.id)) problems.push(`theme ${theme.id}: id is not kebab-case`);
    if (seenThemes.has(theme.id)) problems.push(`theme ${theme.id}: defined twice`);
    if (BUILT_IN_THEMES.some((t) => t.id === theme.id)) problems.push(`theme ${theme.id}: redefines a built-in theme`);
    if (!theme.label || !theme.description) problems.push(`theme ${theme.id}: missing label or description`);
    seenThemes.add(theme.id);
    themeIds.add(theme.id);
  }

  const checkSources = (owner: string, sources: SourceRecord[] | undefined): void => {
    if (!sources || sources.length === 0) {
      problems.push(`${owner}: has no source`);
      return;
    }
    for (const source of sources) {
      if (!source.document && !source.title && !source.url) {
        problems.push(`${owner}: source names neither a document, a title nor a URL`);
        continue;
      }
      // Evidence rules apply to document sources only; a title-only source (e.g. synthetic data) has nothing to check.
      if (source.document === undefined || source.document === null) continue;
      const doc = normalisedDocs.get(source.document);
      if (doc === undefined) {
        problems.push(`${owner}: unknown document ${source.document}`);
        continue;
      }
      if (source.quote === undefined || source.quote.trim() === '') {
        problems.push(`${owner}: source in ${source.document} has no quote`);
        continue;
      }
      if (!doc.includes(normaliseWhitespace(source.quote))) {
        problems.push(`${owner}: quote not found verbatim in ${source.document}: "${source.quote.slice(0, 80)}"`);
      }
    }
  };

  const checkThemes = (owner: string, themes: string[] | undefined): void => {
    for (const id of themes ?? []) if (!themeIds.has(id)) problems.push(`${owner}: unknown theme ${id}`);
  };

  const actorIds = new Set<string>();
  const names = new Map<string, string>();
  for (const actor of files.actors ?? []) {
    const owner = `actor ${actor.externalId}`;
    if (actorIds.has(actor.externalId)) problems.push(`${owner}: duplicate externalId`);
    actorIds.add(actor.externalId);
    if (!actor.name || actor.name.trim() === '') problems.push(`${owner}: missing name`);
    if (!(ACTOR_KINDS as readonly string[]).includes(actor.kind)) problems.push(`${owner}: invalid kind ${actor.kind}`);
    if (!(TIERS as readonly string[]).includes(actor.tier)) problems.push(`${owner}: invalid tier ${actor.tier}`);
    if (actor.country !== null && actor.country !== undefined && !ISO_COUNTRY.test(actor.country)) {
      problems.push(`${owner}: invalid country ${actor.country}`);
    }
    for (const origin of actor.originCountries ?? []) {
      if (!ISO_COUNTRY.test(origin)) problems.push(`${owner}: invalid origin country ${origin}`);
    }
    for (const value of actor.populationsServed ?? []) {
      if (!isPopulation(value)) problems.push(`${owner}: invalid population ${value}`);
    }
    for (const value of actor.services ?? []) {
      if (!isService(value)) problems.push(`${owner}: invalid service ${value}`);
    }
    for (const value of actor.languages ?? []) {
      if (!isLanguageCode(value)) problems.push(`${owner}: invalid language ${value}`);
    }
    if (actor.founded !== null && actor.founded !== undefined && !PARTIAL_DATE.test(actor.founded)) {
      problems.push(`${owner}: invalid founded date ${actor.founded}`);
    }
    for (const [field, value] of [
      ['since', actor.since],
      ['until', actor.until],
    ] as const) {
      if (value !== null && value !== undefined && !PARTIAL_DATE.test(value)) {
        problems.push(`${owner}: invalid ${field} date ${value}`);
      }
    }
    if (actor.since && actor.until && PARTIAL_DATE.test(actor.since) && PARTIAL_DATE.test(actor.until)) {
      const precision = Math.min(actor.since.length, actor.until.length);
      if (actor.since.slice(0, precision) > actor.until.slice(0, precision)) {
        problems.push(`${owner}: since ${actor.since} is after until ${actor.until}`);
      }
    }
    checkThemes(owner, actor.themes);
    checkSources(owner, actor.sources);
    const seenForActor = new Set<string>();
    for (const label of [actor.name, ...(actor.aliases ?? [])]) {
      const key = normaliseName(label ?? '');
      if (key === '' || seenForActor.has(key)) continue;
      seenForActor.add(key);
      const other = names.get(key);
      if (other !== undefined && other !== actor.externalId) {
        problems.push(`${owner}: name or alias "${label}" is also used by actor ${other} (duplicate actor?)`);
      } else {
        names.set(key, actor.externalId);
      }
    }
  }

  const relationIds = new Set<string>();
  for (const relation of files.relations ?? []) {
    const owner = `relation ${relation.externalId}`;
    if (relationIds.has(relation.externalId)) problems.push(`${owner}: duplicate externalId`);
    relationIds.add(relation.externalId);
    if (!(RELATION_TYPES as readonly string[]).includes(relation.type))
      problems.push(`${owner}: invalid type ${relation.type}`);
    if (
      relation.mode !== null &&
      relation.mode !== undefined &&
      !(MODES as readonly string[]).includes(relation.mode)
    ) {
      problems.push(`${owner}: invalid mode ${relation.mode}`);
    }
    if (
      relation.engagement !== null &&
      relation.engagement !== undefined &&
      !(ENGAGEMENT_LEVELS as readonly string[]).includes(relation.engagement)
    ) {
      problems.push(`${owner}: invalid engagement ${relation.engagement}`);
    }
    if (relation.role != null && !(PARTICIPATION_ROLES as readonly string[]).includes(relation.role))
      problems.push(`${owner}: invalid role ${relation.role}`);
    if (relation.type === PARTICIPATION_TYPE && relation.role == null)
      problems.push(`${owner}: a PARTICIPATES_IN relation needs a role`);
    if (relation.type !== PARTICIPATION_TYPE && relation.role != null)
      problems.push(`${owner}: only PARTICIPATES_IN relations carry a role`);
    for (const [field, values] of [
      ['fundingSource', FUNDING_SOURCES],
      ['fundingTerm', FUNDING_TERMS],
      ['fundingForm', FUNDING_FORMS],
    ] as const) {
      const value = relation[field];
      if (value == null) continue;
      if (!(values as readonly string[]).includes(value)) problems.push(`${owner}: invalid ${field} ${value}`);
      if (relation.type !== 'FUNDS') problems.push(`${owner}: only FUNDS relations carry a ${field}`);
    }
    if (!actorIds.has(relation.source)) problems.push(`${owner}: source ${relation.source} is not an actor (orphan)`);
    if (!actorIds.has(relation.target)) problems.push(`${owner}: target ${relation.target} is not an actor (orphan)`);
    if (relation.source === relation.target) problems.push(`${owner}: self-relation`);
    if (typeof relation.confidence !== 'number' || relation.confidence < 0 || relation.confidence > 1) {
      problems.push(`${owner}: confidence ${relation.confidence} outside 0–1`);
    }
    if (
      relation.strength !== null &&
      relation.strength !== undefined &&
      (relation.strength < 1 || relation.strength > 5)
    ) {
      problems.push(`${owner}: strength ${relation.strength} outside 1–5`);
    }
    for (const [field, value] of [
      ['since', relation.since],
      ['until', relation.until],
    ] as const) {
      if (value !== null && value !== undefined && !PARTIAL_DATE.test(value))
        problems.push(`${owner}: invalid ${field} ${value}`);
    }
    // Partial dates compare at their common precision: since 2018-05 and until 2018 overlap.
    const precision = Math.min(relation.since?.length ?? 0, relation.until?.length ?? 0);
    if (relation.since && relation.until && relation.since.slice(0, precision) > relation.until.slice(0, precision)) {
      problems.push(`${owner}: since ${relation.since} is after until ${relation.until}`);
    }
    if ((SUCCESSION_TYPES as readonly string[]).includes(relation.type) && !relation.since) {
      problems.push(`${owner}: a ${relation.type} relation needs its date in since`);
    }
    if (relation.amount !== null && relation.amount !== undefined && !relation.currency) {
      problems.push(`${owner}: amount without currency`);
    }
    if (relation.amount !== null && relation.amount !== undefined && !(relation.amount >= 0)) {
      problems.push(`${owner}: amount ${relation.amount} is negative`);
    }
    if (relation.currency && !ISO_CURRENCY.test(relation.currency)) {
      problems.push(`${owner}: invalid currency ${relation.currency}`);
    }
    checkThemes(owner, relation.themes);
    checkSources(owner, relation.sources);
  }

  return problems;
}
