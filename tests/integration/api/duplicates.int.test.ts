import {
  ANONYMOUS,
  createActor,
  createRelation,
  createSource,
  errorOf,
  historyOf,
  startMigratedTestApi,
  workspaceCounts,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

interface Candidate {
  a: { id: string };
  b: { id: string };
  score: number;
  reasons: Array<{ kind: string; text: string }>;
}

const ACTOR = 'id name aliases version deletedAt identifiers { scheme value } localizedAliases { name language }';

describe('identifiers, language-tagged aliases and duplicates', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  const create = (input: Record<string, unknown>) =>
    api.gql<{ createActor: { id: string } }>(
      'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
      { ws: ws.id, input: { kind: 'NGO', tier: 'LOCAL', country: 'GR', ...input } },
    );
  const read = async (id: string) =>
    dataOf(
      await api.gql<{
        actor: {
          id: string;
          name: string;
          aliases: string[];
          version: number;
          deletedAt: string | null;
          identifiers: Array<{ scheme: string; value: string }>;
          localizedAliases: Array<{ name: string; language: string | null }>;
        } | null;
      }>(`query($id: ID!) { actor(id: $id) { ${ACTOR} } }`, { id }),
    ).actor;
  const candidates = async (headers?: typeof ANONYMOUS) =>
    dataOf(
      await api.gql<{ duplicateCandidates: Candidate[] }>(
        'query($ws: ID!) { duplicateCandidates(workspace: $ws, first: 100) { a { id } b { id } score reasons { kind text } } }',
        { ws: ws.id },
        headers,
      ),
    ).duplicateCandidates;
  const pairOf = (list: Candidate[], x: string, y: string) =>
    list.find((c) => (c.a.id === x && c.b.id === y) || (c.a.id === y && c.b.id === x));
  const liveTies = async (actorId: string) =>
    dataOf(
      await api.gql<{ actor: { relations: Array<{ id: string; sourceId: string; targetId: string }> } }>(
        'query($id: ID!) { actor(id: $id) { relations { id sourceId targetId } } }',
        { id: actorId },
      ),
    ).actor.relations;
  const revert = (id: string) =>
    api.gql<{ revertChange: { id: string } }>('mutation($id: ID!) { revertChange(id: $id) { id } }', { id });

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'duplicates');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  describe('identifiers', () => {
    it('stores identifiers in their registers’ form and finds the actor by an exact identifier value', async () => {
      const { id } = dataOf(
        await create({
          name: 'Identified NGO',
          identifiers: [
            { scheme: 'WIKIDATA', value: ' q4115189 ' },
            { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
          ],
          localizedAliases: [
            { name: 'ONG identifiée', language: 'fr' },
            { name: 'INGO', language: null },
          ],
        }),
      ).createActor;
      expect(await read(id)).toMatchObject({
        identifiers: [
          { scheme: 'WIKIDATA', value: 'Q4115189' },
          { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
        ],
        aliases: ['ONG identifiée', 'INGO'],
        localizedAliases: [
          { name: 'ONG identifiée', language: 'fr' },
          { name: 'INGO', language: null },
        ],
      });
      const found = dataOf(
        await api.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
          'query($ws: ID!, $q: String!) { actors(workspace: $ws, search: $q) { edges { node { id } } } }',
          { ws: ws.id, q: 'Q4115189' },
        ),
      ).actors.edges.map((edge) => edge.node.id);
      expect(found[0]).toBe(id);
      // The accent-folded alias is found as before.
      const byAlias = dataOf(
        await api.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
          'query($ws: ID!, $q: String!) { actors(workspace: $ws, search: $q) { edges { node { id } } } }',
          { ws: ws.id, q: 'ong identifiee' },
        ),
      ).actors.edges.map((edge) => edge.node.id);
      expect(byAlias).toContain(id);
    });

    it('refuses bad values, unknown languages and an identifier another actor holds, writing nothing', async () => {
      const holder = dataOf(
        await create({ name: 'Holder of Q777', identifiers: [{ scheme: 'WIKIDATA', value: 'Q777' }] }),
      ).createActor.id;
      const before = await workspaceCounts(api.db, ws.id);
      const bad = errorOf(await create({ name: 'Bad', identifiers: [{ scheme: 'WIKIDATA', value: '777' }] }));
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.identifiers.0.value' });
      expect(bad.message).toContain('Wikidata item id');
      const lei = errorOf(
        await create({ name: 'Bad', identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R13' }] }),
      );
      expect(lei.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.identifiers.0.value' });
      const language = errorOf(await create({ name: 'Bad', localizedAliases: [{ name: 'X', language: 'xx' }] }));
      expect(language.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.aliasLanguages.0' });
      const taken = errorOf(await create({ name: 'Second', identifiers: [{ scheme: 'WIKIDATA', value: 'q777' }] }));
      expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.identifiers.0' });
      expect(taken.message).toContain(holder);
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);

      // An update is refused the same way; once the holder is deleted the identifier is free.
      const other = dataOf(await create({ name: 'Other holder' })).createActor.id;
      const update = (version: number) =>
        api.gql(
          'mutation($id: ID!, $v: Int!) { updateActor(id: $id, expectedVersion: $v, input: { identifiers: [{ scheme: WIKIDATA, value: "Q777" }] }) { id } }',
          { id: other, v: version },
        );
      expect(errorOf(await update(1)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.identifiers.0',
      });
      dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: holder }));
      dataOf(await update(1));
      expect((await read(other))!.identifiers).toEqual([{ scheme: 'WIKIDATA', value: 'Q777' }]);
    });

    it('keeps each alias’s language when the plain aliases are replaced', async () => {
      const { id } = dataOf(
        await create({ name: 'Tagged', localizedAliases: [{ name: 'Étiqueté', language: 'fr' }] }),
      ).createActor;
      dataOf(
        await api.gql(
          'mutation($id: ID!) { updateActor(id: $id, expectedVersion: 1, input: { aliases: ["TG", "Étiqueté"] }) { id } }',
          {
            id,
          },
        ),
      );
      expect((await read(id))!.localizedAliases).toEqual([
        { name: 'TG', language: null },
        { name: 'Étiqueté', language: 'fr' },
      ]);
    });
  });

  describe('duplicate candidates, merge and dismissal', () => {
    let keep: string;
    let dup: string;
    const partners: string[] = [];

    beforeAll(async () => {
      keep = (
        await createActor(api, ws.id, {
          name: 'Refugee Support Aegean',
          country: 'GR',
          identifiers: [{ scheme: 'CHARITY_NUMBER', value: '998877' }],
        })
      ).id;
      dup = (
        await createActor(api, ws.id, {
          name: 'Refugee Support Aegaen e.V.',
          country: 'GR',
          city: 'Lesvos',
          localizedAliases: [{ name: 'RSA', language: 'en' }],
          identifiers: [{ scheme: 'WIKIDATA', value: 'Q55555' }],
        })
      ).id;
      for (const name of ['Partner one', 'Partner two', 'Partner three']) {
        partners.push((await createActor(api, ws.id, { name, country: 'IT' })).id);
      }
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: keep, targetId: partners[0] });
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: dup, targetId: partners[1] });
      const funds = await createRelation(api, ws.id, { type: 'FUNDS', sourceId: partners[2], targetId: dup });
      await createSource(api, funds.id, { title: 'Annual report', quote: 'funded by partner three' });
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: dup, targetId: keep });
    });

    it('suggests the close names in one country, with the reason in words', async () => {
      const pair = pairOf(await candidates(), keep, dup);
      expect(pair).toBeDefined();
      expect(pair!.reasons[0]).toMatchObject({ kind: 'CLOSE_NAMES' });
      expect(pair!.reasons[0]!.text).toContain('both in GR');
    });

    it('moves the ties to the kept actor, unites names and identifiers, and revert restores both exactly', async () => {
      const keptBefore = await read(keep);
      const dupBefore = await read(dup);
      expect((await liveTies(keep)).length).toBe(2);
      expect((await liveTies(dup)).length).toBe(3);
      const merged = dataOf(
        await api.gql<{
          mergeDuplicates: {
            operationId: string;
            kept: { aliases: string[]; identifiers: Array<{ scheme: string; value: string }> };
            merged: { deletedAt: string | null };
            movedRelations: Array<{ id: string; sourceId: string; targetId: string; type: string }>;
            droppedRelationIds: string[];
          };
        }>(
          `mutation($k: ID!, $m: ID!) { mergeDuplicates(keepId: $k, mergeId: $m) { operationId
             kept { aliases identifiers { scheme value } } merged { deletedAt }
             movedRelations { id sourceId targetId type } droppedRelationIds } }`,
          { k: keep, m: dup },
        ),
      ).mergeDuplicates;
      expect(merged.kept.aliases).toEqual(['Refugee Support Aegaen e.V.', 'RSA']);
      expect(merged.kept.identifiers).toEqual([
        { scheme: 'CHARITY_NUMBER', value: '998877' },
        { scheme: 'WIKIDATA', value: 'Q55555' },
      ]);
      expect(merged.merged.deletedAt).not.toBeNull();
      expect(merged.movedRelations.map((r) => [r.type, r.sourceId, r.targetId]).sort()).toEqual(
        [
          ['FUNDS', partners[2], keep],
          ['PARTNERS_WITH', keep, partners[1]],
        ].sort(),
      );
      expect(merged.droppedRelationIds).toHaveLength(1);
      // Kept: its own tie and the two moved; the tie between the two is gone with the merged actor.
      expect((await liveTies(keep)).length).toBe(3);
      const movedFunds = merged.movedRelations.find((r) => r.type === 'FUNDS')!;
      const evidence = dataOf(
        await api.gql<{ relation: { sources: Array<{ quote: string }> } }>(
          'query($id: ID!) { relation(id: $id) { sources { quote } } }',
          { id: movedFunds.id },
        ),
      ).relation.sources;
      expect(evidence.map((s) => s.quote)).toEqual(['funded by partner three']);
      expect((await read(keep))!.localizedAliases).toContainEqual({ name: 'RSA', language: 'en' });
      // The merged actor's history stays under its id, with the merge as its latest change.
      expect((await historyOf(api, dup))[0]).toMatchObject({ action: 'DELETE' });
      expect(pairOf(await candidates(), keep, dup)).toBeUndefined();

      // Reverted from the kept actor's history (its newest change is the merge's step): every step is undone,
      // and the revert says it belonged to an operation, so a client reloads what it shows.
      const [newest] = await historyOf(api, keep);
      const reverted = dataOf(
        await api.gql<{ revertChange: { operation: string | null } }>(
          'mutation($id: ID!) { revertChange(id: $id) { operation } }',
          { id: newest!.id },
        ),
      ).revertChange;
      expect(reverted.operation).toBe('MERGE_DUPLICATES');
      const keptAfter = await read(keep);
      const dupAfter = await read(dup);
      expect({ ...keptAfter, version: 0 }).toEqual({ ...keptBefore, version: 0 });
      expect({ ...dupAfter, version: 0 }).toEqual({ ...dupBefore, version: 0 });
      expect((await liveTies(keep)).length).toBe(2);
      expect((await liveTies(dup)).length).toBe(3);
    });

    it('refuses a merge with itself or an unknown actor, writing nothing', async () => {
      const before = await workspaceCounts(api.db, ws.id);
      const merge = (k: string, m: string) =>
        api.gql('mutation($k: ID!, $m: ID!) { mergeDuplicates(keepId: $k, mergeId: $m) { operationId } }', { k, m });
      expect(errorOf(await merge(keep, keep)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergeId' });
      expect(errorOf(await merge(keep, 'nope')).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'mergeId' });
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });

    it('a dismissal stops the pair from being suggested, and its revert brings it back', async () => {
      const dismissed = dataOf(
        await api.gql<{ dismissDuplicate: { operationId: string } }>(
          'mutation($a: ID!, $b: ID!) { dismissDuplicate(aId: $a, bId: $b) { operationId } }',
          { a: keep, b: dup },
        ),
      ).dismissDuplicate;
      expect(pairOf(await candidates(), keep, dup)).toBeUndefined();
      dataOf(await revert(dismissed.operationId));
      expect(pairOf(await candidates(), keep, dup)).toBeDefined();
    });

    it('never shows an anonymous viewer a restricted actor, and refuses bad arguments', async () => {
      const secret = (
        await createActor(api, ws.id, { name: 'Refugee Support Aegean', country: 'GR', visibility: 'RESTRICTED' })
      ).id;
      expect(pairOf(await candidates(), keep, secret)).toBeDefined();
      const seen = await candidates(ANONYMOUS);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.flatMap((c) => [c.a.id, c.b.id])).not.toContain(secret);
      const bad = errorOf(
        await api.gql('query($ws: ID!) { duplicateCandidates(workspace: $ws, first: 0) { score } }', { ws: ws.id }),
      );
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });
});
