import { startMigratedTestApi, workspaceCounts } from '../../helpers/domain-fixture';
import type { TestApi, TestUser } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const START = `mutation($ws: ID!, $input: StartImportInput!) { startImport(workspace: $ws, input: $input) { id status } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { id status phase done total error { code message }
  report { dryRun written problemCount problems { file row column reason suggestion }
    actors { createdCount updatedCount unchangedCount refusedCount created refused }
    relations { createdCount refusedCount }
    result { actorsCreated relationsCreated sourcesCreated } } } }`;

interface JobAnswer {
  status: string;
  phase: string;
  done: number;
  total: number;
  error: { code: string } | null;
  report: {
    dryRun: boolean;
    written: boolean;
    problemCount: number;
    problems: Array<{ file: string; row: number; column: string; reason: string; suggestion: string | null }>;
    actors: { createdCount: number; refusedCount: number; created: string[]; refused: string[] };
    relations: { createdCount: number; refusedCount: number };
    result: { actorsCreated: number; relationsCreated: number } | null;
  } | null;
}

const ACTORS = 'externalId,name,kind,tier,country\na1,One,NGO,LOCAL,GR\na2,Two,MINISTRY,NATIONAL,Greece\n';
const RELATIONS = 'externalId,type,source,target\nr1,PARTNERS_WITH,a1,a2\n';

