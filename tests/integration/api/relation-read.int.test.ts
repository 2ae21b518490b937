import {
  createActor,
  createRelation,
  createSource,
  errorOf,
  RELATION_FIELDS,
  startMigratedTestApi,
  type RelationData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const ACTOR_RELATIONS = `query($id: ID!, $direction: Direction, $filter: RelationFilter) {
  actor(id: $id) { relations(direction: $direction, filter: $filter) { id type sourceId targetId } }
}`;

const RELATION_PAGE = `query($ws: ID!, $filter: RelationListFilter, $first: Int, $after: String) {
  relations(workspace: $ws, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
  }
}`;

interface RelationPage {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('reading relations', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  const actor: Record<'ministry' | 'ngo' | 'foundation' | 'city', string> = {
    ministry: '',
    ngo: '',
    foundation: '',
    city: '',
  };
  const rel: Record<'funds' | 'contracts' | 'challenges' | 'partners' | 'deleted', RelationData> = {} as never;
  const sourceIds: string[] = [];
  const outsiders: string[] = [];

  const relationsOf = async (id: string, direction?: string, filter?: Record<string, unknown>) => {
    const answer = await api.gql<{ actor: { relations: Array<{ id: string }> } }>(ACTOR_RELATIONS, {
      id,
      direction,
      filter,
    });
    return dataOf(answer).actor.relations.map((relation) => relation.id);
  };
  const page = async (variables: Record<string, unknown>) =>
    dataOf(await api.gql<{ relations: RelationPage }>(RELATION_PAGE, { ws: ws.id, ...variables })).relations;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'relation-read');
    other = await createTestWorkspace(api, 'relation-read-other');
    actor.ministry = (await createActor(api, ws.id, { name: 'Ministry', kind: 'MINISTRY', tier: 'NATIONAL' })).id;
    actor.ngo = (await createActor(api, ws.id, { name: 'Refugee NGO' })).id;
    actor.foundation = (await createActor(api, ws.id, { name: 'Foundation', kind: 'FOUNDATION', tier: 'GLOBAL' })).id;
    actor.city = (await createActor(api, ws.id, { name: 'City', kind: 'MUNICIPALITY' })).id;
    rel.funds = await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: actor.foundation,
      targetId: actor.ngo,
      externalId: 'grant-2018',
      amount: 50000.5,
      currency: 'EUR',
      since: '2018',
      until: '2019-06',
      mode: 'COOPERATION',
      engagement: 'INVOLVE',
      formal: true,
      themes: ['reception', 'protection'],
      strength: 4,
      confidence: 0.9,
      notes: 'Core grant.',
      visibility: 'WORKSPACE',
    });
    rel.contracts = await createRelation(api, ws.id, {
      type: 'CONTRACTS',
      sourceId: actor.ministry,
      targetId: actor.ngo,
      since: '2020-03',
      mode: 'CO_OPTATION',
      confidence: 0.6,
    });
    rel.challenges = await createRelation(api, ws.id, {
      type: 'CHALLENGES',
      sourceId: actor.ngo,
      targetId: actor.ministry,
      since: '2019-01-15',
      mode: 'CONFRONTATION',
      formal: false,
      confidence: 0.3,
    });
    rel.partners = await createRelation(api, ws.id, {
      type: 'PARTNERS_WITH',
      sourceId: actor.ngo,
      targetId: actor.city,
    });
    rel.deleted = await createRelation(api, ws.id, {
      type: 'ADVOCATES_TO',
      sourceId: actor.ngo,
      targetId: actor.ministry,
    });
    dataOf(await api.gql('mutation($id: ID!) { deleteRelation(id: $id) { id } }', { id: rel.deleted.id }));

    sourceIds.push(
      (await createSource(api, actor.ngo, { title: 'Annual report 2019', quote: 'We ran 3 centres.' })).id,
    );
    const dropped = await createSource(api, actor.ngo, { url: 'https://example.org/old' });
    dataOf(await api.gql('mutation($id: ID!) { deleteSource(id: $id) { id } }', { id: dropped.id }));
    sourceIds.push((await createSource(api, actor.ngo, { document: 'evaluation.pdf', page: '12' })).id);
    await createSource(api, rel.funds.id, { title: 'Grant database', quote: 'EUR 50,000.50 to Refugee NGO' });

    // Relations of another workspace never show up here.
    for (const name of ['X', 'Y']) outsiders.push((await createActor(api, other.id, { name })).id);
    await createRelation(api, other.id, { type: 'FUNDS', sourceId: outsiders[0], targetId: outsiders[1] });
  });
  afterAll(async () => {
    await ws.remove();
    await other.remove();
    await api.close();
  });

  describe('createRelation', () => {
    it('stores every field and the defaults', () => {
      expect(rel.funds).toMatchObject({
        workspaceId: ws.id,
        externalId: 'grant-2018',
        type: 'FUNDS',
        sourceId: actor.foundation,
        targetId: actor.ngo,
        directed: true,
        mode: 'COOPERATION',
        engagement: 'INVOLVE',
        formal: true,
        themes: ['reception', 'protection'],
        since: '2018',
        until: '2019-06',
        amount: 50000.5,
        currency: 'EUR',
        strength: 4,
        confidence: 0.9,
        notes: 'Core grant.',
        visibility: 'WORKSPACE',
        version: 1,
        deletedAt: null,
      });
      expect(rel.partners).toMatchObject({
        directed: false,
        mode: null,
        engagement: null,
        formal: null,
        themes: [],
        since: null,
        until: null,
        amount: null,
        currency: null,
        strength: null,
        confidence: 1,
        notes: null,
        visibility: 'PUBLIC',
      });
      expect(rel.contracts.directed).toBe(true);
    });

    it('keeps an explicit directed flag', async () => {
      const relation = await createRelation(api, other.id, {
        type: 'SHARES_DATA_WITH',
        sourceId: outsiders[0],
        targetId: outsiders[1],
        directed: true,
      });
      expect(relation.directed).toBe(true);
    });
  });

  describe('actor.relations', () => {
    it('lists live relations in both directions, oldest first, by default', async () => {
      expect(await relationsOf(actor.ngo)).toEqual([
        rel.funds.id,
        rel.contracts.id,
        rel.challenges.id,
        rel.partners.id,
      ]);
      expect(await relationsOf(actor.ngo, 'BOTH')).toEqual(await relationsOf(actor.ngo));
    });

    it('lists only relations the actor is the source of with OUT, and the target of with IN', async () => {
      expect(await relationsOf(actor.ngo, 'OUT')).toEqual([rel.challenges.id, rel.partners.id]);
      expect(await relationsOf(actor.ngo, 'IN')).toEqual([rel.funds.id, rel.contracts.id]);
      expect(await relationsOf(actor.city, 'IN')).toEqual([rel.partners.id]);
      expect(await relationsOf(actor.city, 'OUT')).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, Array<keyof typeof rel>]>([
      ['types', { types: ['FUNDS', 'CONTRACTS'] }, ['funds', 'contracts']],
      ['modes', { modes: ['CONFRONTATION', 'CO_OPTATION'] }, ['contracts', 'challenges']],
      ['engagements', { engagements: ['INVOLVE'] }, ['funds']],
      ['themes', { themes: ['protection'] }, ['funds']],
      ['formal: true', { formal: true }, ['funds']],
      ['formal: false', { formal: false }, ['challenges']],
      ['minConfidence (inclusive)', { minConfidence: 0.6 }, ['funds', 'contracts', 'partners']],
      ['minConfidence 0', { minConfidence: 0 }, ['funds', 'contracts', 'challenges', 'partners']],
      ['includeDeleted', { includeDeleted: true }, ['funds', 'contracts', 'challenges', 'partners', 'deleted']],
      // since "2018" starts on 2018-01-01; until "2019-06" ends on 2019-06-30.
      ['asOf the first day of a year-only since', { asOf: '2018-01-01' }, ['funds', 'partners']],
      ['asOf the last day of a month-only until', { asOf: '2019-06-30' }, ['funds', 'challenges', 'partners']],
      ['asOf the day after a month-only until', { asOf: '2019-07-01' }, ['challenges', 'partners']],
      ['asOf before every start', { asOf: '2017-12-31' }, ['partners']],
      ['asOf the first day of a month-only since', { asOf: '2020-03-01' }, ['contracts', 'challenges', 'partners']],
      ['asOf the day before a day since', { asOf: '2019-01-14' }, ['funds', 'partners']],
      ['several facets at once', { types: ['FUNDS', 'CHALLENGES'], minConfidence: 0.5 }, ['funds']],
    ])('filters by %s', async (_label, filter, expected) => {
      expect(await relationsOf(actor.ngo, 'BOTH', filter)).toEqual(expected.map((key) => rel[key].id));
    });

    it('combines a direction with a filter', async () => {
      expect(await relationsOf(actor.ngo, 'IN', { minConfidence: 0.7 })).toEqual([rel.funds.id]);
    });

    it('lists the live sources of an actor, oldest first', async () => {
      const answer = await api.gql<{
        actor: { sources: Array<{ id: string; subjectId: string; subjectKind: string; deletedAt: string | null }> };
      }>('query($id: ID!) { actor(id: $id) { sources { id subjectId subjectKind deletedAt } } }', { id: actor.ngo });
      const { sources } = dataOf(answer).actor;
      expect(sources.map((source) => source.id)).toEqual(sourceIds);
      expect(sources.every((s) => s.subjectId === actor.ngo && s.subjectKind === 'ACTOR' && !s.deletedAt)).toBe(true);
    });
  });

  describe('relation(id)', () => {
    it('returns a relation with its ends, its sources and whether it is sourced', async () => {
      const answer = await api.gql<{
        relation: RelationData & {
          source: { name: string };
          target: { name: string };
          sources: Array<{ quote: string; subjectKind: string }>;
          unsourced: boolean;
        };
      }>(
        `query($id: ID!) { relation(id: $id) { ${RELATION_FIELDS}
          source { name } target { name } sources { quote subjectKind } unsourced } }`,
        { id: rel.funds.id },
      );
      const relation = dataOf(answer).relation;
      expect(relation).toMatchObject({
        ...rel.funds,
        source: { name: 'Foundation' },
        target: { name: 'Refugee NGO' },
        sources: [{ quote: 'EUR 50,000.50 to Refugee NGO', subjectKind: 'RELATION' }],
        unsourced: false,
      });
    });

    it('marks a relation without sources as unsourced', async () => {
      const answer = await api.gql<{ relation: { unsourced: boolean; sources: unknown[] } }>(
        'query($id: ID!) { relation(id: $id) { unsourced sources { id } } }',
        { id: rel.contracts.id },
      );
      expect(dataOf(answer).relation).toEqual({ unsourced: true, sources: [] });
    });

    it('returns a soft-deleted relation with deletedAt set', async () => {
      const answer = await api.gql<{ relation: { deletedAt: string | null } }>(
        'query($id: ID!) { relation(id: $id) { deletedAt } }',
        { id: rel.deleted.id },
      );
      expect(dataOf(answer).relation.deletedAt).not.toBeNull();
    });

    it('answers null for an unknown id', async () => {
      const answer = await api.gql<{ relation: null }>('query { relation(id: "no-such-relation") { id } }');
      expect(dataOf(answer).relation).toBeNull();
    });
  });

  describe('relations(workspace)', () => {
    it('lists the workspace’s live relations, oldest first, with the total', async () => {
      const all = await page({});
      expect(all.totalCount).toBe(4);
      expect(all.edges.map((edge) => edge.node.id)).toEqual([
        rel.funds.id,
        rel.contracts.id,
        rel.challenges.id,
        rel.partners.id,
      ]);
      expect(all.pageInfo.hasNextPage).toBe(false);
    });

    it('pages one at a time without repeats or gaps and with a stable total', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard += 1) {
        const current: RelationPage = await page({ first: 1, after });
        expect(current.totalCount).toBe(4);
        seen.push(...current.edges.map((edge) => edge.node.id));
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      expect(seen).toEqual([rel.funds.id, rel.contracts.id, rel.challenges.id, rel.partners.id]);
    });

    it.each<[string, () => Record<string, unknown>, Array<keyof typeof rel>]>([
      ['actorId (either end)', () => ({ actorId: actor.city }), ['partners']],
      ['actorId and types', () => ({ actorId: actor.ministry, types: ['CHALLENGES'] }), ['challenges']],
      ['includeDeleted', () => ({ includeDeleted: true }), ['funds', 'contracts', 'challenges', 'partners', 'deleted']],
      ['asOf', () => ({ asOf: '2019-03-01' }), ['funds', 'challenges', 'partners']],
      ['minConfidence', () => ({ minConfidence: 0.95 }), ['partners']],
      ['an actor without relations', () => ({ actorId: 'no-such-actor' }), []],
    ])('filters by %s', async (_label, filter, expected) => {
      const current = await page({ filter: filter() });
      expect(current.edges.map((edge) => edge.node.id)).toEqual(expected.map((key) => rel[key].id));
      expect(current.totalCount).toBe(expected.length);
    });

    it('refuses a bad cursor', async () => {
      const answer = await api.gql(RELATION_PAGE, { ws: ws.id, after: 'bogus' });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('answers NOT_FOUND for an unknown workspace', async () => {
      const answer = await api.gql(RELATION_PAGE, { ws: 'no-such-workspace' });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
    });
  });
});
