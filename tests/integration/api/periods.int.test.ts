import { createActor, createRelation, errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

interface PeriodData {
  id: string;
  name: string;
  kind: string | null;
  since: string;
  until: string | null;
}

const CREATE = `mutation($ws: ID!, $input: PeriodInput!) { createPeriod(workspace: $ws, input: $input) { id name kind since until } }`;

describe('named periods', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let first: PeriodData;
  let second: PeriodData;
  let office: string;

  const periods = async () =>
    dataOf(
      await api.gql<{ periods: PeriodData[] }>(
        'query($ws: ID!) { periods(workspace: $ws) { id name kind since until } }',
        { ws: ws.id },
      ),
    ).periods;
  const brokerIds = async (variables: { asOf?: string; period?: string }) =>
    dataOf(
      await api.gql<{ analytics: { brokers: { actors: Array<{ actorId: string }> } } }>(
        `query($ws: ID!, $asOf: String, $period: ID) { analytics(workspace: $ws, asOf: $asOf, period: $period) { brokers(top: 50) { actors { actorId } } } }`,
        { ws: ws.id, asOf: null, period: null, ...variables },
      ),
    )
      .analytics.brokers.actors.map((row) => row.actorId)
      .sort();

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'periods');
    office = (
      await createActor(api, ws.id, { name: 'Period office', kind: 'MUNICIPALITY', since: '2016', until: '2018' })
    ).id;
    const ngo = (await createActor(api, ws.id, { name: 'Period NGO' })).id;
    const other = (await createActor(api, ws.id, { name: 'Period network', kind: 'NETWORK' })).id;
    await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: office, targetId: ngo });
    await createRelation(api, ws.id, { type: 'MEMBER_OF', sourceId: ngo, targetId: other, since: '2019' });
    first = dataOf(
      await api.gql<{ createPeriod: PeriodData }>(CREATE, {
        ws: ws.id,
        input: { name: 'First government', kind: 'government', since: '2015-01', until: '2017-06' },
      }),
    ).createPeriod;
    second = dataOf(
      await api.gql<{ createPeriod: PeriodData }>(CREATE, {
        ws: ws.id,
        input: { name: 'Second government', kind: 'government', since: '2017-07', until: '2020' },
      }),
    ).createPeriod;
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('lists the periods of a workspace, earliest first', async () => {
    expect(await periods()).toEqual([first, second]);
    expect(first).toMatchObject({ name: 'First government', kind: 'government', since: '2015-01', until: '2017-06' });
  });

  it('answers an analysis as of a period like one as of its last day', async () => {
    const byPeriod = await brokerIds({ period: first.id });
    expect(byPeriod).toEqual(await brokerIds({ asOf: '2017-06-30' }));
    expect(byPeriod).toContain(office);
    expect(await brokerIds({ period: second.id })).not.toContain(office);
  });

  it('takes two periods in a diff', async () => {
    const answer = await api.gql<{ analytics: { diff: { from: string; to: string; endedActorIds: string[] } } }>(
      'query($ws: ID!, $a: ID!, $b: ID!) { analytics(workspace: $ws) { diff(fromPeriod: $a, toPeriod: $b) { from to endedActorIds } } }',
      { ws: ws.id, a: first.id, b: second.id },
    );
    expect(dataOf(answer).analytics.diff).toEqual({ from: '2017-06-30', to: '2020-12-31', endedActorIds: [office] });
  });

  it('refuses a bad period, a period with a date, an unknown period and a diff without its start, writing nothing', async () => {
    const bad = await api.gql(CREATE, { ws: ws.id, input: { name: 'Backwards', since: '2020', until: '2019' } });
    expect(errorOf(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.until' });
    const undated = await api.gql(CREATE, { ws: ws.id, input: { name: 'Undated', since: 'later' } });
    expect(errorOf(undated).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.since' });
    const both = await api.gql(
      'query($ws: ID!, $p: ID!) { analytics(workspace: $ws, asOf: "2016-01-01", period: $p) { actorCount } }',
      { ws: ws.id, p: first.id },
    );
    expect(errorOf(both).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const unknown = await api.gql('query($ws: ID!) { analytics(workspace: $ws, period: "nope") { actorCount } }', {
      ws: ws.id,
    });
    expect(errorOf(unknown).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'period' });
    const noStart = await api.gql('query($ws: ID!) { analytics(workspace: $ws) { diff(to: "2020") { from } } }', {
      ws: ws.id,
    });
    expect(errorOf(noStart).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(await periods()).toEqual([first, second]);
  });

  it('lets editors only name and delete periods', async () => {
    const anonymous = await api.gql(
      CREATE,
      { ws: ws.id, input: { name: 'Anonymous', since: '2020' } },
      { headers: { 'x-tiermap-viewer': 'anonymous' } },
    );
    expect(['UNAUTHENTICATED', 'NOT_FOUND']).toContain(errorOf(anonymous).extensions?.code);
    const stranger = await api.signUpUser('period-outsider');
    const removal = await api.gql(
      'mutation($id: ID!) { deletePeriod(id: $id) { id } }',
      { id: first.id },
      { headers: stranger.headers },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(removal).extensions?.code);
    expect(await periods()).toEqual([first, second]);
    dataOf(await api.gql('mutation($id: ID!) { deletePeriod(id: $id) { id } }', { id: first.id }));
    expect(await periods()).toEqual([second]);
  });
});
