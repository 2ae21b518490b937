/**
 * Two API processes on one database, as replicas behind a proxy: nothing only one process knows.
 * A write through one is read at once through the other, which waits for the write's bookmark
 * (X-Tiermap-Bookmark); analytics served by the other reflect it (their caches are keyed by
 * revisions read from the database); sign-ins made by one are honoured by the other. The second
 * process connects with the neo4j:// routing scheme a cluster needs.
 */
import { postAs, startTestApi, type TestApi } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const SHARED = { TIERMAP_SECRET: 'two-processes-test-secret-of-32-characters+' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field below
type Data = Record<string, any>;

async function post(api: TestApi, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const answer = await postAs<Data>(api, query, variables, headers);
  return { ...answer, bookmark: answer.headers.get('x-tiermap-bookmark') };
}

const CREATE = `mutation($ws: ID!, $name: String!) {
  createActor(workspace: $ws, input: { name: $name, kind: NGO, tier: LOCAL }) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $name: String!) { updateActor(id: $id, expectedVersion: $v, input: { name: $name }) { version } }`;
const READ = `query($id: ID!) { actor(id: $id) { name version } }`;
const ANALYTICS = `query($ws: ID!) { analytics(workspace: $ws) { revision actorCount tierMatrix { tiers { count } } } }`;

describe('two API processes on one database', () => {
  let one: TestApi;
  let two: TestApi;
  let ws: TestWorkspace;
  let admin: Record<string, string>;

  beforeAll(async () => {
    one = await startTestApi({ env: SHARED });
    const routing = process.env.NEO4J_URI!.replace(/^bolt:/, 'neo4j:');
    two = await startTestApi({ env: { ...SHARED, NEO4J_URI: routing } });
    ws = await createTestWorkspace(one, 'two-processes');
    // Signed in through the first process; the second verifies the same token.
    admin = one.admin!.headers;
  });
  afterAll(async () => {
    await ws.remove();
    await Promise.all([one.close(), two.close()]);
  });

  it('answers a write with a sealed bookmark, and a read through the other process sees the write', async () => {
    const created = await post(one, CREATE, { ws: ws.id, name: 'Written through one' }, admin);
    expect(created.status).toBe(200);
    expect(created.bookmark).toBeTruthy();
    // Sealed: the raw Neo4j bookmark is not shown.
    expect(created.bookmark).not.toMatch(/^FB:|"/);
    const id = created.body.data!.createActor.id as string;
    const read = await post(two, READ, { id }, { ...admin, 'x-tiermap-bookmark': created.bookmark! });
    expect(read.body).toEqual({ data: { actor: { name: 'Written through one', version: 1 } } });
    // A read answers without a bookmark of its own.
    expect(read.bookmark).toBeNull();

    for (let round = 2; round <= 6; round++) {
      const updated = await post(one, UPDATE, { id, v: round - 1, name: `Round ${round}` }, admin);
      expect(updated.body.data?.updateActor).toEqual({ version: round });
      const again = await post(two, READ, { id }, { ...admin, 'x-tiermap-bookmark': updated.bookmark! });
      expect(again.body.data?.actor).toEqual({ name: `Round ${round}`, version: round });
    }
  });

  it('serves analytics through the other process that reflect the write', async () => {
    const before = await post(two, ANALYTICS, { ws: ws.id }, admin);
    const count = before.body.data!.analytics.actorCount as number;
    const created = await post(one, CREATE, { ws: ws.id, name: 'Counted by two' }, admin);
    const after = await post(two, ANALYTICS, { ws: ws.id }, { ...admin, 'x-tiermap-bookmark': created.bookmark! });
    expect(after.body.data!.analytics.actorCount).toBe(count + 1);
    expect(after.body.data!.analytics.revision).not.toBe(before.body.data!.analytics.revision);
    // And the first process, which computed nothing yet for this revision, agrees.
    const fromOne = await post(one, ANALYTICS, { ws: ws.id }, admin);
    expect(fromOne.body.data!.analytics).toEqual(after.body.data!.analytics);
  });

  it('refuses a bookmark it did not give, with a JSON 400 and nothing done', async () => {
    for (const bookmark of ['FB:kcwQxyz', 'not a bookmark', 'x'.repeat(5000)]) {
      const answer = await post(
        two,
        CREATE,
        { ws: ws.id, name: 'Never written' },
        { ...admin, 'x-tiermap-bookmark': bookmark },
      );
      expect({ bookmark: bookmark.slice(0, 20), status: answer.status }).toEqual({
        bookmark: bookmark.slice(0, 20),
        status: 400,
      });
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    }
    const stranger = await startTestApi({ env: { TIERMAP_SECRET: 'another-deployment-secret-of-32-characters' } });
    try {
      const foreign = await post(stranger, CREATE, { ws: ws.id, name: 'Foreign write' }, stranger.admin!.headers);
      const answer = await post(two, READ, { id: 'x' }, { ...admin, 'x-tiermap-bookmark': foreign.bookmark! });
      expect(answer.status).toBe(400);
    } finally {
      await stranger.close();
    }
    const names = await post(
      one,
      `query($ws: ID!) { actors(workspace: $ws, first: 100) { edges { node { name } } } }`,
      { ws: ws.id },
      admin,
    );
    expect(JSON.stringify(names.body)).not.toContain('Never written');
  });
});
