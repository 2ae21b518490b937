import { SYSTEM } from '../../../api/src/auth/viewer';
import type { ImportFile } from '../../../api/src/interchange/csv-import';
import { actorsByExternalIds } from '../../../api/src/repositories/import.repository';
import { importFiles, type ImportFormat } from '../../../api/src/services/file-import.service';
import { importGraph, type ImportPayload } from '../../../api/src/services/import.service';
import { startMigratedTestApi, workspaceCounts } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const ACTORS = [
  'externalId,name,kind,tier,country,themes,founded,website',
  'athens,City of Athens,MUNICIPALITY,LOCAL,GR,reception,1834,https://www.cityofathens.gr',
  'ministry,Ministry of Migration,MINISTRY,NATIONAL,GR,,,',
];
const RELATIONS = [
  'externalId,type,source,target,amount,currency,since,until',
  'r1,FUNDS,ministry,athens,250000,EUR,2018,',
];
const SOURCES = ['subject,document,quote', 'athens,report.txt,Athens coordinates reception.'];

const file = (name: string, lines: readonly string[] | string): ImportFile => ({
  name,
  bytes: Buffer.from(typeof lines === 'string' ? lines : lines.join('\n')),
});
/** The valid CSV files with one line replaced (`[file, index, line]`, index 0 is the header). */
function csvWith(...edits: Array<[string, number, string]>): ImportFile[] {
  const files: Record<string, string[]> = {
    'actors.csv': [...ACTORS],
    'relations.csv': [...RELATIONS],
    'sources.csv': [...SOURCES],
  };
  for (const [name, index, line] of edits) files[name]![index] = line;
  return Object.entries(files).map(([name, lines]) => file(name, lines));
}
const GRAPHML = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="kind" attr.type="string"/>
  <key id="d2" for="node" attr.name="tier" attr.type="string"/>
  <key id="d3" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
${body}
  </graph>
