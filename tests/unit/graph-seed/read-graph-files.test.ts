import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActorRecord, RelationRecord } from '../../../graph-seed/src/graph-file.types';
import { GraphMergeError } from '../../../graph-seed/src/merge-graph-records';
import { readGraphFolder, readSourceDocuments, writeGraphFolder } from '../../../graph-seed/src/read-graph-files';

const workspace = { slug: 'parts', title: 'Parts', description: 'Two parts', visibility: 'PUBLIC' };

function actor(overrides: Partial<ActorRecord>): ActorRecord {
  return {
    externalId: 'iom',
    name: 'International Organization for Migration',
    aliases: [],
    kind: 'UN_AGENCY',
    tier: 'GLOBAL',
    country: null,
    city: null,
    originCountries: [],
    themes: [],
    description: null,
    website: null,
    founded: null,
    sources: [],
    ...overrides,
  };
}

function relation(overrides: Partial<RelationRecord>): RelationRecord {
  return {
    externalId: 'rel-iom-unhcr',
    type: 'PARTNERS_WITH',
    source: 'iom',
    target: 'unhcr',
    directed: false,
    mode: null,
    engagement: null,
    formal: null,
    role: null,
    themes: [],
    since: null,
    until: null,
    amount: null,
    currency: null,
    strength: null,
    confidence: 0.8,
    notes: null,
    sources: [],
    ...overrides,
  };
}

let dir: string;
const write = (name: string, value: unknown): void => writeFileSync(path.join(dir, name), JSON.stringify(value));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiermap-graph-files-'));
  write('workspace.json', workspace);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readGraphFolder', () => {
  it('merges actors that two part files share: lists united, first non-null scalar wins', () => {
    write('actors.part-a.json', [
      actor({
        aliases: ['IOM'],
        themes: ['protection'],
        description: 'From part A.',
        sources: [{ document: 'a.txt', quote: 'IOM  set up\na liaison' }],
      }),
    ]);
    write('actors.part-b.json', [
      actor({
        name: 'Intl. Organization for Migration',
        aliases: ['IOM', 'UN Migration'],
        themes: ['protection', 'data-evidence'],
        description: 'From part B.',
        website: 'https://www.iom.int',
        sources: [
          { document: 'a.txt', quote: 'IOM set up a liaison' },
          { document: 'b.txt', quote: 'IOM supports the forum' },
        ],
      }),
      actor({ externalId: 'unhcr', name: 'UNHCR' }),
    ]);

    const { actors } = readGraphFolder(dir);

    expect(actors.map((a) => a.externalId)).toEqual(['iom', 'unhcr']);
    expect(actors[0]).toEqual(
      actor({
        aliases: ['IOM', 'UN Migration', 'Intl. Organization for Migration'],
        themes: ['protection', 'data-evidence'],
        description: 'From part A.',
        website: 'https://www.iom.int',
        sources: [
          { document: 'a.txt', quote: 'IOM  set up\na liaison' },
          { document: 'b.txt', quote: 'IOM supports the forum' },
        ],
      }),
    );
  });

  it('reads part files in file-name order, so part A decides the scalars', () => {
    write('actors.part-b.json', [actor({ description: 'B' })]);
    write('actors.part-a.json', [actor({ description: 'A' })]);
    expect(readGraphFolder(dir).actors[0]!.description).toBe('A');
  });

  it('refuses parts that give one actor different tiers, naming both files', () => {
    write('actors.part-a.json', [actor({ tier: 'GLOBAL' })]);
    write('actors.part-b.json', [actor({ tier: 'SUPRANATIONAL' })]);
    expect(() => readGraphFolder(dir)).toThrow(GraphMergeError);
    expect(() => readGraphFolder(dir)).toThrow(
      'actor iom: tier GLOBAL in actors.part-a.json conflicts with SUPRANATIONAL in actors.part-b.json',
    );
  });

  it('refuses parts that give one actor different kinds', () => {
    write('actors.part-a.json', [actor({ kind: 'UN_AGENCY' })]);
    write('actors.part-b.json', [actor({ kind: 'INTERNATIONAL_ORGANISATION' })]);
    expect(() => readGraphFolder(dir)).toThrow(/actor iom: kind UN_AGENCY in actors\.part-a\.json conflicts/);
  });

  it('merges relations by externalId and refuses one id for two different pairs', () => {
    write('relations.part-a.json', [relation({ themes: ['protection'], since: '2016' })]);
    write('relations.part-b.json', [relation({ themes: ['data-evidence'], notes: 'From B' })]);
    expect(readGraphFolder(dir).relations).toEqual([
      relation({ themes: ['protection', 'data-evidence'], since: '2016', notes: 'From B' }),
    ]);

    write('relations.part-b.json', [relation({ target: 'ilo' })]);
    expect(() => readGraphFolder(dir)).toThrow('relation rel-iom-unhcr: target unhcr in relations.part-a.json');
  });

  it('merges themes by id and ignores files that are not map files', () => {
    write('themes.part-a.json', [{ id: 'civic-space', label: 'Civic space', description: '' }]);
    write('themes.part-b.json', [{ id: 'civic-space', label: 'Other', description: 'Room to organise.' }]);
    write('notes.json', { not: 'a map file' });
    const files = readGraphFolder(dir);
    expect(files.themes).toEqual([{ id: 'civic-space', label: 'Civic space', description: 'Room to organise.' }]);
    expect(files.workspace).toEqual(workspace);
    expect(files.actors).toEqual([]);
  });

  it('names the file when a part is not a JSON array', () => {
    write('actors.part-a.json', { externalId: 'iom' });
    expect(() => readGraphFolder(dir)).toThrow(/actors\.part-a\.json: expected a JSON array/);
  });
});

describe('writeGraphFolder', () => {
  it('writes the four canonical files sorted by externalId, which read back unchanged', () => {
    const files = {
      workspace: { slug: 'w', title: 'W', description: 'D', visibility: 'PUBLIC' as const },
      themes: [],
      actors: [actor({ externalId: 'unhcr', name: 'UNHCR' }), actor({})],
      relations: [relation({ externalId: 'r-2' }), relation({ externalId: 'r-1', source: 'unhcr', target: 'iom' })],
    };
    const out = path.join(dir, 'out');
    writeGraphFolder(out, files);

    const back = readGraphFolder(out);
    expect(back.actors.map((a) => a.externalId)).toEqual(['iom', 'unhcr']);
    expect(back.relations.map((r) => r.externalId)).toEqual(['r-1', 'r-2']);
    expect(back.actors[0]).toEqual(actor({}));
    const text = readFileSync(path.join(out, 'actors.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(back.actors, null, 2)}\n`);

    writeGraphFolder(out, back);
    expect(readFileSync(path.join(out, 'actors.json'), 'utf8')).toBe(text);
  });
});

describe('readSourceDocuments', () => {
  it('reads the .txt files of a folder by file name', () => {
    writeFileSync(path.join(dir, '001_b.txt'), 'second');
    writeFileSync(path.join(dir, '000_a.txt'), 'first');
    expect([...readSourceDocuments(dir)]).toEqual([
      ['000_a.txt', 'first'],
      ['001_b.txt', 'second'],
    ]);
  });
});
