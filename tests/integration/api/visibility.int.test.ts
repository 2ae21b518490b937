import { randomUUID } from 'node:crypto';
import { purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import {
  ANONYMOUS,
  createActor,
  createRelation,
  createSource,
  errorOf,
  startMigratedTestApi,
  workspaceCounts,
  type ActorData,
  type RelationData,
  type SourceData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const LIST = `query($ws: ID!, $search: String, $filter: ActorFilter) {
  actors(workspace: $ws, search: $search, filter: $filter) { totalCount edges { node { id name } } }
}`;

describe('visibility for an anonymous viewer', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const hiddenSlug = `test-visibility-members-${randomUUID().slice(0, 8)}`;
  let hiddenId = '';
  let open: ActorData;
  let partner: ActorData;
  let lonely: ActorData;
  let secret: ActorData;
  let members: ActorData;
  let funds: RelationData;
  let toSecret: RelationData;
  let lonelyToSecret: RelationData;
  let restrictedTie: RelationData;
  let publicSource: SourceData;
  let secretSource: SourceData;
  let sourceOnSecret: SourceData;

  const anonymous = <T>(query: string, variables: Record<string, unknown> = {}) =>
    api.gql<T>(query, variables, ANONYMOUS);
  const anonymousList = async (variables: Record<string, unknown>) =>
    dataOf(
      await anonymous<{ actors: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(LIST, {
        ws: ws.id,
        ...variables,
      }),
    ).actors;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'visibility');
    hiddenId = dataOf(
      await api.gql<{ createWorkspace: { id: string } }>(
        'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
        { input: { slug: hiddenSlug, title: 'Members only', visibility: 'WORKSPACE' } },
      ),
    ).createWorkspace.id;
    open = await createActor(api, ws.id, { name: 'Open Shelter Alliance' });
    partner = await createActor(api, ws.id, { name: 'Visible Partner' });
    lonely = await createActor(api, ws.id, { name: 'Lonely Helper' });
    secret = await createActor(api, ws.id, {
      name: 'Secret Shelter Network',
      aliases: ['SSN'],
      description: 'Hides people at risk.',
      visibility: 'RESTRICTED',
    });
    members = await createActor(api, ws.id, { name: 'Members Forum', visibility: 'WORKSPACE' });
    funds = await createRelation(api, ws.id, { type: 'FUNDS', sourceId: open.id, targetId: partner.id });
    toSecret = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: open.id, targetId: secret.id });
    lonelyToSecret = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: lonely.id, targetId: secret.id });
    restrictedTie = await createRelation(api, ws.id, {
      type: 'CONSULTS',
      sourceId: open.id,
      targetId: partner.id,
      visibility: 'RESTRICTED',
    });
    publicSource = await createSource(api, open.id, { title: 'Public report' });
    secretSource = await createSource(api, open.id, { title: 'Internal memo', visibility: 'RESTRICTED' });
    sourceOnSecret = await createSource(api, secret.id, { title: 'Report naming the network' });
  });
  afterAll(async () => {
    await ws.remove();
    if (hiddenId) await purgeWorkspace(api.db, hiddenId);
    await api.close();
  });

  describe('actors', () => {
    it('lists and counts only public actors', async () => {
      const page = await anonymousList({});
      expect(page.edges.map((edge) => edge.node.name)).toEqual([
        'Lonely Helper',
        'Open Shelter Alliance',
        'Visible Partner',
      ]);
      expect(page.totalCount).toBe(3);
      const editor = dataOf(await api.gql<{ actors: { totalCount: number } }>(LIST, { ws: ws.id })).actors;
      expect(editor.totalCount).toBe(5);
    });

    it('finds nothing restricted by search, by name, alias or description', async () => {
      for (const search of ['secret', 'ssn', 'hides', 'members']) {
        expect(await anonymousList({ search })).toEqual({ totalCount: 0, edges: [] });
      }
      expect((await anonymousList({ search: 'shelter' })).edges.map((edge) => edge.node.name)).toEqual([
        'Open Shelter Alliance',
      ]);
    });

    it('finds nothing when filtering on a hidden visibility', async () => {
      expect(await anonymousList({ filter: { visibility: 'RESTRICTED' } })).toEqual({ totalCount: 0, edges: [] });
      expect(await anonymousList({ filter: { visibility: 'WORKSPACE', includeDeleted: true } })).toEqual({
        totalCount: 0,
        edges: [],
      });
    });

    it('counts an actor tied only to a hidden actor as having no relations', async () => {
      const page = await anonymousList({ filter: { hasNoRelations: true } });
      expect(page.edges.map((edge) => edge.node.name)).toEqual(['Lonely Helper']);
    });

    it('answers null for a hidden actor by id', async () => {
      for (const id of [secret.id, members.id]) {
        const answer = await anonymous<{ actor: null }>('query($id: ID!) { actor(id: $id) { id name } }', { id });
        expect(dataOf(answer).actor).toBeNull();
      }
    });

    it('hides restricted sources of a visible actor', async () => {
      const answer = await anonymous<{ actor: { sources: Array<{ id: string }> } }>(
        'query($id: ID!) { actor(id: $id) { sources { id } } }',
        { id: open.id },
      );
      expect(dataOf(answer).actor.sources.map((source) => source.id)).toEqual([publicSource.id]);
      expect(secretSource.visibility).toBe('RESTRICTED');
    });
  });

  describe('relations', () => {
    it('shows only relations whose both ends and the relation itself are visible', async () => {
      const answer = await anonymous<{ actor: { relations: Array<{ id: string }> } }>(
        'query($id: ID!) { actor(id: $id) { relations { id } } }',
        { id: open.id },
      );
      expect(dataOf(answer).actor.relations.map((relation) => relation.id)).toEqual([funds.id]);
    });

    it('lists and counts only visible relations in the workspace', async () => {
      const answer = await anonymous<{ relations: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        'query($ws: ID!, $f: RelationListFilter) { relations(workspace: $ws, filter: $f) { totalCount edges { node { id } } } }',
        { ws: ws.id },
      );
      expect(dataOf(answer).relations).toEqual({ totalCount: 1, edges: [{ node: { id: funds.id } }] });
      const bySecret = await anonymous<{ relations: { totalCount: number } }>(
        'query($ws: ID!, $f: RelationListFilter) { relations(workspace: $ws, filter: $f) { totalCount } }',
        { ws: ws.id, f: { actorId: secret.id } },
      );
      expect(dataOf(bySecret).relations.totalCount).toBe(0);
    });

    it('answers null for a relation touching a hidden actor or hidden itself', async () => {
      for (const id of [toSecret.id, lonelyToSecret.id, restrictedTie.id]) {
        const answer = await anonymous<{ relation: null }>('query($id: ID!) { relation(id: $id) { id } }', { id });
        expect(dataOf(answer).relation).toBeNull();
      }
    });
  });

  describe('workspaces', () => {
    it('counts only visible actors and relations', async () => {
      const answer = await anonymous<{ workspace: { actorCount: number; relationCount: number } }>(
        'query($s: String!) { workspace(slug: $s) { actorCount relationCount } }',
        { s: ws.slug },
      );
      expect(dataOf(answer).workspace).toEqual({ actorCount: 3, relationCount: 1 });
      const list = await anonymous<{ workspaces: Array<{ id: string; actorCount: number; relationCount: number }> }>(
        '{ workspaces { id actorCount relationCount } }',
      );
      expect(dataOf(list).workspaces.find((workspace) => workspace.id === ws.id)).toEqual({
        id: ws.id,
        actorCount: 3,
        relationCount: 1,
      });
    });

    it('hides a members-only workspace and everything in it', async () => {
      const slug = hiddenSlug;
      expect(
        dataOf(await anonymous<{ workspace: null }>('query($s: String!) { workspace(slug: $s) { id } }', { s: slug }))
          .workspace,
      ).toBeNull();
      const list = dataOf(
        await anonymous<{ workspaces: Array<{ slug: string }> }>('{ workspaces { slug } }'),
      ).workspaces;
      expect(list.map((workspace) => workspace.slug)).not.toContain(slug);
      expect(list.map((workspace) => workspace.slug)).toContain(ws.slug);
      expect(errorOf(await anonymous(LIST, { ws: slug })).extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        errorOf(await anonymous('query($ws: ID) { vocabulary(workspace: $ws) { tiers } }', { ws: slug })).extensions,
      ).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('history', () => {
    it('answers NOT_FOUND for a hidden actor, a relation touching one, and evidence about one', async () => {
      for (const id of [secret.id, members.id, toSecret.id, restrictedTie.id, secretSource.id, sourceOnSecret.id]) {
        const answer = await anonymous('query($id: ID!) { history(entityId: $id) { id after } }', { id });
        expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'entityId' });
        expect(JSON.stringify(answer)).not.toContain('Secret Shelter');
      }
    });

    it('shows the history of visible records', async () => {
      for (const id of [open.id, funds.id, publicSource.id]) {
        const answer = await anonymous<{ history: Array<{ action: string }> }>(
          'query($id: ID!) { history(entityId: $id) { action } }',
          { id },
        );
        expect(dataOf(answer).history).toEqual([{ action: 'CREATE' }]);
      }
    });
  });

  describe('mutations', () => {
    const forbidden: Array<[string, string, () => Record<string, unknown>]> = [
      [
        'createActor',
        'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "X", kind: NGO, tier: LOCAL }) { id } }',
        () => ({ ws: ws.id }),
      ],
      [
        'updateActor',
        'mutation($id: ID!) { updateActor(id: $id, expectedVersion: 1, input: { name: "X" }) { id } }',
        () => ({ id: open.id }),
      ],
      ['deleteActor', 'mutation($id: ID!) { deleteActor(id: $id) { id } }', () => ({ id: open.id })],
      ['restoreActor', 'mutation($id: ID!) { restoreActor(id: $id) { id } }', () => ({ id: open.id })],
      [
        'createRelation',
        'mutation($ws: ID!, $s: ID!, $t: ID!) { createRelation(workspace: $ws, input: { type: SUPPORTS, sourceId: $s, targetId: $t }) { id } }',
        () => ({ ws: ws.id, s: partner.id, t: lonely.id }),
      ],
      [
        'updateRelation',
        'mutation($id: ID!) { updateRelation(id: $id, expectedVersion: 1, input: { notes: "X" }) { id } }',
        () => ({ id: funds.id }),
      ],
      ['deleteRelation', 'mutation($id: ID!) { deleteRelation(id: $id) { id } }', () => ({ id: funds.id })],
      ['restoreRelation', 'mutation($id: ID!) { restoreRelation(id: $id) { id } }', () => ({ id: funds.id })],
      [
        'createSource',
        'mutation($id: ID!) { createSource(subjectId: $id, input: { title: "X" }) { id } }',
        () => ({ id: open.id }),
      ],
      [
        'updateSource',
        'mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { title: "X" }) { id } }',
        () => ({ id: publicSource.id }),
      ],
      ['deleteSource', 'mutation($id: ID!) { deleteSource(id: $id) { id } }', () => ({ id: publicSource.id })],
      ['restoreSource', 'mutation($id: ID!) { restoreSource(id: $id) { id } }', () => ({ id: publicSource.id })],
      ['revertChange', 'mutation($id: ID!) { revertChange(id: $id) { id } }', () => ({ id: 'any-change' })],
      [
        'createWorkspace',
        'mutation { createWorkspace(input: { slug: "anonymous-ws", title: "Nope" }) { id } }',
        () => ({}),
      ],
      [
        'addThemes',
        'mutation($ws: String!) { addThemes(workspace: $ws, themes: [{ id: "x", label: "X", description: "" }]) { id } }',
        () => ({ ws: ws.id }),
      ],
    ];

    it.each(forbidden)('refuses %s with UNAUTHENTICATED and writes nothing', async (_name, query, variables) => {
      const before = await workspaceCounts(api.db, ws.id);
      const answer = await anonymous(query, variables());
      expect(errorOf(answer).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(answer.data).toBeNull();
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });

    it('left no workspace behind from the refused createWorkspace', async () => {
      const answer = await api.gql<{ workspace: null }>('query { workspace(slug: "anonymous-ws") { id } }');
      expect(dataOf(answer).workspace).toBeNull();
    });
  });
});