</graphml>`;
const NODE = (id: string, tier = 'LOCAL') =>
  `    <node id="${id}"><data key="d0">Actor ${id}</data><data key="d1">NGO</data><data key="d2">${tier}</data></node>`;

interface Case {
  name: string;
  format?: ImportFormat;
  files: ImportFile[];
  expect: {
    file: string;
    row: number | null;
    column: string | null;
    reason: RegExp;
    suggestion?: string;
    element?: string;
  };
}

const CASES: Case[] = [
  {
    name: 'an unknown kind, with the closest kind suggested',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,Municipalty,LOCAL,GR,,,']),
    expect: {
      file: 'actors.csv',
      row: 2,
      column: 'kind',
      reason: /not a kind we know: "Municipalty"; did you mean MUNICIPALITY/,
      suggestion: 'MUNICIPALITY',
    },
  },
  {
    name: 'an unknown tier, with the closest tier suggested',
    files: csvWith(['actors.csv', 2, 'ministry,Ministry,MINISTRY,nationl,GR,,,']),
    expect: {
      file: 'actors.csv',
      row: 3,
      column: 'tier',
      reason: /not a tier we know: "nationl"/,
      suggestion: 'NATIONAL',
    },
  },
  {
    name: 'a country written as its name, with its code suggested',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,MUNICIPALITY,LOCAL,Greece,,,']),
    expect: { file: 'actors.csv', row: 2, column: 'country', reason: /ISO 3166-1 alpha-2.*"Greece"/, suggestion: 'GR' },
  },
  {
    name: 'a country written as an alpha-3 code, with the alpha-2 one suggested',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,MUNICIPALITY,LOCAL,GRC,,,']),
    expect: {
      file: 'actors.csv',
      row: 2,
      column: 'country',
      reason: /\(got "GRC"\); did you mean GR\?/,
      suggestion: 'GR',
    },
  },
  {
    name: 'a country code that does not exist',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,MUNICIPALITY,LOCAL,XX,,,']),
    expect: { file: 'actors.csv', row: 2, column: 'country', reason: /alpha-2 country code.*"XX"/ },
  },
  {
    name: 'a partial date with month 13',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,MUNICIPALITY,LOCAL,GR,,2018-13,']),
    expect: { file: 'actors.csv', row: 2, column: 'founded', reason: /YYYY, YYYY-MM or YYYY-MM-DD \(got "2018-13"\)/ },
  },
  {
    name: 'a day-first date, with the ISO date suggested',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,ministry,athens,250000,EUR,14/05/2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'since', reason: /got "14\/05\/2018"/, suggestion: '2018-05-14' },
  },
  {
    name: 'a relation end that matches no actor',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,ministry,nowhere,250000,EUR,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'target', reason: /no actor with externalId "nowhere"/ },
  },
  {
    name: 'two actors with one externalId',
    files: csvWith(['actors.csv', 2, 'athens,Ministry,MINISTRY,NATIONAL,GR,,,']),
    expect: { file: 'actors.csv', row: 3, column: 'externalId', reason: /appears twice in this import: "athens"/ },
  },
  {
    name: 'an amount without a currency',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,ministry,athens,250000,,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'currency', reason: /required when an amount is given/ },
  },
  {
    name: 'a quote over the limit',
    files: csvWith(['sources.csv', 1, `athens,report.txt,${'q'.repeat(5001)}`]),
    expect: { file: 'sources.csv', row: 2, column: 'quote', reason: /at most 5000 characters \(got 5001\)/ },
  },
  {
    name: 'a theme the workspace does not have, with the offer to add it',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,MUNICIPALITY,LOCAL,GR,sea-rescue,,']),
    expect: {
      file: 'actors.csv',
      row: 2,
      column: 'themes',
      reason: /not a theme of this workspace: "sea-rescue".*addUnknownThemes/,
      suggestion: 'add theme sea-rescue',
    },
  },
  {
    name: 'an actor without a name',
    files: csvWith(['actors.csv', 2, 'ministry,,MINISTRY,NATIONAL,GR,,,']),
    expect: { file: 'actors.csv', row: 3, column: 'name', reason: /is required/ },
  },
  {
    name: 'an amount that is not a number',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,ministry,athens,lots,EUR,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'amount', reason: /must be a number \(got "lots"\)/ },
  },
  {
    name: 'a strength that is not whole',
    files: [
      file('actors.csv', ACTORS),
      file('relations.csv', ['externalId,type,source,target,strength', 'r1,PARTNERS_WITH,ministry,athens,2.5']),
    ],
    expect: {
      file: 'relations.csv',
      row: 2,
      column: 'strength',
      reason: /whole number \(got "2.5"\)/,
      suggestion: '3',
    },
  },
  {
    name: 'a confidence above 1',
    files: [
      file('actors.csv', ACTORS),
      file('relations.csv', ['externalId,type,source,target,confidence', 'r1,PARTNERS_WITH,ministry,athens,1.5']),
    ],
    expect: { file: 'relations.csv', row: 2, column: 'confidence', reason: /from 0 to 1 \(got 1.5\)/ },
  },
  {
    name: 'a boolean that is neither true nor false',
    files: [
      file('actors.csv', ACTORS),
      file('relations.csv', ['externalId,type,source,target,formal', 'r1,PARTNERS_WITH,ministry,athens,maybe']),
    ],
    expect: { file: 'relations.csv', row: 2, column: 'formal', reason: /true or false \(got "maybe"\)/ },
  },
  {
    name: 'a currency sign instead of a code',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,ministry,athens,250000,€,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'currency', reason: /ISO 4217.*"€"/, suggestion: 'EUR' },
  },
  {
    name: 'an unknown relation type, with the closest type suggested',
    files: csvWith(['relations.csv', 1, 'r1,FUND,ministry,athens,250000,EUR,2018,']),
    expect: {
      file: 'relations.csv',
      row: 2,
      column: 'type',
      reason: /not a type we know: "FUND"/,
      suggestion: 'FUNDS',
    },
  },
  {
    name: 'an unknown mode, with the closest mode suggested',
    files: [
      file('actors.csv', ACTORS),
      file('relations.csv', ['externalId,type,source,target,mode', 'r1,PARTNERS_WITH,ministry,athens,cooperate']),
    ],
    expect: {
      file: 'relations.csv',
      row: 2,
      column: 'mode',
      reason: /not a mode we know: "cooperate"/,
      suggestion: 'COOPERATION',
    },
  },
  {
    name: 'a website that is not a URL',
    files: csvWith(['actors.csv', 1, 'athens,City of Athens,MUNICIPALITY,LOCAL,GR,,,www athens']),
    expect: { file: 'actors.csv', row: 2, column: 'website', reason: /absolute http\(s\) URL/ },
  },
  {
    name: 'an externalId with spaces',
    files: csvWith(['actors.csv', 2, 'the ministry,Ministry,MINISTRY,NATIONAL,GR,,,']),
    expect: { file: 'actors.csv', row: 3, column: 'externalId', reason: /letters, digits/ },
  },
  {
    name: 'a relation from an actor to itself',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,athens,athens,250000,EUR,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'target', reason: /must differ from sourceId/ },
  },
  {
    name: 'a period that ends before it starts',
    files: csvWith(['relations.csv', 1, 'r1,FUNDS,ministry,athens,250000,EUR,2018,2016']),
    expect: { file: 'relations.csv', row: 2, column: 'until', reason: /must not be before since/ },
  },
  {
    name: 'an amount on a relation that is not FUNDS',
    files: csvWith(['relations.csv', 1, 'r1,PARTNERS_WITH,ministry,athens,250000,EUR,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'amount', reason: /only FUNDS relations carry an amount/ },
  },
  {
    name: 'a relation without a type',
    files: csvWith(['relations.csv', 1, 'r1,,ministry,athens,,,2018,']),
    expect: { file: 'relations.csv', row: 2, column: 'type', reason: /is required/ },
  },
  {
    name: 'a visibility we do not know',
    files: [file('actors.csv', ['externalId,name,kind,tier,visibility', 'athens,Athens,MUNICIPALITY,LOCAL,secret'])],
    expect: { file: 'actors.csv', row: 2, column: 'visibility', reason: /not a visibility we know: "secret"/ },
  },
  {
    name: 'an origin country code that does not exist',
    files: [
      file('actors.csv', [
        'externalId,name,kind,tier,originCountries',
        'assoc,Association,DIASPORA_ORGANISATION,LOCAL,SN|QQ',
      ]),
    ],
    expect: { file: 'actors.csv', row: 2, column: 'originCountries', reason: /"QQ"/ },
  },
  {
    name: 'a population served we do not know, with the closest one suggested',
    files: [
      file('actors.csv', [
        'externalId,name,kind,tier,populationsServed',
        'ngo,NGO,NGO,LOCAL,refugees|unaccompanied childen',
      ]),
    ],
    expect: {
      file: 'actors.csv',
      row: 2,
      column: 'populationsServed',
      reason: /not a populationsServed we know: "unaccompanied childen"; did you mean UNACCOMPANIED_CHILDREN/,
      suggestion: 'UNACCOMPANIED_CHILDREN',
    },
  },
  {
    name: 'a language written as its name, with its ISO 639-1 code suggested',
    files: [file('actors.csv', ['externalId,name,kind,tier,languages', 'ngo,NGO,NGO,LOCAL,fr|Wolof'])],
    expect: {
      file: 'actors.csv',
      row: 2,
      column: 'languages',
      reason: /ISO 639-1 language code.*\(got "Wolof"\); did you mean wo\?/,
      suggestion: 'wo',
    },
  },
  {
    name: 'a name with control characters',
    files: [file('actors.csv', ['externalId,name,kind,tier', 'a1,Bad\u0007name,NGO,LOCAL'])],
    expect: { file: 'actors.csv', row: 2, column: 'name', reason: /control characters/ },
  },
  {
    name: 'a source that names no record of the import',
    files: csvWith(['sources.csv', 1, 'nobody,report.txt,A quote.']),
    expect: { file: 'sources.csv', row: 2, column: 'subject', reason: /no actor or relation with externalId "nobody"/ },
  },
  {
    name: 'a source that says where it comes from nowhere',
    files: csvWith(['sources.csv', 1, 'athens,,A quote without a document.']),
    expect: { file: 'sources.csv', row: 2, column: 'title', reason: /needs at least a title, a url or a document/ },
  },
  {
    name: 'a source accessed on a bad date',
    files: csvWith(['sources.csv', 0, 'subject,document,accessed'], ['sources.csv', 1, 'athens,report.txt,2019-02-30']),
    expect: { file: 'sources.csv', row: 2, column: 'accessed', reason: /YYYY-MM-DD \(got "2019-02-30"\)/ },
  },
  {
    name: 'a quoted field that is never closed',
    files: [
      file('actors.csv', [
        'externalId,name,kind,tier',
        'a1,Fine,NGO,LOCAL',
        'a2,"Never closed,NGO,LOCAL',
        'a3,Other,NGO,LOCAL',
      ]),
    ],
    expect: { file: 'actors.csv', row: 3, column: null, reason: /quoted field is never closed/ },
  },
  {
    name: 'an empty file',
    files: [file('actors.csv', '')],
    expect: { file: 'actors.csv', row: 1, column: null, reason: /has no header row/ },
  },
  {
    name: 'a JSON file that is not JSON',
    format: 'JSON',
    files: [file('graph.json', '{"actors": [')],
    expect: { file: 'graph.json', row: null, column: null, reason: /is not JSON/ },
  },
  {
    name: 'a JSON actor whose aliases are not a list',
    format: 'JSON',
    files: [
      file(
        'graph.json',
        JSON.stringify({
          actors: [{ externalId: 'a1', name: 'A', kind: 'NGO', tier: 'LOCAL', aliases: 'AA' }],
          relations: [],
        }),
      ),
    ],
    expect: {
      file: 'graph.json',
      row: null,
      element: 'actors[0]',
      column: 'aliases',
      reason: /must be a list of strings/,
    },
  },
  {
    name: 'a GraphML file that is not well-formed',
    format: 'GRAPHML',
    files: [file('graph.graphml', GRAPHML(`${NODE('a1')}\n    <node id="a2"><data key="d0">Broken</node>`))],
    expect: { file: 'graph.graphml', row: 9, column: null, reason: /not well-formed XML/ },
  },
  {
    name: 'a GraphML edge whose end is no node',
    format: 'GRAPHML',
    files: [
      file(
        'graph.graphml',
        GRAPHML(
          `${NODE('a1')}\n${NODE('a2')}\n    <edge id="e1" source="a1" target="a9"><data key="d3">PARTNERS_WITH</data></edge>`,
        ),
      ),
    ],
    expect: {
      file: 'graph.graphml',
      row: 10,
      element: 'edge e1',
      column: 'target',
      reason: /no actor with externalId "a9"/,
    },
  },
  {
    name: 'a GEXF node with an unknown tier',
    format: 'GEXF',
    files: [
      file(
        'graph.gexf',
        `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="tier" type="string"/></attributes>
