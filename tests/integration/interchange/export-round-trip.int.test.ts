import { ANONYMOUS, SYSTEM } from '../../../api/src/auth/viewer';
import type { ImportFile } from '../../../api/src/interchange/csv-import';
import { Workbook } from 'exceljs';
import { exportFile, exportWorkbook, type ExportFormat } from '../../../api/src/services/export.service';
import { importFiles, type ImportFormat } from '../../../api/src/services/file-import.service';
import { startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const quote = (text: string, extra: Record<string, unknown> = {}) => ({
  document: 'report.txt',
  quote: text,
  ...extra,
});
/** A small map with every field used at least once, odd characters, and records each viewer may or may not see. */
const MAP = {
  themes: [{ id: 'sea-rescue', label: 'Sea rescue', description: 'Coordinating rescue at sea.' }],
  actors: [
    {
      externalId: 'athens',
      name: 'City of Athens, "Dimos" <Αθηναίων> & co',
      aliases: ['Dimos Athinaion', 'Athens; city hall'],
      // Identifiers and alias languages (issue 21 point 6) travel in every format.
      aliasLanguages: ['el', ''],
      identifiers: ['WIKIDATA:Q1524', 'ORG_ID:GR-GEMI-12345'],
      kind: 'MUNICIPALITY',
      tier: 'LOCAL',
      country: 'GR',
      city: 'Athens',
      themes: ['reception', 'sea-rescue'],
      description: 'First line\nsecond line',
      website: 'https://www.cityofathens.gr',
      founded: '1834',
      sources: [
        quote('Athens coordinates reception.'),
        quote('A note only editors read.', { visibility: 'RESTRICTED' }),
      ],
    },
    {
      externalId: 'ministry',
      name: 'Ministry of Migration and Asylum',
      kind: 'MINISTRY',
      tier: 'NATIONAL',
      country: 'GR',
    },
    {
      externalId: 'assoc',
      name: 'Senegalese Association',
      kind: 'DIASPORA_ORGANISATION',
      tier: 'REGIONAL',
      country: 'ES',
      originCountries: ['SN'],
      populationsServed: ['DIASPORA', 'UNACCOMPANIED_CHILDREN'],
      services: ['LEGAL_AID', 'REMITTANCES'],
      languages: ['wo', 'fr', 'es'],
      founded: '2001-05',
    },
    {
      externalId: 'secret',
      name: 'Confidential shelter',
      kind: 'NGO',
      tier: 'LOCAL',
      country: 'GR',
      visibility: 'RESTRICTED',
    },
  ],
  relations: [
    {
      externalId: 'r1',
      type: 'FUNDS',
      source: 'ministry',
      target: 'athens',
      amount: 250000.5,
      currency: 'EUR',
      since: '2018',
      until: '2020-06',
      themes: ['reception'],
      engagement: 'INVOLVE',
      fundingSource: 'PUBLIC',
      fundingTerm: 'MULTI_YEAR',
      fundingForm: 'REGRANT',
      sources: [quote('The ministry funds cities.', { page: '12', accessed: '2019-03-01' })],
    },
    {
      externalId: 'r2',
      type: 'PARTNERS_WITH',
      source: 'assoc',
      target: 'athens',
      directed: false,
      mode: 'COOPERATION',
      formal: true,
      strength: 4,
      confidence: 0.8,
      notes: 'Met in 2018',
    },
    { externalId: 'r3', type: 'DELIVERS_SERVICES_FOR', source: 'secret', target: 'athens' },
    { externalId: 'r4', type: 'COORDINATES', source: 'ministry', target: 'assoc', visibility: 'WORKSPACE' },
  ],
};

const CSV_FILES: Array<[ExportFormat, string]> = [
  ['CSV_THEMES', 'themes.csv'],
  ['CSV_ACTORS', 'actors.csv'],
  ['CSV_RELATIONS', 'relations.csv'],
  ['CSV_SOURCES', 'sources.csv'],
];

describe('export, and export → import → export', () => {
  let api: TestApi;
  let origin: TestWorkspace;
  const spaces: TestWorkspace[] = [];
  beforeAll(async () => {
    api = await startMigratedTestApi();
    origin = await createTestWorkspace(api, 'export-origin');
    spaces.push(origin);
    const report = await importFiles(
      api.db,
      SYSTEM,
      origin.slug,
      [{ name: 'map.json', bytes: Buffer.from(JSON.stringify(MAP)) }],
      { format: 'JSON' },
    );
    if (!report.written) throw new Error(JSON.stringify(report.problems));
  });
  afterAll(async () => {
    for (const ws of spaces) await ws.remove();
    await api.close();
  });

  /** Exports `formats` of a workspace, imports them into a new one, and exports that. */
  async function roundTrip(formats: Array<[ExportFormat, string]>, importFormat: ImportFormat) {
    const first = await Promise.all(
      formats.map(async ([format]) => (await exportFile(api.db, SYSTEM, origin.slug, format)).text),
    );
    const copy = await createTestWorkspace(api, `export-copy-${importFormat.toLowerCase()}`);
    spaces.push(copy);
    const files: ImportFile[] = formats.map(([, name], i) => ({ name, bytes: Buffer.from(first[i]!) }));
    const report = await importFiles(api.db, SYSTEM, copy.slug, files, { format: importFormat });
    expect(report.problems).toEqual([]);
    expect(report.actors.created).toHaveLength(4);
    expect(report.relations.created).toHaveLength(4);
    const second = await Promise.all(
      formats.map(async ([format]) => (await exportFile(api.db, SYSTEM, copy.slug, format)).text),
    );
    return { first, second };
  }

  it('CSV (themes, actors, relations, sources) comes back identical', async () => {
    const { first, second } = await roundTrip(CSV_FILES, 'CSV');
    expect(second).toEqual(first);
    expect(first[1]!.startsWith('\uFEFFexternalId,name,aliases,kind,tier,sector,country')).toBe(true);
    expect(first[1]).toContain('"City of Athens, ""Dimos"" <Αθηναίων> & co"');
    expect(
      first[1]!.split('\r\n')[0]!.endsWith(',identifiers,aliasLanguages,populationsServed,services,languages'),
    ).toBe(true);
    expect(first[1]).toContain(',WIKIDATA:Q1524|ORG_ID:GR-GEMI-12345,el|,');
    expect(first[1]).toContain(',DIASPORA|UNACCOMPANIED_CHILDREN,LEGAL_AID|REMITTANCES,wo|fr|es\r\n');
    expect(first[2]).toContain(
      'r1,FUNDS,ministry,athens,true,,INVOLVE,,reception,2018,2020-06,250000.5,EUR,,1,,PUBLIC',
    );
    // The funding modality (issue 20) after the participation role.
    expect(first[2]).toContain(',2020-06,250000.5,EUR,,1,,PUBLIC,,PUBLIC,MULTI_YEAR,REGRANT\r\n');
    expect(first[2]!.split('\n')[0]).toContain(',role,fundingSource,fundingTerm,fundingForm');
    expect(first[3]).toContain('RELATION,r1,,,report.txt,The ministry funds cities.,12,2019-03-01,PUBLIC');
  });

  it.each([
    ['JSON', 'map.json', 'JSON'],
    ['GRAPHML', 'map.graphml', 'GRAPHML'],
    ['GEXF', 'map.gexf', 'GEXF'],
  ] as const)('%s comes back identical', async (format, name, importFormat) => {
    const { first, second } = await roundTrip([[format, name]], importFormat);
    expect(second[0]).toEqual(first[0]);
    for (const value of ['MULTI_YEAR', 'REGRANT']) expect(first[0]).toContain(value);
    // The capacity profile is written (and so read back, or the second export would lack it).
    expect(first[0]).toMatch(/UNACCOMPANIED_CHILDREN/);
    expect(first[0]).toMatch(/REMITTANCES/);
  });

  it('XLSX (one sheet per CSV file) comes back with the same sheets and cells', async () => {
    const sheetsOf = async (bytes: Buffer) => {
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      return workbook.worksheets.map((sheet) => ({
        name: sheet.name,
        rows: sheet
          .getSheetValues()
          .filter(Boolean)
          .map((row) => JSON.stringify(row)),
      }));
    };
    const first = await exportWorkbook(api.db, SYSTEM, origin.slug);
    expect(first.fileName).toBe(`${origin.slug}.xlsx`);
    const copy = await createTestWorkspace(api, 'export-copy-xlsx');
    spaces.push(copy);
    const report = await importFiles(api.db, SYSTEM, copy.slug, [{ name: 'map.xlsx', bytes: first.bytes }], {
      format: 'XLSX',
    });
    expect(report.problems).toEqual([]);
    expect(report.actors.created).toHaveLength(4);
    const second = await exportWorkbook(api.db, SYSTEM, copy.slug);
    const before = await sheetsOf(first.bytes);
    expect(before.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([
      ['actors', 5],
      ['relations', 5],
      ['sources', 4],
      ['themes', 2],
    ]);
    expect(await sheetsOf(second.bytes)).toEqual(before);
  });

  it('writes GraphML that Gephi reads: typed keys, labels, undirected edges, evidence', async () => {
    const { text } = await exportFile(api.db, SYSTEM, origin.slug, 'GRAPHML');
    for (const key of ['tier', 'kind', 'country', 'themes', 'founded', 'sources'])
      expect(text).toContain(`for="node" attr.name="${key}" attr.type="string"`);
    expect(text).toContain('for="edge" attr.name="amount" attr.type="double"');
    expect(text).toContain('for="edge" attr.name="strength" attr.type="int"');
    expect(text).toContain('for="edge" attr.name="formal" attr.type="boolean"');
    expect(text).toContain('<edge id="r2" source="assoc" target="athens" directed="false">');
    expect(text).toContain('<data key="label">City of Athens, &quot;Dimos&quot; &lt;Αθηναίων&gt; &amp; co</data>');
    expect(text).toContain('for="node" attr.name="sector" attr.type="string"');
    expect(text).toContain('<data key="n_sector">GOVERNMENT</data>');
    expect(text).toMatch(
      /<data key="e_sources">\[\{&quot;document&quot;:&quot;report.txt&quot;,&quot;quote&quot;:&quot;The ministry funds cities.&quot;/,
    );
  });

  it('writes GEXF with typed attributes, labels and undirected edges', async () => {
    const { text } = await exportFile(api.db, SYSTEM, origin.slug, 'GEXF');
    expect(text).toContain('<attribute id="amount" title="amount" type="double"/>');
    expect(text).toContain('<attribute id="engagement" title="engagement" type="string"/>');
    expect(text).toContain('<edge id="r2" source="assoc" target="athens" label="PARTNERS_WITH" type="undirected">');
    expect(text).toContain('<node id="ministry" label="Ministry of Migration and Asylum">');
  });

  it('leaves out what the viewer may not see: restricted actors with their relations, restricted sources, members-only relations', async () => {
    for (const format of ['JSON', 'GRAPHML', 'GEXF', 'CSV_ACTORS', 'CSV_RELATIONS', 'CSV_SOURCES'] as const) {
      const full = (await exportFile(api.db, SYSTEM, origin.slug, format)).text;
      const visitor = (await exportFile(api.db, ANONYMOUS, origin.slug, format)).text;
      if (format !== 'CSV_SOURCES' && format !== 'CSV_RELATIONS') expect(full).toContain('Confidential shelter');
      expect(visitor).not.toContain('Confidential shelter');
      expect(visitor).not.toContain('secret');
      expect(visitor).not.toContain('A note only editors read.');
      expect(visitor).not.toMatch(/"r4"|r4,|id="r4"/);
      if (format !== 'CSV_ACTORS' && format !== 'CSV_SOURCES') expect(full).toMatch(/r4/);
    }
    const json = JSON.parse((await exportFile(api.db, ANONYMOUS, origin.slug, 'JSON')).text) as {
      actors: Array<{ externalId: string }>;
      relations: Array<{ externalId: string }>;
    };
    expect(json.actors.map((a) => a.externalId)).toEqual(['assoc', 'athens', 'ministry']);
    expect(json.relations.map((r) => r.externalId)).toEqual(['r1', 'r2']);
  });

  it('exports a filtered view: the actors in it and the relations between them', async () => {
    const view = async (filter: Parameters<typeof exportFile>[4]) => {
      const json = JSON.parse((await exportFile(api.db, SYSTEM, origin.slug, 'JSON', filter)).text) as {
        actors: Array<{ externalId: string }>;
        relations: Array<{ externalId: string }>;
      };
      return { actors: json.actors.map((a) => a.externalId), relations: json.relations.map((r) => r.externalId) };
    };
    // Countries scope the view as the map does: the actors based there, every relation with an end
    // based there, and the other ends of those (the Spanish association tied to Athens and the ministry).
    expect(await view({ countries: ['GR'] })).toEqual({
      actors: ['assoc', 'athens', 'ministry', 'secret'],
      relations: ['r1', 'r2', 'r3', 'r4'],
    });
    expect(await view({ countries: ['ES'] })).toEqual({
      actors: ['assoc', 'athens', 'ministry'],
      relations: ['r2', 'r4'],
    });
    expect((await view({ tiers: ['NATIONAL', 'REGIONAL'] })).relations).toEqual(['r4']);
    // As of a date: the funding of 2018 to mid-2020 is there in 2019 and gone in 2021.
    expect((await view({ asOf: '2019' })).relations).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect((await view({ asOf: '2021-01' })).relations).toEqual(['r2', 'r3', 'r4']);
    expect(await view({ countries: ['GR'], asOf: '2021', types: ['FUNDS'] })).toEqual({
      actors: ['athens', 'ministry', 'secret'],
      relations: [],
    });
  });

  it('refuses a bad filter with BAD_USER_INPUT on the field, and an unknown workspace with NOT_FOUND', async () => {
    await expect(exportFile(api.db, SYSTEM, origin.slug, 'JSON', { tiers: ['TOWN'] })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.tiers.0' },
    });
    await expect(exportFile(api.db, SYSTEM, origin.slug, 'JSON', { asOf: '2019-13' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.asOf' },
    });
    await expect(exportFile(api.db, SYSTEM, 'no-such-workspace', 'JSON')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