describe('import and export over HTTP', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let stranger: TestUser;
  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'import-api');
    stranger = await api.signUpUser('import-stranger');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  const upload = async (name: string, body: string, headers = api.admin!.headers) =>
    fetch(`${api.origin}/import/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', headers, body });
  const uploadId = async (name: string, body: string) =>
    ((await (await upload(name, body)).json()) as { uploadId: string }).uploadId;
  async function finished(id: string, headers?: Record<string, string>): Promise<JobAnswer> {
    for (let i = 0; i < 200; i += 1) {
      const { importJob } = dataOf(await api.gql<{ importJob: JobAnswer }>(JOB, { id }, headers ? { headers } : {}));
      if (importJob.status !== 'RUNNING') return importJob;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import job did not finish');
  }

  it('uploads files, answers a dry run with the problems, then imports the fixed files; the job reports progress', async () => {
    const files = [
      { uploadId: await uploadId('actors.csv', ACTORS), kind: null },
      { uploadId: await uploadId('relations.csv', RELATIONS) },
    ];
    const started = dataOf(
      await api.gql<{ startImport: { id: string; status: string } }>(START, {
        ws: ws.slug,
        input: { files, format: 'CSV', dryRun: true },
      }),
    );
    const dry = await finished(started.startImport.id);
    expect(dry.status).toBe('DONE');
    expect(dry.report).toMatchObject({ dryRun: true, written: false, problemCount: 2 });
    expect(dry.report!.problems[0]).toMatchObject({ file: 'actors.csv', row: 3, column: 'country', suggestion: 'GR' });
    expect(dry.report!.problems[1]).toMatchObject({
      file: 'relations.csv',
      row: 2,
      column: 'target',
      reason: 'actor "a2" is refused (see its own row)',
    });
    expect(dry.report!.actors).toMatchObject({ refused: ['a2'], refusedCount: 1 });
    expect((await workspaceCounts(api.db, ws.id)).actors).toBe(0);
    const table = await fetch(`${api.origin}/import/jobs/${started.startImport.id}/problems.csv`, {
      headers: api.admin!.headers,
    });
    expect(table.headers.get('content-disposition')).toBe('attachment; filename="import-problems.csv"');
    const bytes = Buffer.from(await table.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a mark, so that Excel reads UTF-8
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('file,row,element,column,field,reason,suggestion');
    expect(lines[1]).toMatch(
      /^actors\.csv,3,,country,country,"must be an ISO 3166-1 alpha-2 country code such as GR or SN \(got ""Greece""\); did you mean GR\?",GR$/,
    );
    const theirs = await fetch(`${api.origin}/import/jobs/${started.startImport.id}/problems.csv`, {
      headers: stranger.headers,
    });
    expect(theirs.status).toBe(404);

    const fixed = [{ uploadId: await uploadId('actors.csv', ACTORS.replace('Greece', 'GR')) }, files[1]!];
    const job = dataOf(
      await api.gql<{ startImport: { id: string } }>(START, {
        ws: ws.slug,
        input: { files: fixed, format: 'CSV', batchSize: 1 },
      }),
    );
    const done = await finished(job.startImport.id);
    expect(done).toMatchObject({ status: 'DONE', phase: 'FINISHED', done: 3, total: 3 });
    expect(done.report!.result).toMatchObject({ actorsCreated: 2, relationsCreated: 1 });
    expect(done.report!.actors.created).toEqual(['a1', 'a2']);
    expect(await workspaceCounts(api.db, ws.id)).toMatchObject({ actors: 2, relations: 1 });
  });

  it('downloads an export with the same credentials, and only what the caller may see', async () => {
    const response = await fetch(`${api.origin}/export?workspace=${ws.slug}&format=graphml`, {
      headers: api.admin!.headers,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${ws.slug}.graphml"`);
    const text = await response.text();
    expect(text).toContain('<node id="a1">');
    expect(text).toContain('<edge id="r1" source="a1" target="a2" directed="false">');
    const csv = await (
      await fetch(`${api.origin}/export?workspace=${ws.slug}&format=CSV_ACTORS&tiers=NATIONAL`, {
        headers: { 'x-tiermap-viewer': 'anonymous' },
      })
    ).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('a2,Two');
  });

  it('downloads XLSX; refuses bad export parameters with BAD_USER_INPUT and the field', async () => {
    const workbook = await fetch(`${api.origin}/export?workspace=${ws.slug}&format=xlsx`, {
      headers: api.admin!.headers,
    });
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect([...Buffer.from(await workbook.arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK
    const response = await fetch(`${api.origin}/export?workspace=${ws.slug}&format=pdf`, {
      headers: api.admin!.headers,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    const missing = await fetch(`${api.origin}/export?workspace=no-such-map&format=JSON`, {
      headers: api.admin!.headers,
    });
    expect(missing.status).toBe(404);
  });

  it('refuses uploads from anonymous visitors, over the size limit, and imports by non-editors', async () => {
    const anonymous = await upload('actors.csv', ACTORS, { 'x-tiermap-viewer': 'anonymous' } as never);
    expect(anonymous.status).toBe(401);
    const large = await fetch(`${api.origin}/import/uploads?name=big.csv`, {
      method: 'POST',
      headers: { ...api.admin!.headers, 'content-length': String(10 * 1024 * 1024 * 1024) },
      body: 'x',
    }).catch(() => null);
    // Announced larger than the limit: answered 413 before the body is read (or the socket closed).
    if (large) expect(large.status).toBe(413);
    const id = ((await (await upload('actors.csv', ACTORS, stranger.headers)).json()) as { uploadId: string }).uploadId;
    const refused = await api.gql(
      START,
      { ws: ws.slug, input: { files: [{ uploadId: id }], format: 'CSV' } },
      { headers: stranger.headers },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notTheirs = await api.gql(START, { ws: ws.slug, input: { files: [{ uploadId: id }], format: 'CSV' } });
    expect(notTheirs.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.files.0.uploadId' });
  });

  it("answers NOT_FOUND for another viewer's job, and BAD_USER_INPUT for a mapping to an unknown field", async () => {
    const files = [{ uploadId: await uploadId('actors.csv', ACTORS) }];
    const started = dataOf(
      await api.gql<{ startImport: { id: string } }>(START, {
        ws: ws.slug,
        input: { files, format: 'CSV', dryRun: true },
      }),
    );
    const other = await api.gql(JOB, { id: started.startImport.id }, { headers: stranger.headers });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const badMapping = await api.gql(START, {
      ws: ws.slug,
      input: { files, format: 'CSV', mapping: [{ record: 'ACTOR', column: 'Org', field: 'nickname' }] },
    });
    expect(badMapping.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.mapping.0.field',
    });
    await finished(started.startImport.id);
  });
});
