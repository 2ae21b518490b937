import {
  ACTOR_FIELDS,
  CHANGE_FIELDS,
  createActor,
  createRelation,
  createSource,
  errorOf,
  historyOf,
  startMigratedTestApi,
  workspaceCounts,
  type ActorData,
  type ChangeData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const REVERT = `mutation($id: ID!) { revertChange(id: $id) { ${CHANGE_FIELDS} } }`;

describe('history and revertChange', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  const readActor = async (id: string) =>
    dataOf(await api.gql<{ actor: ActorData }>(`query($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS} } }`, { id })).actor;
  const update = async (id: string, v: number, input: Record<string, unknown>) =>
    dataOf(
      await api.gql<{ updateActor: ActorData }>(
        `mutation($id: ID!, $v: Int!, $input: ActorPatch!) { updateActor(id: $id, expectedVersion: $v, input: $input) { ${ACTOR_FIELDS} } }`,
        { id, v, input },
      ),
    ).updateActor;
  const revert = async (id: string) => dataOf(await api.gql<{ revertChange: ChangeData }>(REVERT, { id })).revertChange;
  const deleteActor = async (id: string) =>
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id }));
  const restoreActor = async (id: string) =>
    dataOf(await api.gql('mutation($id: ID!) { restoreActor(id: $id) { id } }', { id }));

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'history');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  describe('history(entityId)', () => {
    let actor: ActorData;
    let partner: ActorData;
    let relationId: string;
    beforeAll(async () => {
      actor = await createActor(api, ws.id, { name: 'Melissa', country: 'GR', themes: ['integration-inclusion'] });
      partner = await createActor(api, ws.id, { name: 'Partner' });
      relationId = (
        await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: actor.id, targetId: partner.id })
      ).id;
      await update(actor.id, 1, { name: 'Melissa Network', city: 'Athens' });
      await deleteActor(actor.id);
      await restoreActor(actor.id);
    });

    it('lists CREATE, UPDATE, DELETE and RESTORE newest first, with versions', async () => {
      const history = await historyOf(api, actor.id);
      expect(history.map((change) => [change.action, change.version])).toEqual([
        ['RESTORE', 4],
        ['DELETE', 3],
        ['UPDATE', 2],
        ['CREATE', 1],
      ]);
      expect(history.every((change) => change.entityId === actor.id && change.entityKind === 'ACTOR')).toBe(true);
    });

    it('records the whole record on CREATE and only the changed fields on UPDATE', async () => {
      const [, , updated, created] = await historyOf(api, actor.id);
      expect(created?.before).toBeNull();
      expect(created?.after).toMatchObject({ id: actor.id, name: 'Melissa', country: 'GR', version: 1 });
      expect(created?.changedFields).toEqual(expect.arrayContaining(['name', 'country', 'themes']));
      expect(updated?.before).toEqual({ name: 'Melissa', city: null });
      expect(updated?.after).toEqual({ name: 'Melissa Network', city: 'Athens' });
      expect(updated?.changedFields).toEqual(['city', 'name']);
    });

    it('records deletedAt on DELETE and RESTORE, with the relations that went along', async () => {
      const [restored, deleted] = await historyOf(api, actor.id);
      expect(deleted?.before).toEqual({ deletedAt: null });
      expect(deleted?.after).toEqual({ deletedAt: expect.any(String), relations: [relationId] });
      expect(restored?.before).toEqual({ deletedAt: deleted?.after?.deletedAt });
      expect(restored?.after).toMatchObject({ deletedAt: null, relations: [relationId] });
    });

    it('records the cascaded relation changes with the change that caused them', async () => {
      const [actorRestore, actorDelete] = await historyOf(api, actor.id);
      const relationHistory = await historyOf(api, relationId);
      expect(relationHistory.map((change) => [change.action, change.causeId])).toEqual([
        ['RESTORE', actorRestore?.id],
        ['DELETE', actorDelete?.id],
        ['CREATE', null],
      ]);
    });

    it('limits the history with first', async () => {
      const answer = await api.gql<{ history: ChangeData[] }>(
        'query($id: ID!) { history(entityId: $id, first: 1) { action } }',
        { id: actor.id },
      );
      expect(dataOf(answer).history).toEqual([{ action: 'RESTORE' }]);
    });

    it('answers NOT_FOUND for an unknown entity', async () => {
      const answer = await api.gql('query { history(entityId: "no-such-entity") { id } }');
      expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'entityId' });
    });
  });

  describe('revertChange', () => {
    it('reverts an UPDATE by writing back the old values and records a REVERT', async () => {
      const actor = await createActor(api, ws.id, { name: 'Praksis', kind: 'NGO', country: 'GR' });
      await update(actor.id, 1, { name: 'PRAKSIS', kind: 'FOUNDATION', country: null, aliases: ['P'] });
      const [change] = await historyOf(api, actor.id);
      const reverted = await revert(change!.id);
      expect(reverted).toMatchObject({ action: 'REVERT', revertOf: change!.id, entityId: actor.id, version: 3 });
      expect(reverted.after).toMatchObject({ name: 'Praksis', kind: 'NGO', country: 'GR', aliases: [] });
      expect(await readActor(actor.id)).toMatchObject({
        name: 'Praksis',
        kind: 'NGO',
        sector: 'CIVIL_SOCIETY',
        country: 'GR',
        aliases: [],
        version: 3,
        deletedAt: null,
      });
      expect((await historyOf(api, actor.id)).map((entry) => entry.action)).toEqual(['REVERT', 'UPDATE', 'CREATE']);
    });

    it('reverts a CREATE by soft-deleting the record', async () => {
      const actor = await createActor(api, ws.id, { name: 'Mistake' });
      const [created] = await historyOf(api, actor.id);
      const reverted = await revert(created!.id);
      expect(reverted).toMatchObject({ action: 'REVERT', revertOf: created!.id, version: 2 });
      expect((await readActor(actor.id)).deletedAt).not.toBeNull();
    });

    it('reverts a DELETE by restoring the actor and the relations deleted with it', async () => {
      const actor = await createActor(api, ws.id, { name: 'Diotima' });
      const other = await createActor(api, ws.id, { name: 'Diotima partner' });
      const relation = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: actor.id, targetId: other.id });
      await deleteActor(actor.id);
      const [deleted] = await historyOf(api, actor.id);
      const reverted = await revert(deleted!.id);
      expect(reverted).toMatchObject({ action: 'REVERT', revertOf: deleted!.id });
      expect((await readActor(actor.id)).deletedAt).toBeNull();
      const read = await api.gql<{ relation: { deletedAt: string | null } }>(
        'query($id: ID!) { relation(id: $id) { deletedAt } }',
        { id: relation.id },
      );
      expect(dataOf(read).relation.deletedAt).toBeNull();
    });

    it('refuses to revert a change that is not the latest, changing nothing', async () => {
      const actor = await createActor(api, ws.id, { name: 'Faros' });
      await update(actor.id, 1, { name: 'Faros Greece' });
      await update(actor.id, 2, { city: 'Athens' });
      const [, older] = await historyOf(api, actor.id);
      const before = await readActor(actor.id);
      const counts = await workspaceCounts(api.db, ws.id);
      const answer = await api.gql(REVERT, { id: older!.id });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'id', currentVersion: 3 });
      expect(error.message).toContain('revert the later changes first');
      expect(await readActor(actor.id)).toEqual(before);
      expect(await workspaceCounts(api.db, ws.id)).toEqual(counts);
    });

    it('refuses to revert a cascaded relation change and names its cause', async () => {
      const actor = await createActor(api, ws.id, { name: 'Klimaka' });
      const other = await createActor(api, ws.id, { name: 'Klimaka partner' });
      const relation = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: actor.id, targetId: other.id });
      await deleteActor(actor.id);
      const [actorDelete] = await historyOf(api, actor.id);
      const [cascaded] = await historyOf(api, relation.id);
      expect(cascaded?.causeId).toBe(actorDelete!.id);
      const counts = await workspaceCounts(api.db, ws.id);
      const answer = await api.gql(REVERT, { id: cascaded!.id });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', causeId: actorDelete!.id });
      expect(error.message).toContain(actorDelete!.id);
      expect(await workspaceCounts(api.db, ws.id)).toEqual(counts);
    });

    it('reverts a relation update and a source update', async () => {
      const a = await createActor(api, ws.id, { name: 'Reverting funder' });
      const b = await createActor(api, ws.id, { name: 'Reverting grantee' });
      const relation = await createRelation(api, ws.id, {
        type: 'FUNDS',
        sourceId: a.id,
        targetId: b.id,
        amount: 10,
        currency: 'USD',
      });
      dataOf(
        await api.gql(
          'mutation($id: ID!) { updateRelation(id: $id, expectedVersion: 1, input: { amount: 99 }) { id } }',
          {
            id: relation.id,
          },
        ),
      );
      const [relationUpdate] = await historyOf(api, relation.id);
      await revert(relationUpdate!.id);
      const read = await api.gql<{ relation: { amount: number; version: number } }>(
        'query($id: ID!) { relation(id: $id) { amount version } }',
        { id: relation.id },
      );
      expect(dataOf(read).relation).toEqual({ amount: 10, version: 3 });

      const source = await createSource(api, relation.id, { title: 'Ledger', quote: 'USD 10' });
      dataOf(
        await api.gql(
          'mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { quote: "USD 99" }) { id } }',
          { id: source.id },
        ),
      );
      const [sourceUpdate] = await historyOf(api, source.id);
      expect(sourceUpdate).toMatchObject({
        entityKind: 'SOURCE',
        action: 'UPDATE',
        before: { quote: 'USD 10' },
        after: { quote: 'USD 99' },
      });
      await revert(sourceUpdate!.id);
      const sources = await api.gql<{ relation: { sources: Array<{ quote: string }> } }>(
        'query($id: ID!) { relation(id: $id) { sources { quote } } }',
        { id: relation.id },
      );
      expect(dataOf(sources).relation.sources).toEqual([{ quote: 'USD 10' }]);
    });

    it('answers NOT_FOUND for an unknown change', async () => {
      const answer = await api.gql(REVERT, { id: 'no-such-change' });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });
});
