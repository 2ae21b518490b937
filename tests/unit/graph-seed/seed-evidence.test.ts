import path from 'node:path';
import {
  ACTOR_KINDS,
  BUILT_IN_THEMES,
  ENGAGEMENT_LEVELS,
  MODES,
  RELATION_TYPES,
  TIERS,
  VISIBILITIES,
} from '../../../api/src/domain/vocabulary';
import type { SourceRecord } from '../../../graph-seed/src/graph-file.types';
import { readGraphFolder, readSourceDocuments } from '../../../graph-seed/src/read-graph-files';
import { normaliseName, validateGraphFiles } from '../../../graph-seed/src/validate-graph-files';

const seedRoot = path.resolve(__dirname, '../../../graph-seed');
const files = readGraphFolder(path.join(seedRoot, 'data', 'seed-ecosystem'));
const documents = readSourceDocuments(path.join(seedRoot, 'sources'));

/** Whitespace-normalised texts, computed here rather than borrowed from the validator under test. */
const flatDocuments = new Map([...documents].map(([name, text]) => [name, text.split(/\s+/).join(' ').trim()]));
const isVerbatim = (s: SourceRecord): boolean =>
  s.document !== undefined &&
  s.quote !== undefined &&
  s.quote.trim() !== '' &&
  (flatDocuments.get(s.document)?.includes(s.quote.split(/\s+/).join(' ').trim()) ?? false);

describe('seed ecosystem (merged part files)', () => {
  it('is the public seed-ecosystem workspace built from the five source documents', () => {
    expect(files.workspace.slug).toBe('seed-ecosystem');
    expect(files.workspace.visibility).toBe('PUBLIC');
    expect(documents.size).toBe(5);
    expect(files.actors.length).toBeGreaterThan(200);
    expect(files.relations.length).toBeGreaterThan(200);
  });

  it('passes validateGraphFiles without a single problem', () => {
    expect(validateGraphFiles(files, documents)).toEqual([]);
  });

  it('backs every actor with a quote found verbatim in the document it names', () => {
    const unbacked = files.actors.filter((a) => !a.sources.some(isVerbatim)).map((a) => a.externalId);
    expect(unbacked).toEqual([]);
  });

  it('backs every relation with a quote found verbatim in the document it names', () => {
    const unbacked = files.relations.filter((r) => !r.sources.some(isVerbatim)).map((r) => r.externalId);
    expect(unbacked).toEqual([]);
  });

  it('gives lifespans only where a quote of the actor states their year', () => {
    const dated = files.actors.filter((a) => a.since || a.until);
    expect(dated.map((a) => [a.externalId, a.since ?? null, a.until ?? null])).toEqual([
      ['global-mayoral-forum', '2014-06', null],
      ['save-me-campaign', '2008', null],
    ]);
    for (const actor of dated) {
      for (const date of [actor.since, actor.until]) {
        if (!date) continue;
        const year = date.slice(0, 4);
        expect(actor.sources.some((s) => isVerbatim(s) && s.quote!.includes(year))).toBe(true);
      }
    }
  });

  it('records no succession: the one the documents describe (Mare Nostrum to Triton) is not dated in them', () => {
    const successions = files.relations.filter((r) => ['SUCCEEDS', 'MERGED_INTO', 'SPLIT_FROM'].includes(r.type));
    expect(successions.map((r) => r.externalId)).toEqual([]);
  });

  it('keeps every quote verbatim, not only the first of each record', () => {
    const records = [...files.actors, ...files.relations];
    const changed = records.flatMap((r) =>
      r.sources.filter((s) => !isVerbatim(s)).map((s) => `${r.externalId}: ${s.quote?.slice(0, 60)}`),
    );
    expect(changed).toEqual([]);
  });

  it('uses only vocabulary values for kinds, tiers, types, modes, engagement and confidence', () => {
    const bad: string[] = [];
    for (const a of files.actors) {
      if (!ACTOR_KINDS.includes(a.kind)) bad.push(`${a.externalId} kind ${a.kind}`);
      if (!(TIERS as readonly string[]).includes(a.tier)) bad.push(`${a.externalId} tier ${a.tier}`);
      if (a.country !== null && !/^[A-Z]{2}$/.test(a.country)) bad.push(`${a.externalId} country ${a.country}`);
    }
    for (const r of files.relations) {
      if (!(RELATION_TYPES as readonly string[]).includes(r.type)) bad.push(`${r.externalId} type ${r.type}`);
      if (r.mode !== null && !(MODES as readonly string[]).includes(r.mode)) bad.push(`${r.externalId} mode ${r.mode}`);
      if (r.engagement !== null && !(ENGAGEMENT_LEVELS as readonly string[]).includes(r.engagement)) {
        bad.push(`${r.externalId} engagement ${r.engagement}`);
      }
      if (!(r.confidence >= 0 && r.confidence <= 1)) bad.push(`${r.externalId} confidence ${r.confidence}`);
    }
    expect(bad).toEqual([]);
    expect(VISIBILITIES).toContain(files.workspace.visibility);
  });

  it('has no orphan relations and no relation from an actor to itself', () => {
    const ids = new Set(files.actors.map((a) => a.externalId));
    const broken = files.relations
      .filter((r) => !ids.has(r.source) || !ids.has(r.target) || r.source === r.target)
      .map((r) => r.externalId);
    expect(broken).toEqual([]);
  });

  it('has no two actors sharing a name or alias once case, accents and punctuation are ignored', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of files.actors) {
      for (const label of new Set([a.name, ...a.aliases].map(normaliseName))) {
        const other = owner.get(label);
        if (other !== undefined) clashes.push(`${label}: ${other} / ${a.externalId}`);
        owner.set(label, a.externalId);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no relation recorded twice with the same type between the same actors', () => {
    const keys = files.relations.map((r) =>
      r.directed ? `${r.type} ${r.source}>${r.target}` : `${r.type} ${[r.source, r.target].sort().join('~')}`,
    );
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('tags actors and relations only with built-in or workspace themes', () => {
    const known = new Set([...BUILT_IN_THEMES.map((t) => t.id), ...files.themes.map((t) => t.id)]);
    const unknown = [...files.actors, ...files.relations].flatMap((r) =>
      r.themes.filter((t) => !known.has(t)).map((t) => `${r.externalId}: ${t}`),
    );
    expect(unknown).toEqual([]);
  });

  it('keeps the duplicates found in review merged', () => {
    const byId = new Map(files.actors.map((a) => [a.externalId, a]));
    expect(files.themes.map((t) => t.id)).not.toContain('overcoming-policy-marginalisation');
    expect(byId.get('greater-london-authority')).toMatchObject({ kind: 'REGIONAL_AUTHORITY', tier: 'REGIONAL' });
    expect(byId.get('un-general-assembly')?.kind).toBe('FORUM_OR_MECHANISM');
    expect(byId.get('ohchr')?.aliases).toContain('Office of the High Commissioner for Human Rights');
    // Both parts' evidence survives the merge.
    const ircc = byId.get('ca-ircc')!;
    expect(new Set(ircc.sources.map((s) => s.document))).toEqual(
      new Set(['000_ca9679b983d127cd.txt', '002_3a72d4e91ea61057.txt']),
    );
  });
});