<nodes><node id="n1" label="One"><attvalues><attvalue for="0" value="NGO"/><attvalue for="1" value="city"/></attvalues></node></nodes>
<edges/></graph></gexf>`,
      ),
    ],
    expect: { file: 'graph.gexf', row: 4, element: 'node n1', column: 'tier', reason: /not a tier we know: "city"/ },
  },
];

describe('importFiles refuses broken files and rows', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let before: Awaited<ReturnType<typeof workspaceCounts>>;
  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'import-problems');
    before = await workspaceCounts(api.db, ws.id);
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('has at least 30 kinds of broken rows and files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'reports %s with its file, row and column, and writes nothing',
    async (_name, c) => {
      const report = await importFiles(api.db, SYSTEM, ws.slug, c.files, { format: c.format ?? 'CSV' });
      const found = report.problems.find((p) => c.expect.reason.test(p.reason));
      expect(found).toBeDefined();
      expect(found).toMatchObject({
        file: c.expect.file,
        row: c.expect.row,
        column: c.expect.column,
        ...(c.expect.element ? { element: c.expect.element } : {}),
        ...(c.expect.suggestion ? { suggestion: c.expect.suggestion } : {}),
      });
      expect(report.written).toBe(false);
      expect(report.result).toBeNull();
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
      expect(before.actors).toBe(0);
    },
  );

  it('reports every problem of a file at once, not only the first', async () => {
    const report = await importFiles(
      api.db,
      SYSTEM,
      ws.slug,
      csvWith(
        ['actors.csv', 1, 'athens,City of Athens,Municipalty,LOCAL,Greece,,2018-13,'],
        ['relations.csv', 1, 'r1,FUND,ministry,nowhere,250000,,2018,'],
      ),
      { format: 'CSV' },
    );
    expect(report.problems.map((p) => `${p.file}:${p.row}:${p.column}`).sort()).toEqual(
      ['actors.csv:2:country', 'actors.csv:2:founded', 'actors.csv:2:kind', 'relations.csv:2:type'].sort(),
    );
    expect(report.actors.refused).toEqual(['athens']);
    expect(report.relations.refused).toEqual(['r1']);
  });
});

describe('imports keep one identifier to one actor (docs/adr/0031)', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let holderId: string;
  const actorsCsv = (...rows: string[]) => file('actors.csv', ['externalId,name,kind,tier,identifiers', ...rows]);
  const held = (payload: Omit<ImportPayload, 'relations'>) =>
    importGraph(api.db, SYSTEM, ws.slug, { ...payload, relations: [] });
  const actorOf = async (externalId: string) =>
    (await api.db.readTransaction((tx) => actorsByExternalIds(tx, ws.id, [externalId])))[0]!;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'import-identifiers');
    await held({
      actors: [{ externalId: 'holder', name: 'Holder NGO', kind: 'NGO', tier: 'LOCAL', identifiers: ['WIKIDATA:Q42'] }],
    });
    holderId = (await actorOf('holder')).id;
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it.each([false, true])(
    'refuses a row whose identifier another actor of the workspace holds, naming it (dry run: %s)',
    async (dryRun) => {
      const before = await workspaceCounts(api.db, ws.id);
      const report = await importFiles(
        api.db,
        SYSTEM,
        ws.slug,
        [actorsCsv('fresh,Fresh NGO,NGO,LOCAL,', 'second,Second NGO,NGO,LOCAL,WIKIDATA:Q42')],
        { format: 'CSV', dryRun },
      );
      expect(report.problems).toEqual([
        expect.objectContaining({
          file: 'actors.csv',
          row: 3,
          column: 'identifiers',
          // The file's reason names the identifier's place in the cell's list, as for its format.
          reason: `identifiers.0: WIKIDATA:Q42 is already an identifier of actor ${holderId} (Holder NGO); merge the two if they are one organisation`,
        }),
      ]);
      expect(report.actors.refused).toEqual(['second']);
      expect(report.written).toBe(false);
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    },
  );

  it('refuses the second of two rows of a file that give one identifier, naming the first', async () => {
    const report = await importFiles(
      api.db,
      SYSTEM,
      ws.slug,
      [
        actorsCsv(
          'one,First charity,NGO,LOCAL,CHARITY_NUMBER:1089464',
          'two,Second charity,NGO,LOCAL,CHARITY_NUMBER:1089464',
        ),
      ],
      { format: 'CSV', dryRun: true },
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'actors.csv',
        row: 3,
        column: 'identifiers',
        reason: expect.stringMatching(
          /CHARITY_NUMBER:1089464 is also an identifier of actor "one" \(First charity\) in this import/,
        ),
      }),
    ]);
    expect(report.actors.refused).toEqual(['two']);
  });

  it('refuses it through importGraph too, at the identifier, writing nothing', async () => {
    const before = await workspaceCounts(api.db, ws.id);
    const refused = held({
      actors: [{ externalId: 'other', name: 'Other NGO', kind: 'NGO', tier: 'LOCAL', identifiers: [' WIKIDATA:Q42'] }],
    });
    await expect(refused).rejects.toMatchObject({
      problems: [
        {
          field: ['actors', 0, 'identifiers', 0],
          reason: expect.stringContaining(`WIKIDATA:Q42 is already an identifier of actor ${holderId} (Holder NGO)`),
        },
      ],
    });
    expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
  });

  it('accepts the holder re-imported with its identifier, and an identifier moved from one actor to another in one import', async () => {
    const again = await held({
      actors: [{ externalId: 'holder', name: 'Holder NGO', kind: 'NGO', tier: 'LOCAL', identifiers: ['WIKIDATA:Q42'] }],
    });
    expect(again.actorsUnchanged).toBe(1);
    await held({
      actors: [
        { externalId: 'holder', name: 'Holder NGO', kind: 'NGO', tier: 'LOCAL', identifiers: [] },
        { externalId: 'heir', name: 'Heir NGO', kind: 'NGO', tier: 'LOCAL', identifiers: ['WIKIDATA:Q42'] },
      ],
    });
    expect((await actorOf('holder')).identifiers).toEqual([]);
    expect((await actorOf('heir')).identifiers).toEqual(['WIKIDATA:Q42']);
  });
});
