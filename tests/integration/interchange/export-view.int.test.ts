import { startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const START = `mutation($ws: ID!, $input: StartImportInput!) { startImport(workspace: $ws, input: $input) { id } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { status report { problemCount written } } }`;

const ACTORS = `externalId,name,kind,tier,country,visibility
ngo,Local NGO,NGO,LOCAL,GR,PUBLIC
min,Ministry,MINISTRY,NATIONAL,GR,PUBLIC
uni,University,ACADEMIC,NATIONAL,GR,PUBLIC
secret,Hidden NGO,NGO,LOCAL,GR,RESTRICTED
`;
const RELATIONS = `externalId,type,source,target,mode,engagement,visibility,since,until
r-partner,PARTNERS_WITH,ngo,min,COOPERATION,COLLABORATE,PUBLIC,2016,
r-consult,CONSULTS,min,ngo,CO_OPTATION,CONSULT,PUBLIC,2012,2014-06
r-advocate,ADVOCATES_TO,uni,min,CONFRONTATION,INFORM,PUBLIC,,
r-hidden,PARTNERS_WITH,secret,min,COOPERATION,COLLABORATE,PUBLIC,,
`;

/** The externalIds in a CSV export (its first column), without the header. */
const ids = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0]);

describe('GET /export of a filtered view (the map’s facets)', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'export-view');
    const files = [];
    for (const [name, body] of [
      ['actors.csv', ACTORS],
      ['relations.csv', RELATIONS],
    ] as const) {
      const answer = await fetch(`${api.origin}/import/uploads?name=${name}`, {
        method: 'POST',
        headers: api.admin!.headers,
        body,
      });
      files.push({ uploadId: ((await answer.json()) as { uploadId: string }).uploadId });
    }
    const { startImport } = dataOf(
      await api.gql<{ startImport: { id: string } }>(START, { ws: ws.slug, input: { files, format: 'CSV' } }),
    );
    for (;;) {
      const { importJob } = dataOf(
        await api.gql<{ importJob: { status: string; report: { problemCount: number; written: boolean } } }>(JOB, {
          id: startImport.id,
        }),
      );
      if (importJob.status !== 'RUNNING') {
        expect(importJob).toMatchObject({ status: 'DONE', report: { problemCount: 0, written: true } });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  const get = async (query: string, headers: Record<string, string> = api.admin!.headers) =>
    fetch(`${api.origin}/export?workspace=${ws.slug}&${query}`, { headers });

  it('keeps the actors of the chosen sectors, and the relations between them', async () => {
    expect(ids(await (await get('format=CSV_ACTORS&sectors=CIVIL_SOCIETY,GOVERNMENT')).text())).toEqual([
      'min',
      'ngo',
      'secret',
    ]);
    expect(ids(await (await get('format=CSV_RELATIONS&sectors=CIVIL_SOCIETY,GOVERNMENT')).text())).toEqual([
      'r-consult',
      'r-hidden',
      'r-partner',
    ]);
  });

  it('keeps the relations of the chosen types, modes and engagement levels', async () => {
    expect(ids(await (await get('format=CSV_RELATIONS&types=PARTNERS_WITH')).text())).toEqual([
      'r-hidden',
      'r-partner',
    ]);
    expect(ids(await (await get('format=CSV_RELATIONS&modes=CONFRONTATION,CO_OPTATION')).text())).toEqual([
      'r-advocate',
      'r-consult',
    ]);
    expect(ids(await (await get('format=CSV_RELATIONS&engagements=CONSULT&types=CONSULTS,FUNDS')).text())).toEqual([
      'r-consult',
    ]);
    const graphml = await (await get('format=GRAPHML&types=ADVOCATES_TO')).text();
    expect(graphml).toContain('<edge id="r-advocate"');
    expect(graphml).not.toContain('<edge id="r-partner"');
  });

  it('keeps what was there on the as-of month of the time bar, and refuses a bad date', async () => {
    expect(ids(await (await get('format=CSV_RELATIONS&asOf=2013-05')).text())).toEqual([
      'r-advocate',
      'r-consult',
      'r-hidden',
    ]);
    expect(ids(await (await get('format=CSV_RELATIONS&asOf=2017-01&types=PARTNERS_WITH,CONSULTS')).text())).toEqual([
      'r-hidden',
      'r-partner',
    ]);
    const response = await get('format=JSON&asOf=2017-13');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.asOf' }] });
  });

  it('never gives a viewer what they may not see, whatever the filter', async () => {
    const anonymous = { 'x-tiermap-viewer': 'anonymous' };
    expect(ids(await (await get('format=CSV_ACTORS&sectors=CIVIL_SOCIETY', anonymous)).text())).toEqual(['ngo']);
    expect(ids(await (await get('format=CSV_RELATIONS&types=PARTNERS_WITH', anonymous)).text())).toEqual(['r-partner']);
  });

  it('refuses values outside the vocabularies with BAD_USER_INPUT, the field and the reason', async () => {
    for (const [query, field, reason] of [
      ['sectors=NGOS', 'filter.sectors.0', 'is not a sector: "NGOS"'],
      ['types=PARTNERS_WITH,LIKES', 'filter.types.1', 'is not a relation type: "LIKES"'],
      ['modes=cooperation', 'filter.modes.0', 'is not a mode: "cooperation"'],
      ['engagements=ALL', 'filter.engagements.0', 'is not an engagement level: "ALL"'],
    ] as const) {
      const response = await get(`format=JSON&${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
      expect(body.errors[0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field, reason }],
      });
    }
  });
});

describe('importFields', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startMigratedTestApi();
  });
  afterAll(() => api.close());

  it('lists the fields of each kind of record with their columns, other names and closed vocabularies', async () => {
    const { importFields } = dataOf(
      await api.gql<{
        importFields: Array<{ record: string; field: string; column: string; aliases: string[]; values: string[] }>;
      }>(
        '{ importFields { record field column aliases values } }',
        {},
        { headers: { 'x-tiermap-viewer': 'anonymous' } },
      ),
    );
    const actor = importFields.filter((spec) => spec.record === 'ACTOR').map((spec) => spec.field);
    expect(actor.slice(0, 5)).toEqual(['externalId', 'name', 'aliases', 'kind', 'tier']);
    // The sector is derived from the kind: written by exports, never read, so not offered.
    expect(actor).not.toContain('sector');
    const kind = importFields.find((spec) => spec.record === 'ACTOR' && spec.field === 'kind')!;
    expect(kind.values).toContain('NGO');
    expect(kind.aliases).toContain('actor type');
    const target = importFields.find((spec) => spec.record === 'RELATION' && spec.field === 'target')!;
    expect(target).toMatchObject({ column: 'target', values: [] });
    expect(importFields.some((spec) => spec.record === 'SOURCE' && spec.field === 'quote')).toBe(true);
  });
});
