import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import { join } from 'node:path';
import { SYSTEM } from '../../../api/src/auth/viewer';
import type { ImportFile } from '../../../api/src/interchange/csv-import';
import { importFiles } from '../../../api/src/services/file-import.service';
import { startMigratedTestApi, workspaceCounts } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const ACTOR_QUERY = `query($ws: ID!) { actors(workspace: $ws, first: 50, orderBy: NAME_ASC) { edges { node {
  externalId name aliases kind tier country originCountries themes description founded sources { document quote } } } } }`;
const RELATION_QUERY = `query($ws: ID!) { relations(workspace: $ws, first: 50) { edges { node {
  externalId type directed amount currency since confidence formal source { externalId } target { externalId } } } } }`;

const csv = (name: string, text: string | Buffer): ImportFile => ({
  name,
  bytes: typeof text === 'string' ? Buffer.from(text) : text,
});

interface ActorRow {
  externalId: string;
  name: string;
  aliases: string[];
  kind: string;
  tier: string;
  country: string | null;
  originCountries: string[];
  themes: string[];
  description: string | null;
  founded: string | null;
  sources: Array<{ document: string; quote: string }>;
}

describe('importFiles', () => {
  let api: TestApi;
  const spaces: TestWorkspace[] = [];
  const newWorkspace = async (label: string) => {
    const ws = await createTestWorkspace(api, label);
    spaces.push(ws);
    return ws;
  };
  const actorsOf = async (ws: TestWorkspace) =>
    dataOf(
      await api.gql<{ actors: { edges: Array<{ node: ActorRow }> } }>(ACTOR_QUERY, { ws: ws.slug }),
    ).actors.edges.map((e) => e.node);
  beforeAll(async () => {
    api = await startMigratedTestApi();
  });
  afterAll(async () => {
    for (const ws of spaces) await ws.remove();
    await api.close();
  });

  it('reads a spreadsheet as Excel saves it: Windows-1252, semicolons, CRLF, headers in any case and order, quoted line breaks, serial dates, blank trailing rows', async () => {
    const ws = await newWorkspace('import-excel');
    const text =
      'NAME;Tier;Kind;External ID;Country;Description;Founded\r\n' +
      'Municipalité de Marsassoum;local;municipality;marsassoum;sn;"Commune in Sédhiou,\r\nsouthern Senegal";43466\r\n' +
      'Caritas España;National;Faith based organisation;caritas-es;ES;"Says ""hello""";1947\r\n' +
      ';;;;;;\r\n;;;;;;\r\n';
    const bytes = Buffer.from(text, 'latin1'); // what Excel on Windows saves: Windows-1252
    const report = await importFiles(api.db, SYSTEM, ws.slug, [csv('Actors.csv', bytes)], { format: 'CSV' });
    expect(report.problems).toEqual([]);
    expect(report.actors.created).toEqual(['marsassoum', 'caritas-es']);
    const actors = await actorsOf(ws);
    expect(actors.map((a) => [a.externalId, a.name, a.kind, a.tier, a.country, a.founded])).toEqual([
      ['caritas-es', 'Caritas España', 'FAITH_BASED_ORGANISATION', 'NATIONAL', 'ES', '1947'],
      ['marsassoum', 'Municipalité de Marsassoum', 'MUNICIPALITY', 'LOCAL', 'SN', '2019-01-01'],
    ]);
    expect(actors[1]!.description).toBe('Commune in Sédhiou,\nsouthern Senegal');
    expect(actors[0]!.description).toBe('Says "hello"');
  });

  it('reads UTF-8 with a byte-order mark, tab separators and a sources file', async () => {
    const ws = await newWorkspace('import-bom');
    const actors = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('externalId\tname\tkind\ttier\taliases\tthemes\noiko\tΟίκος\tNGO\tLOCAL\tOikos|Home\tReception\n'),
    ]);
    const sources = csv('sources.csv', 'subject,document,quote\noiko,report.txt,"Oikos runs a shelter, in Athens."\n');
    const report = await importFiles(api.db, SYSTEM, ws.slug, [csv('actors.tsv', actors), sources], { format: 'CSV' });
    expect(report.problems).toEqual([]);
    const [actor] = await actorsOf(ws);
    expect(actor).toMatchObject({
      externalId: 'oiko',
      name: 'Οίκος',
      aliases: ['Oikos', 'Home'],
      themes: ['reception'],
    });
    expect(actor!.sources).toEqual([{ document: 'report.txt', quote: 'Oikos runs a shelter, in Athens.' }]);
  });

  it('answers a dry run with what would be created, updated, unchanged and refused, and writes nothing', async () => {
    const ws = await newWorkspace('import-dry');
    const first = [
      csv('actors.csv', 'externalId,name,kind,tier\na1,One,NGO,LOCAL\na2,Two,NGO,LOCAL\n'),
      csv('relations.csv', 'externalId,type,source,target\nr1,PARTNERS_WITH,a1,a2\n'),
    ];
    await importFiles(api.db, SYSTEM, ws.slug, first, { format: 'CSV' });
    const before = await workspaceCounts(api.db, ws.id);
    const second = [
      csv(
        'actors.csv',
        'externalId,name,kind,tier\na1,One,NGO,LOCAL\na2,Two renamed,NGO,LOCAL\na3,Three,NGO,LOCAL\na4,Four,NOPE,LOCAL\n',
      ),
      csv('relations.csv', 'externalId,type,source,target\nr1,PARTNERS_WITH,a1,a2\nr2,PARTNERS_WITH,a3,a1\n'),
    ];
    const report = await importFiles(api.db, SYSTEM, ws.slug, second, {
      format: 'CSV',
      dryRun: true,
      validRowsOnly: true,
    });
    expect(report.actors).toEqual({ created: ['a3'], updated: ['a2'], unchanged: ['a1'], refused: ['a4'] });
    expect(report.relations).toEqual({ created: ['r2'], updated: [], unchanged: ['r1'], refused: [] });
    expect(report.written).toBe(false);
    expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
  });

  it('with valid rows only, writes the good rows and refuses the bad ones with the relations that hang on them', async () => {
    const ws = await newWorkspace('import-valid-only');
    const files = [
      csv('actors.csv', 'externalId,name,kind,tier\na1,One,NGO,LOCAL\na2,Two,NGO,LOCAL\na3,Three,NGO,TOWN\n'),
      csv('relations.csv', 'externalId,type,source,target\nr1,PARTNERS_WITH,a1,a2\nr2,PARTNERS_WITH,a3,a1\n'),
    ];
    const refused = await importFiles(api.db, SYSTEM, ws.slug, files, { format: 'CSV' });
    expect(refused.written).toBe(false);
    expect((await workspaceCounts(api.db, ws.id)).actors).toBe(0);
    const report = await importFiles(api.db, SYSTEM, ws.slug, files, { format: 'CSV', validRowsOnly: true });
    expect(report.written).toBe(true);
    expect(report.actors).toMatchObject({ created: ['a1', 'a2'], refused: ['a3'] });
    expect(report.relations).toMatchObject({ created: ['r1'], refused: ['r2'] });
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: 'relations.csv',
        row: 3,
        column: 'source',
        reason: 'actor "a3" is refused (see its own row)',
      }),
    );
    expect(await workspaceCounts(api.db, ws.id)).toMatchObject({ actors: 2, relations: 1 });
  });

  it('refuses a bad theme definition even with valid rows only: no row can be written without it', async () => {
    const ws = await newWorkspace('import-bad-theme');
    const files = [
      csv('themes.csv', 'id,label,description\nSea Rescue!,Sea rescue,At sea\n'),
      csv('actors.csv', 'externalId,name,kind,tier\na1,One,NGO,LOCAL\n'),
    ];
    const report = await importFiles(api.db, SYSTEM, ws.slug, files, { format: 'CSV', validRowsOnly: true });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ element: 'themes[0]', column: 'id', reason: expect.stringMatching(/kebab-case/) }),
    );
    expect(report.written).toBe(false);
    expect((await workspaceCounts(api.db, ws.id)).actors).toBe(0);
  });

  it('updates on re-import and never duplicates; adds unknown themes when asked', async () => {
    const ws = await newWorkspace('import-upsert');
    const files = (name: string) => [
      csv('actors.csv', `externalId,name,kind,tier,themes\na1,${name},NGO,LOCAL,sea-rescue|reception\n`),
    ];
    const refused = await importFiles(api.db, SYSTEM, ws.slug, files('One'), { format: 'CSV' });
    expect(refused.problems[0]).toMatchObject({ column: 'themes', suggestion: 'add theme sea-rescue' });
    const first = await importFiles(api.db, SYSTEM, ws.slug, files('One'), { format: 'CSV', addUnknownThemes: true });
    expect(first.addedThemes).toEqual(['sea-rescue']);
    expect(first.result).toMatchObject({ actorsCreated: 1 });
    const again = await importFiles(api.db, SYSTEM, ws.slug, files('One'), { format: 'CSV' });
    expect(again.result).toMatchObject({ actorsCreated: 0, actorsUnchanged: 1 });
    const renamed = await importFiles(api.db, SYSTEM, ws.slug, files('One renamed'), { format: 'CSV' });
    expect(renamed.result).toMatchObject({ actorsCreated: 0, actorsUpdated: 1 });
    expect((await actorsOf(ws)).map((a) => [a.name, a.themes])).toEqual([['One renamed', ['sea-rescue', 'reception']]]);
    const { workspace } = dataOf(
      await api.gql<{ workspace: { themes: Array<{ id: string; label: string }> } }>(
        'query($ws: String!) { workspace(slug: $ws) { themes { id label } } }',
        { ws: ws.slug },
      ),
    );
    expect(workspace.themes).toContainEqual({ id: 'sea-rescue', label: 'Sea rescue' });
  });

  it('imports a GraphML file written by NetworkX with its attributes mapped', async () => {
    const ws = await newWorkspace('import-networkx');
    const bytes = readFileSync(join(__dirname, '../../fixtures/interchange/networkx-write-graphml.graphml'));
    const report = await importFiles(api.db, SYSTEM, ws.slug, [{ name: 'nx.graphml', bytes }], { format: 'GRAPHML' });
    expect(report.problems).toEqual([]);
    expect(report.ignoredColumns).toEqual([{ file: 'nx.graphml', columns: ['weight'] }]);
    const actors = await actorsOf(ws);
    expect(actors.map((a) => [a.externalId, a.name, a.kind, a.tier, a.country, a.aliases, a.founded])).toEqual([
      ['athens', 'City of Athens', 'MUNICIPALITY', 'LOCAL', 'GR', [], null],
      ['ministry', 'Ministry of Migration and Asylum', 'MINISTRY', 'NATIONAL', 'GR', [], null],
      ['unhcr', 'UNHCR', 'UN_AGENCY', 'GLOBAL', null, ['UN Refugee Agency', 'UNHCR Greece'], '1950'],
    ]);
    const { relations } = dataOf(
      await api.gql<{ relations: { edges: Array<{ node: Record<string, unknown> }> } }>(RELATION_QUERY, {
        ws: ws.slug,
      }),
    );
    const byId = new Map(relations.edges.map((e) => [e.node.externalId, e.node]));
    expect(byId.get('r1')).toMatchObject({
      type: 'FUNDS',
      amount: 250000,
      currency: 'EUR',
      since: '2018',
      directed: true,
      source: { externalId: 'ministry' },
    });
    expect(byId.get('r2')).toMatchObject({
      type: 'PARTNERS_WITH',
      confidence: 0.8,
      formal: true,
      target: { externalId: 'athens' },
    });
  });

  it('reads an XLSX workbook as Excel writes it: date cells, numbers, headers in any case; problems name the sheet and row', async () => {
    const ws = await newWorkspace('import-xlsx');
    const workbook = new Workbook();
    const actors = workbook.addWorksheet('Actors');
    actors.addRow(['Name', 'External ID', 'Kind', 'Tier', 'Founded']);
    actors.addRow(['First', 'x1', 'NGO', 'local', new Date(Date.UTC(2019, 4, 14))]);
    actors.addRow(['Second', 'x2', 'Ngoo', 'LOCAL', 1998]);
    actors.addRow(['Third', 'x3', 'FOUNDATION', 'NATIONAL', null]);
    const relations = workbook.addWorksheet('Relations');
    relations.addRow(['externalId', 'type', 'source', 'target', 'amount', 'currency']);
    relations.addRow(['f1', 'FUNDS', 'x3', 'x1', 12500.5, 'eur']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await importFiles(api.db, SYSTEM, ws.slug, [{ name: 'map.xlsx', bytes }], { format: 'XLSX' });
    expect(refused.problems).toEqual([
      expect.objectContaining({ file: 'map.xlsx#Actors', row: 3, column: 'Kind', suggestion: 'NGO' }),
    ]);
    expect(refused.written).toBe(false);
    const report = await importFiles(api.db, SYSTEM, ws.slug, [{ name: 'map.xlsx', bytes }], {
      format: 'XLSX',
      validRowsOnly: true,
    });
    expect(report.actors).toMatchObject({ created: ['x1', 'x3'], refused: ['x2'] });
    expect((await actorsOf(ws)).map((a) => [a.externalId, a.tier, a.founded])).toEqual([
      ['x1', 'LOCAL', '2019-05-14'],
      ['x3', 'NATIONAL', null],
    ]);
    const { relations: found } = dataOf(
      await api.gql<{ relations: { edges: Array<{ node: Record<string, unknown> }> } }>(RELATION_QUERY, {
        ws: ws.slug,
      }),
    );
    expect(found.edges[0]!.node).toMatchObject({ externalId: 'f1', amount: 12500.5, currency: 'EUR' });
  });

  it('maps columns that do not use our names', async () => {
    const ws = await newWorkspace('import-mapping');
    const files = [
      csv('orgs.csv', 'Org code,Organisation,Category,Scale,Notes to self\nx1,First,NGO,LOCAL,ignore me\n'),
    ];
    const report = await importFiles(api.db, SYSTEM, ws.slug, files, {
      format: 'CSV',
      mapping: { actor: { 'Org code': 'externalId', Category: 'kind', Scale: 'tier', 'Notes to self': null } },
    });
    expect(report.problems).toEqual([]);
    expect(report.ignoredColumns).toEqual([{ file: 'orgs.csv', columns: ['Notes to self'] }]);
    expect((await actorsOf(ws)).map((a) => [a.externalId, a.name, a.kind, a.tier])).toEqual([
      ['x1', 'First', 'NGO', 'LOCAL'],
    ]);
  });
});
