/**
 * Concurrent writes that used to race: identical relations created at once, relations created or
 * restored while one of their actors is being deleted, a relation updated into a twin of one being
 * created, and many editors updating one actor. Each scenario runs several rounds, because a race
 * that is lost only some of the time must still be caught by one run.
 */
import {
  ACTOR_FIELDS,
  createActor,
  createRelation,
  historyOf,
  startMigratedTestApi,
  type ActorData,
  type GraphQLErrorData,
  type RelationData,
} from '../../helpers/domain-fixture';
import type { GraphQLAnswer, TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const CREATE_RELATION = `mutation($ws: ID!, $input: RelationInput!) {
  createRelation(workspace: $ws, input: $input) { id sourceId targetId type deletedAt }
}`;
const UPDATE_RELATION = `mutation($id: ID!, $input: RelationPatch!, $v: Int!) {
  updateRelation(id: $id, input: $input, expectedVersion: $v) { id type version }
}`;
const UPDATE_ACTOR = `mutation($id: ID!, $input: ActorPatch!, $v: Int!) {
  updateActor(id: $id, input: $input, expectedVersion: $v) { id aliases version }
}`;
const mutation = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id deletedAt } }`;
const DELETE_ACTOR = mutation('deleteActor');
const RESTORE_ACTOR = mutation('restoreActor');
const DELETE_RELATION = mutation('deleteRelation');
const RESTORE_RELATION = mutation('restoreRelation');
const RELATIONS = `query($ws: ID!, $filter: RelationListFilter) {
  relations(workspace: $ws, filter: $filter, first: 500) {
    totalCount
    edges { node { id type sourceId targetId deletedAt } }
  }
}`;

type RelationRow = Pick<RelationData, 'id' | 'type' | 'sourceId' | 'targetId' | 'deletedAt'>;

const ROUNDS = 5;
const CLIENTS = 20;

/** The one error of an answer that must have failed. */
function onlyError(answer: GraphQLAnswer<unknown>): GraphQLErrorData {
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors).toHaveLength(1);
  return answer.errors![0]!;
}

describe('concurrent writes', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  /** The relations with `actorId` at either end (deleted ones too when asked). */
  const relationsOf = async (actorId: string, includeDeleted = false): Promise<RelationRow[]> =>
    dataOf(
      await api.gql<{ relations: { edges: Array<{ node: RelationRow }> } }>(RELATIONS, {
        ws: ws.id,
        filter: { actorId, includeDeleted },
      }),
    ).relations.edges.map((edge) => edge.node);
  /** An actor as an editor reads it; again, as the README asks, while it is RECORD_BUSY. */
  const readActor = async (id: string): Promise<ActorData> => {
    for (;;) {
      const answer = await api.gql<{ actor: ActorData }>(`query($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS} } }`, {
        id,
      });
      if (answer.errors?.[0]?.extensions?.reason !== 'RECORD_BUSY') return dataOf(answer).actor;
    }
  };
  const actors = (prefix: string, count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => createActor(api, ws.id, { name: `${prefix} ${i + 1}` })));
  const sorted = (ids: Iterable<string>) => [...ids].sort();

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'write-races');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it(`creates one relation when ${CLIENTS} clients create the same one at once`, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const [a, b] = await actors(`Twin round ${round}`, 2);
      // Odd rounds: one directed relation sent 20 times. Even rounds: an undirected one, half of the
      // clients naming its ends the other way round (the same relation, and the locks must still be
      // taken in one order).
      const undirected = round % 2 === 0;
      const inputs = Array.from({ length: CLIENTS }, (_, i) =>
        undirected && i % 2 === 1
          ? { type: 'PARTNERS_WITH', sourceId: b!.id, targetId: a!.id, since: '2021' }
          : { type: undirected ? 'PARTNERS_WITH' : 'FUNDS', sourceId: a!.id, targetId: b!.id, since: '2021' },
      );
      const answers = await Promise.all(
        inputs.map((input) => api.gql<{ createRelation: RelationRow }>(CREATE_RELATION, { ws: ws.id, input })),
      );
      const created = answers
        .filter((answer) => answer.data?.createRelation)
        .map((answer) => answer.data!.createRelation);
      const refused = answers.filter((answer) => !answer.data?.createRelation).map(onlyError);
      expect({ round, created: created.length }).toEqual({ round, created: 1 });
      expect(refused).toHaveLength(CLIENTS - 1);
      for (const error of refused) {
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
        expect(error.message).toContain(created[0]!.id);
      }
      const live = await relationsOf(a!.id);
      expect(live.map((relation) => relation.id)).toEqual([created[0]!.id]);
      expect(await relationsOf(a!.id, true)).toHaveLength(1);
    }
  });

  it(`leaves no live relation on an actor deleted while ${CLIENTS} clients add relations to it`, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const [hub, ...partners] = await actors(`Hub round ${round}`, CLIENTS + 1);
      // A relation deleted on its own before: restoring the hub must not bring it back.
      const old = await createRelation(api, ws.id, { type: 'CONSULTS', sourceId: hub!.id, targetId: partners[0]!.id });
      dataOf(await api.gql(DELETE_RELATION, { id: old.id }));

      const create = (partner: ActorData) =>
        api.gql<{ createRelation: RelationRow }>(CREATE_RELATION, {
          ws: ws.id,
          input: { type: 'SUPPORTS', sourceId: hub!.id, targetId: partner.id },
        });
      // The delete goes out among the creates, after a different share of them each round.
      const deleteAfter = Math.round((CLIENTS * (round - 1)) / (ROUNDS - 1));
      const first = partners.slice(0, deleteAfter).map(create);
      const deleting = api.gql(DELETE_ACTOR, { id: hub!.id });
      const rest = partners.slice(deleteAfter).map(create);
      const [deleted, answers] = await Promise.all([deleting, Promise.all([...first, ...rest])]);
      dataOf(deleted);
      const created = answers
        .filter((answer) => answer.data?.createRelation)
        .map((answer) => answer.data!.createRelation);
      for (const answer of answers.filter((one) => !one.data?.createRelation)) {
        const error = onlyError(answer);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sourceId' });
        expect(error.message).toContain('is deleted');
      }

      const all = await relationsOf(hub!.id, true);
      expect(sorted(all.map((relation) => relation.id))).toEqual(sorted([old.id, ...created.map((r) => r.id)]));
      const stillLive = all.filter((relation) => relation.deletedAt === null).map((relation) => relation.id);
      expect({ round, stillLive }).toEqual({ round, stillLive: [] });
      const [deleteChange] = await historyOf(api, hub!.id);
      expect(deleteChange).toMatchObject({ action: 'DELETE' });
      expect(sorted(deleteChange!.after!.relations as string[])).toEqual(sorted(created.map((r) => r.id)));

      dataOf(await api.gql(RESTORE_ACTOR, { id: hub!.id }));
      const live = await relationsOf(hub!.id);
      expect(sorted(live.map((relation) => relation.id))).toEqual(sorted(created.map((relation) => relation.id)));
    }
  });

  it(`leaves no live relation on an actor deleted while ${CLIENTS} clients restore relations to it`, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const [hub, ...partners] = await actors(`Restore hub round ${round}`, CLIENTS + 1);
      const relations = await Promise.all(
        partners.map((partner) =>
          createRelation(api, ws.id, { type: 'COORDINATES', sourceId: hub!.id, targetId: partner.id }),
        ),
      );
      await Promise.all(relations.map(async (relation) => dataOf(await api.gql(DELETE_RELATION, { id: relation.id }))));

      const [deleted, answers] = await Promise.all([
        api.gql(DELETE_ACTOR, { id: hub!.id }),
        Promise.all(
          relations.map((relation) =>
            api.gql<{ restoreRelation: { id: string } }>(RESTORE_RELATION, { id: relation.id }),
          ),
        ),
      ]);
      dataOf(deleted);
      const restored = answers.filter((answer) => answer.data?.restoreRelation).map((a) => a.data!.restoreRelation.id);
      for (const answer of answers.filter((one) => !one.data?.restoreRelation)) {
        const error = onlyError(answer);
        expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
        expect(error.message).toContain('restore the actor first');
      }
      const stillLive = (await relationsOf(hub!.id, true))
        .filter((relation) => relation.deletedAt === null)
        .map((relation) => relation.id);
      expect({ round, stillLive }).toEqual({ round, stillLive: [] });

      // Restoring the hub brings back exactly the relations that were live when it was deleted.
      dataOf(await api.gql(RESTORE_ACTOR, { id: hub!.id }));
      expect(sorted((await relationsOf(hub!.id)).map((relation) => relation.id))).toEqual(sorted(restored));
    }
  });

  it('refuses an update that would make a twin of a relation being created at the same time', async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const pairs = await Promise.all(
        Array.from({ length: CLIENTS / 2 }, async (_, i) => {
          const [a, b] = await actors(`Update race ${round}.${i}`, 2);
          const relation = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: a!.id, targetId: b!.id });
          return { a: a!, b: b!, relation };
        }),
      );
      const answers = await Promise.all(
        pairs.flatMap(({ a, b, relation }) => [
          api.gql(UPDATE_RELATION, { id: relation.id, v: relation.version, input: { type: 'CONSULTS' } }),
          api.gql(CREATE_RELATION, { ws: ws.id, input: { type: 'CONSULTS', sourceId: a.id, targetId: b.id } }),
        ]),
      );
      for (const answer of answers.filter((one) => one.errors)) {
        expect(onlyError(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
      }
      for (const { a } of pairs) {
        const consults = (await relationsOf(a.id)).filter((relation) => relation.type === 'CONSULTS');
        expect({ round, consults: consults.length }).toEqual({ round, consults: 1 });
      }
    }
  });

  it('loses no update when 50 editors change one actor at once, retrying on CONFLICT', async () => {
    const editors = 50;
    const actor = await createActor(api, ws.id, { name: 'Much Edited' });
    const addAlias = async (alias: string): Promise<number> => {
      for (let attempt = 1; attempt <= 1000; attempt += 1) {
        const current = await readActor(actor.id);
        const answer = await api.gql(UPDATE_ACTOR, {
          id: actor.id,
          v: current.version,
          input: { aliases: [...current.aliases, alias] },
        });
        if (!answer.errors) return attempt;
        expect(onlyError(answer).extensions).toMatchObject({ code: 'CONFLICT' });
      }
      throw new Error(`editor ${alias} gave up`);
    };
    const aliases = Array.from({ length: editors }, (_, i) => `Alias ${String(i + 1).padStart(2, '0')}`);
    const attempts = await Promise.all(aliases.map(addAlias));
    expect(attempts.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(editors);

    const final = await readActor(actor.id);
    expect(final.version).toBe(1 + editors);
    expect([...final.aliases].sort()).toEqual(aliases);
    const history = await historyOf(api, actor.id);
    const updates = history.filter((change) => change.action === 'UPDATE');
    expect(updates).toHaveLength(editors);
    expect(updates.map((change) => change.version).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: editors }, (_, i) => i + 2),
    );
    // Each update added exactly one alias to what the one before it left.
    for (const change of updates) {
      const before = (change.before?.aliases as string[] | undefined) ?? [];
      const after = change.after?.aliases as string[];
      expect(after.slice(0, -1)).toEqual(before);
      expect(after).toHaveLength(change.version! - 1);
    }
  });
});
