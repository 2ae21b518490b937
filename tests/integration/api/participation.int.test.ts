import { closeAnalyticsService } from '../../../api/src/analytics/analytics-service';
import {
  createActor,
  createRelation,
  errorOf,
  startMigratedTestApi,
  workspaceCounts,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const CREATE = `mutation($ws: ID!, $input: RelationInput!) {
  createRelation(workspace: $ws, input: $input) { id type role } }`;
const UPDATE = `mutation($id: ID!, $input: RelationPatch!, $v: Int!) {
  updateRelation(id: $id, input: $input, expectedVersion: $v) { id type role version } }`;
const IMPORT = `mutation($ws: ID!, $input: ImportGraphInput!) { importGraph(workspace: $ws, input: $input) { relationsCreated } }`;

/**
 * Participations through the API: a role is required on PARTICIPATES_IN and refused elsewhere, stored
 * and imported; the analyses leave an event out of brokerage unless asked, and refuse a cross-border
 * reading that names no corridor. Six organisations in two pairs of chains all attend one summit.
 */
describe('participations and the event layer through the API', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const id: Record<string, string> = {};

  const brokers = async (filter: Record<string, unknown> | null) =>
    dataOf(
      await api.gql<{ analytics: { brokers: { actors: Array<{ actorId: string }> } } }>(
        `query($ws: ID!, $filter: AnalyticsFilter) { analytics(workspace: $ws, filter: $filter) { brokers(top: 3) { actors { actorId } } } }`,
        { ws: ws.id, filter },
      ),
    ).analytics.brokers.actors.map((row) => row.actorId);

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'participation');
    id.summit = (await createActor(api, ws.id, { name: 'Migration Summit', kind: 'EVENT', tier: 'GLOBAL' })).id;
    for (const name of ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'])
      id[name] = (await createActor(api, ws.id, { name: `Organisation ${name}`, country: 'GR' })).id;
    for (const [a, b] of [
      ['o1', 'o2'],
      ['o2', 'o3'],
      ['o4', 'o5'],
      ['o5', 'o6'],
    ] as const)
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: id[a], targetId: id[b] });
  });
  afterAll(async () => {
    await closeAnalyticsService(api.db);
    await ws.remove();
    await api.close();
  });

  it('stores a participation with its role, and refuses one without a role, writing nothing', async () => {
    const before = await workspaceCounts(api.db, ws.id);
    const missing = await api.gql(CREATE, {
      ws: ws.id,
      input: { type: 'PARTICIPATES_IN', sourceId: id.o1, targetId: id.summit },
    });
    expect(errorOf(missing).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    const misplaced = await api.gql(CREATE, {
      ws: ws.id,
      input: { type: 'MEMBER_OF', role: 'PARTICIPANT', sourceId: id.o1, targetId: id.summit },
    });
    expect(errorOf(misplaced).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    expect(errorOf(misplaced).message).toContain('only PARTICIPATES_IN relations carry a role');
    expect(await workspaceCounts(api.db, ws.id)).toEqual(before);

    for (const name of ['o1', 'o2', 'o3', 'o4', 'o5', 'o6']) {
      const answer = dataOf(
        await api.gql<{ createRelation: { type: string; role: string } }>(CREATE, {
          ws: ws.id,
          input: {
            type: 'PARTICIPATES_IN',
            role: name === 'o1' ? 'ORGANISER' : 'PARTICIPANT',
            sourceId: id[name],
            targetId: id.summit,
          },
        }),
      );
      expect(answer.createRelation).toMatchObject({
        type: 'PARTICIPATES_IN',
        role: name === 'o1' ? 'ORGANISER' : 'PARTICIPANT',
      });
    }
  });

  it('refuses a type change that would leave a participation without a role, and takes it with one', async () => {
    const tie = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: id.o6, targetId: id.o1 });
    const refused = await api.gql(UPDATE, { id: tie.id, v: tie.version, input: { type: 'PARTICIPATES_IN' } });
    expect(errorOf(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    const changed = dataOf(
      await api.gql<{ updateRelation: { type: string; role: string } }>(UPDATE, {
        id: tie.id,
        v: tie.version,
        input: { type: 'PARTICIPATES_IN', role: 'FUNDER' },
      }),
    );
    expect(changed.updateRelation).toMatchObject({ type: 'PARTICIPATES_IN', role: 'FUNDER' });
    const back = await api.gql(UPDATE, { id: tie.id, v: tie.version + 1, input: { type: 'SUPPORTS', role: null } });
    expect(dataOf(back as { data?: { updateRelation: { role: string | null } } }).updateRelation.role).toBeNull();
  });

  it('imports a participation with its role', async () => {
    const answer = await api.gql<{ importGraph: { relationsCreated: number } }>(IMPORT, {
      ws: ws.id,
      input: {
        actors: [
          { externalId: 'forum', name: 'Imported Forum', kind: 'EVENT', tier: 'GLOBAL' },
          { externalId: 'ngo', name: 'Imported NGO', kind: 'NGO', tier: 'LOCAL', country: 'GR' },
        ],
        relations: [{ externalId: 'p1', type: 'PARTICIPATES_IN', role: 'IMPLEMENTER', source: 'ngo', target: 'forum' }],
      },
    });
    expect(dataOf(answer).importGraph.relationsCreated).toBe(1);
    const rows = dataOf(
      await api.gql<{ relations: { edges: Array<{ node: { externalId: string; role: string } }> } }>(
        'query($ws: ID!) { relations(workspace: $ws, filter: { types: [PARTICIPATES_IN] }, first: 50) { edges { node { externalId role } } } }',
        { ws: ws.id },
      ),
    ).relations.edges.map((edge) => edge.node);
    expect(rows.find((row) => row.externalId === 'p1')?.role).toBe('IMPLEMENTER');
  });

  it('leaves the summit out of the brokers by default and ranks it first when the event layer is included', async () => {
    expect(await brokers(null)).not.toContain(id.summit);
    expect((await brokers({ eventLayer: 'INCLUDED' }))[0]).toBe(id.summit);
    expect(await brokers({ eventLayer: 'PROJECTED' })).not.toContain(id.summit);
  });

  it('refuses a cross-border reading that names no corridor, with the field', async () => {
    const answer = await api.gql(
      'query($ws: ID!) { analytics(workspace: $ws, filter: { crossBorder: { origin: "GR" } }) { gaps(theme: "reception") { gapCount } } }',
      { ws: ws.id },
    );
    expect(errorOf(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.crossBorder' });
  });
});
