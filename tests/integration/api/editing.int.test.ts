import {
  ACTOR_FIELDS,
  createActor,
  createRelation,
  createSource,
  errorOf,
  RELATION_FIELDS,
  SOURCE_FIELDS,
  startMigratedTestApi,
  workspaceCounts,
  type ActorData,
  type RelationData,
  type SourceData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const UPDATE_ACTOR = `mutation($id: ID!, $input: ActorPatch!, $v: Int!) {
  updateActor(id: $id, input: $input, expectedVersion: $v) { ${ACTOR_FIELDS} }
}`;
const UPDATE_RELATION = `mutation($id: ID!, $input: RelationPatch!, $v: Int!) {
  updateRelation(id: $id, input: $input, expectedVersion: $v) { ${RELATION_FIELDS} }
}`;
const UPDATE_SOURCE = `mutation($id: ID!, $input: SourceInput!, $v: Int!) {
  updateSource(id: $id, input: $input, expectedVersion: $v) { ${SOURCE_FIELDS} }
}`;
const mutation = (name: string, fields: string) =>
  `mutation($id: ID!, $v: Int) { ${name}(id: $id, expectedVersion: $v) { ${fields} } }`;
const DELETE_ACTOR = mutation('deleteActor', ACTOR_FIELDS);
const RESTORE_ACTOR = mutation('restoreActor', ACTOR_FIELDS);
const DELETE_RELATION = mutation('deleteRelation', RELATION_FIELDS);
const RESTORE_RELATION = mutation('restoreRelation', RELATION_FIELDS);
const DELETE_SOURCE = mutation('deleteSource', SOURCE_FIELDS);
const RESTORE_SOURCE = mutation('restoreSource', SOURCE_FIELDS);

describe('editing actors, relations and sources', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  const readActor = async (id: string) =>
    dataOf(await api.gql<{ actor: ActorData }>(`query($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS} } }`, { id })).actor;
  const readRelation = async (id: string) =>
    dataOf(
      await api.gql<{ relation: RelationData }>(`query($id: ID!) { relation(id: $id) { ${RELATION_FIELDS} } }`, {
        id,
      }),
    ).relation;
  const liveRelationIds = async () =>
    dataOf(
      await api.gql<{ relations: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        'query($ws: ID!) { relations(workspace: $ws) { totalCount edges { node { id } } } }',
        { ws: ws.id },
      ),
    ).relations.edges.map((edge) => edge.node.id);
  const liveActorIds = async () =>
    dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
        'query($ws: ID!) { actors(workspace: $ws) { edges { node { id } } } }',
        { ws: ws.id },
      ),
    ).actors.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'editing');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  describe('updateActor', () => {
    let actor: ActorData;
    beforeAll(async () => {
      actor = await createActor(api, ws.id, {
        name: 'Arsis',
        aliases: ['Association for the Social Support of Youth'],
        country: 'GR',
        city: 'Thessaloniki',
        themes: ['reception'],
        description: 'Youth support.',
        founded: '1992',
      });
    });

    it('changes only the fields given, bumps the version and derives the sector from a new kind', async () => {
      const answer = await api.gql<{ updateActor: ActorData }>(UPDATE_ACTOR, {
        id: actor.id,
        v: 1,
        input: { name: 'ARSIS', kind: 'NETWORK', tier: 'NATIONAL', themes: ['reception', 'protection'] },
      });
      const updated = dataOf(answer).updateActor;
      expect(updated).toMatchObject({
        name: 'ARSIS',
        kind: 'NETWORK',
        sector: 'CIVIL_SOCIETY',
        tier: 'NATIONAL',
        themes: ['reception', 'protection'],
        country: 'GR',
        city: 'Thessaloniki',
        description: 'Youth support.',
        version: 2,
        createdAt: actor.createdAt,
        updatedBy: api.admin!.id,
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(actor.updatedAt));
      expect(await readActor(actor.id)).toEqual(updated);
      actor = updated;
    });

    it('moves the sector along with the kind', async () => {
      const updated = dataOf(
        await api.gql<{ updateActor: ActorData }>(UPDATE_ACTOR, { id: actor.id, v: 2, input: { kind: 'FOUNDATION' } }),
      ).updateActor;
      expect(updated).toMatchObject({ kind: 'FOUNDATION', sector: 'PHILANTHROPY', version: 3 });
      actor = updated;
    });

    it('clears optional fields given as null, lists included', async () => {
      const answer = await api.gql<{ updateActor: ActorData }>(UPDATE_ACTOR, {
        id: actor.id,
        v: 3,
        input: {
          country: null,
          city: null,
          description: null,
          founded: null,
          website: null,
          externalId: null,
          aliases: null,
          themes: null,
          originCountries: null,
        },
      });
      const updated = dataOf(answer).updateActor;
      expect(updated).toMatchObject({
        country: null,
        city: null,
        description: null,
        founded: null,
        aliases: [],
        themes: [],
        originCountries: [],
        version: 4,
      });
      actor = updated;
    });

    it('refuses a stale expectedVersion with CONFLICT and the current version, changing nothing', async () => {
      const changesBefore = (await workspaceCounts(api.db, ws.id)).changes;
      const answer = await api.gql(UPDATE_ACTOR, { id: actor.id, v: 2, input: { name: 'Lost update' } });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({
        code: 'CONFLICT',
        currentVersion: 4,
        expectedVersion: 2,
        field: 'expectedVersion',
      });
      expect(await readActor(actor.id)).toEqual(actor);
      expect((await workspaceCounts(api.db, ws.id)).changes).toBe(changesBefore);
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const answer = await api.gql(UPDATE_ACTOR, { id: 'no-such-actor', v: 1, input: { name: 'X' } });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('deleteActor and restoreActor', () => {
    let hub: ActorData;
    let left: ActorData;
    let right: ActorData;
    let toLeft: RelationData;
    let toRight: RelationData;
    let deletedAlone: RelationData;

    beforeAll(async () => {
      hub = await createActor(api, ws.id, { name: 'Hub' });
      left = await createActor(api, ws.id, { name: 'Left' });
      right = await createActor(api, ws.id, { name: 'Right' });
      toLeft = await createRelation(api, ws.id, { type: 'FUNDS', sourceId: hub.id, targetId: left.id });
      toRight = await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: right.id, targetId: hub.id });
      deletedAlone = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: hub.id, targetId: right.id });
      dataOf(await api.gql(DELETE_RELATION, { id: deletedAlone.id }));
    });

    it('soft-deletes the actor and its live relations, hiding them from lists', async () => {
      const deleted = dataOf(await api.gql<{ deleteActor: ActorData }>(DELETE_ACTOR, { id: hub.id, v: 1 })).deleteActor;
      expect(deleted.deletedAt).not.toBeNull();
      expect(deleted.version).toBe(2);
      expect((await readActor(hub.id)).deletedAt).toBe(deleted.deletedAt);
      expect(await liveActorIds()).not.toContain(hub.id);
      for (const relation of [toLeft, toRight]) {
        const read = await readRelation(relation.id);
        expect(read.deletedAt).toBe(deleted.deletedAt);
        expect(read.version).toBe(2);
      }
      const live = await liveRelationIds();
      expect(live).not.toContain(toLeft.id);
      expect(live).not.toContain(toRight.id);
      const leftRelations = await api.gql<{ actor: { relations: unknown[] } }>(
        'query($id: ID!) { actor(id: $id) { relations { id } } }',
        { id: left.id },
      );
      expect(dataOf(leftRelations).actor.relations).toEqual([]);
      const workspace = await api.gql<{ workspace: { actorCount: number; relationCount: number } }>(
        'query($s: String!) { workspace(slug: $s) { actorCount relationCount } }',
        { s: ws.slug },
      );
      expect(dataOf(workspace).workspace.relationCount).toBe(0);
    });

    it('refuses to delete an actor twice with CONFLICT', async () => {
      const answer = await api.gql(DELETE_ACTOR, { id: hub.id });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(error.message).toContain('already deleted');
    });

    it('refuses to restore a relation while one of its actors is deleted', async () => {
      const before = await readRelation(toLeft.id);
      const answer = await api.gql(RESTORE_RELATION, { id: toLeft.id });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(error.message).toContain('restore the actor first');
      expect(await readRelation(toLeft.id)).toEqual(before);
    });

    it('refuses a restore based on a stale version', async () => {
      const answer = await api.gql(RESTORE_ACTOR, { id: hub.id, v: 1 });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await readActor(hub.id)).deletedAt).not.toBeNull();
    });

    it('restores the actor and exactly the relations deleted with it', async () => {
      const restored = dataOf(
        await api.gql<{ restoreActor: ActorData }>(RESTORE_ACTOR, { id: hub.id, v: 2 }),
      ).restoreActor;
      expect(restored).toMatchObject({ deletedAt: null, version: 3 });
      expect(await liveActorIds()).toContain(hub.id);
      expect((await readRelation(toLeft.id)).deletedAt).toBeNull();
      expect((await readRelation(toRight.id)).deletedAt).toBeNull();
      expect((await readRelation(deletedAlone.id)).deletedAt).not.toBeNull();
      expect(await liveRelationIds()).toEqual([toLeft.id, toRight.id]);
    });

    it('refuses to restore an actor that is not deleted', async () => {
      const answer = await api.gql(RESTORE_ACTOR, { id: hub.id });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    });
  });

  describe('updateRelation, deleteRelation and restoreRelation', () => {
    let a: ActorData;
    let b: ActorData;
    let relation: RelationData;
    beforeAll(async () => {
      a = await createActor(api, ws.id, { name: 'Funder A' });
      b = await createActor(api, ws.id, { name: 'Grantee B' });
      relation = await createRelation(api, ws.id, {
        type: 'FUNDS',
        sourceId: a.id,
        targetId: b.id,
        amount: 1000,
        currency: 'EUR',
        since: '2019',
      });
    });

    it('changes only the fields given and bumps the version', async () => {
      const answer = await api.gql<{ updateRelation: RelationData }>(UPDATE_RELATION, {
        id: relation.id,
        v: 1,
        input: { amount: 2500, until: '2021-12', mode: 'COMPLEMENTARITY', notes: null },
      });
      const updated = dataOf(answer).updateRelation;
      expect(updated).toMatchObject({
        type: 'FUNDS',
        amount: 2500,
        currency: 'EUR',
        since: '2019',
        until: '2021-12',
        mode: 'COMPLEMENTARITY',
        version: 2,
        sourceId: a.id,
        targetId: b.id,
      });
      relation = updated;
    });

    it('changes the type when the result is valid (amount and currency cleared together)', async () => {
      const answer = await api.gql<{ updateRelation: RelationData }>(UPDATE_RELATION, {
        id: relation.id,
        v: 2,
        input: { type: 'SUPPORTS', amount: null, currency: null },
      });
      relation = dataOf(answer).updateRelation;
      expect(relation).toMatchObject({ type: 'SUPPORTS', amount: null, currency: null, version: 3 });
    });

    it('refuses a stale version with CONFLICT, changing nothing', async () => {
      const answer = await api.gql(UPDATE_RELATION, { id: relation.id, v: 1, input: { notes: 'late' } });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3, expectedVersion: 1 });
      expect(await readRelation(relation.id)).toEqual(relation);
    });

    it('deletes and restores a relation, refusing a second delete', async () => {
      const deleted = dataOf(
        await api.gql<{ deleteRelation: RelationData }>(DELETE_RELATION, { id: relation.id, v: 3 }),
      ).deleteRelation;
      expect(deleted).toMatchObject({ version: 4 });
      expect(deleted.deletedAt).not.toBeNull();
      expect(await liveRelationIds()).not.toContain(relation.id);
      expect(errorOf(await api.gql(DELETE_RELATION, { id: relation.id })).extensions?.code).toBe('CONFLICT');
      const restored = dataOf(
        await api.gql<{ restoreRelation: RelationData }>(RESTORE_RELATION, { id: relation.id, v: 4 }),
      ).restoreRelation;
      expect(restored).toMatchObject({ deletedAt: null, version: 5 });
      expect(await liveRelationIds()).toContain(relation.id);
    });

    it('refuses to restore a relation when an identical live one was created meanwhile', async () => {
      dataOf(await api.gql(DELETE_RELATION, { id: relation.id }));
      const twin = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: a.id, targetId: b.id });
      const answer = await api.gql(RESTORE_RELATION, { id: relation.id });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(error.message).toContain(twin.id);
      expect((await readRelation(relation.id)).deletedAt).not.toBeNull();
    });

    it('answers NOT_FOUND for an unknown relation', async () => {
      for (const query of [DELETE_RELATION, RESTORE_RELATION]) {
        expect(errorOf(await api.gql(query, { id: 'no-such-relation' })).extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'id',
        });
      }
    });
  });

  describe('creating a record with its evidence', () => {
    const CREATE_ACTOR_WITH = `mutation($ws: ID!, $input: ActorInput!, $evidence: SourceInput) {
      createActor(workspace: $ws, input: $input, evidence: $evidence) { id sources { ${SOURCE_FIELDS} } }
    }`;
    const CREATE_RELATION_WITH = `mutation($ws: ID!, $input: RelationInput!, $evidence: SourceInput) {
      createRelation(workspace: $ws, input: $input, evidence: $evidence) { id unsourced sources { ${SOURCE_FIELDS} } }
    }`;
    const history = async (id: string) =>
      dataOf(
        await api.gql<{ history: Array<{ entityKind: string; action: string }> }>(
          'query($id: ID!) { history(entityId: $id) { entityKind action } }',
          { id },
        ),
      ).history;

    it('writes an actor and the quote it rests on together', async () => {
      const created = dataOf(
        await api.gql<{ createActor: { id: string; sources: SourceData[] } }>(CREATE_ACTOR_WITH, {
          ws: ws.id,
          input: { name: 'Quoted Collective', kind: 'DIASPORA_ORGANISATION', tier: 'LOCAL' },
          evidence: { title: 'Field notes', quote: 'The collective meets every Friday.', page: '3' },
        }),
      ).createActor;
      expect(created.sources).toHaveLength(1);
      expect(created.sources[0]).toMatchObject({
        subjectId: created.id,
        subjectKind: 'ACTOR',
        title: 'Field notes',
        quote: 'The collective meets every Friday.',
        page: '3',
        visibility: 'PUBLIC',
        version: 1,
      });
      expect(await history(created.sources[0]!.id)).toEqual([{ entityKind: 'SOURCE', action: 'CREATE' }]);
    });

    it('writes a relation with its quote, so it is sourced from the start', async () => {
      const [a, b] = [
        await createActor(api, ws.id, { name: 'Quoted End A' }),
        await createActor(api, ws.id, { name: 'Quoted End B' }),
      ];
      const created = dataOf(
        await api.gql<{ createRelation: { id: string; unsourced: boolean; sources: SourceData[] } }>(
          CREATE_RELATION_WITH,
          {
            ws: ws.id,
            input: { type: 'PARTNERS_WITH', sourceId: a.id, targetId: b.id },
            evidence: { url: 'https://example.org/mou', quote: 'Both parties agree to cooperate.' },
          },
        ),
      ).createRelation;
      expect(created.unsourced).toBe(false);
      expect(created.sources.map((source) => [source.subjectKind, source.quote])).toEqual([
        ['RELATION', 'Both parties agree to cooperate.'],
      ]);
    });

    it.each([
      ['evidence with no title, url or document', { quote: 'Said somewhere.' }, 'evidence.title', 'at least a title'],
      ['evidence with a bad url', { url: 'ftp://example.org/x' }, 'evidence.url', 'http'],
      ['evidence read by a non-member', { title: 'T', readers: ['nobody-here'] }, 'evidence.readers.0', 'not a member'],
    ])('refuses %s with the field and writes neither record', async (_name, evidence, field, reason) => {
      const before = await workspaceCounts(api.db, ws.id);
      const [a, b] = [(await liveActorIds())[0]!, (await liveActorIds())[1]!];
      const actorAnswer = await api.gql(CREATE_ACTOR_WITH, {
        ws: ws.id,
        input: { name: 'Never Written', kind: 'NGO', tier: 'LOCAL' },
        evidence,
      });
      const relationAnswer = await api.gql(CREATE_RELATION_WITH, {
        ws: ws.id,
        input: { type: 'CONSULTS', sourceId: a, targetId: b },
        evidence,
      });
      for (const answer of [actorAnswer, relationAnswer]) {
        const error = errorOf(answer);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(error.message).toContain(reason);
      }
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });
  });

  describe('sources', () => {
    let subject: ActorData;
    let relation: RelationData;
    let source: SourceData;
    beforeAll(async () => {
      subject = await createActor(api, ws.id, { name: 'Evidence Subject' });
      const partner = await createActor(api, ws.id, { name: 'Evidence Partner' });
      relation = await createRelation(api, ws.id, {
        type: 'PARTNERS_WITH',
        sourceId: subject.id,
        targetId: partner.id,
      });
    });

    it('creates a source with every field on an actor', async () => {
      source = await createSource(api, subject.id, {
        title: 'Mapping report',
        url: 'https://example.org/report.pdf',
        document: 'report.pdf',
        quote: 'The organisation runs two shelters.',
        page: '14',
        accessed: '2024-02-29',
        visibility: 'WORKSPACE',
      });
      expect(source).toMatchObject({
        subjectId: subject.id,
        subjectKind: 'ACTOR',
        title: 'Mapping report',
        url: 'https://example.org/report.pdf',
        document: 'report.pdf',
        quote: 'The organisation runs two shelters.',
        page: '14',
        accessed: '2024-02-29',
        visibility: 'WORKSPACE',
        version: 1,
        deletedAt: null,
      });
    });

    it('updates only the fields given, and refuses a stale version', async () => {
      const updated = dataOf(
        await api.gql<{ updateSource: SourceData }>(UPDATE_SOURCE, {
          id: source.id,
          v: 1,
          input: { quote: 'The organisation runs three shelters.', page: null },
        }),
      ).updateSource;
      expect(updated).toMatchObject({
        title: 'Mapping report',
        quote: 'The organisation runs three shelters.',
        page: null,
        version: 2,
      });
      const stale = await api.gql(UPDATE_SOURCE, { id: source.id, v: 1, input: { quote: 'x' } });
      expect(errorOf(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      source = updated;
    });

    it('makes a relation sourced, and unsourced again when its source is deleted, and back on restore', async () => {
      const unsourced = async () =>
        dataOf(
          await api.gql<{ relation: { unsourced: boolean } }>('query($id: ID!) { relation(id: $id) { unsourced } }', {
            id: relation.id,
          }),
        ).relation.unsourced;
      expect(await unsourced()).toBe(true);
      const evidence = await createSource(api, relation.id, { title: 'MoU', quote: 'Both parties agree.' });
      expect(evidence.subjectKind).toBe('RELATION');
      expect(await unsourced()).toBe(false);
      const deleted = dataOf(
        await api.gql<{ deleteSource: SourceData }>(DELETE_SOURCE, { id: evidence.id, v: 1 }),
      ).deleteSource;
      expect(deleted.deletedAt).not.toBeNull();
      expect(await unsourced()).toBe(true);
      expect(errorOf(await api.gql(DELETE_SOURCE, { id: evidence.id })).extensions?.code).toBe('CONFLICT');
      const restored = dataOf(
        await api.gql<{ restoreSource: SourceData }>(RESTORE_SOURCE, { id: evidence.id }),
      ).restoreSource;
      expect(restored).toMatchObject({ deletedAt: null, version: 3 });
      expect(await unsourced()).toBe(false);
    });

    it('hides a deleted source from actor.sources', async () => {
      dataOf(await api.gql(DELETE_SOURCE, { id: source.id }));
      const answer = await api.gql<{ actor: { sources: Array<{ id: string }> } }>(
        'query($id: ID!) { actor(id: $id) { sources { id } } }',
        { id: subject.id },
      );
      expect(dataOf(answer).actor.sources).toEqual([]);
      dataOf(await api.gql(RESTORE_SOURCE, { id: source.id }));
    });

    it('refuses evidence for a deleted actor with CONFLICT', async () => {
      const gone = await createActor(api, ws.id, { name: 'Gone Subject' });
      dataOf(await api.gql(DELETE_ACTOR, { id: gone.id }));
      const answer = await api.gql(
        'mutation($id: ID!, $input: SourceInput!) { createSource(subjectId: $id, input: $input) { id } }',
        { id: gone.id, input: { title: 'Too late' } },
      );
      expect(errorOf(answer).extensions).toMatchObject({ code: 'CONFLICT', field: 'subjectId' });
    });

    it('restores an actor without bringing back a relation whose other end was deleted since', async () => {
      const first = await createActor(api, ws.id, { name: 'Restored End' });
      const second = await createActor(api, ws.id, { name: 'Deleted Meanwhile' });
      const tie = await createRelation(api, ws.id, { type: 'CONSULTS', sourceId: first.id, targetId: second.id });
      dataOf(await api.gql(DELETE_ACTOR, { id: first.id }));
      dataOf(await api.gql(DELETE_ACTOR, { id: second.id }));
      dataOf(await api.gql(RESTORE_ACTOR, { id: first.id }));
      const answer = await api.gql<{ relation: { deletedAt: string | null } }>(
        'query($id: ID!) { relation(id: $id) { deletedAt } }',
        { id: tie.id },
      );
      expect(dataOf(answer).relation.deletedAt).not.toBeNull();
    });
  });
});
