import {
  createActor,
  createRelation,
  errorOf,
  historyOf,
  startMigratedTestApi,
  workspaceCounts,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

interface Broker {
  actorId: string;
  degree: number;
  betweenness: number;
}

const SUCCESSION = `operationId actors { id name since until version names { name since replacedOn } }
  relations { id type sourceId targetId since }`;

describe('institutions in time (lifespans, successions, tie states)', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  const brokers = async (asOf: string | null) =>
    dataOf(
      await api.gql<{ analytics: { brokers: { actors: Broker[] } } }>(
        `query($ws: ID!, $asOf: String) { analytics(workspace: $ws, asOf: $asOf) {
           brokers(top: 50) { actors { actorId degree betweenness } } } }`,
        { ws: ws.id, asOf },
      ),
    ).analytics.brokers.actors;
  const components = async (asOf: string) =>
    dataOf(
      await api.gql<{ analytics: { silos: { components: Array<{ actorIds: string[] }> } } }>(
        `query($ws: ID!, $asOf: String) { analytics(workspace: $ws, asOf: $asOf) { silos { components { actorIds } } } }`,
        { ws: ws.id, asOf },
      ),
    ).analytics.silos.components.map((c) => [...c.actorIds].sort());
  const diff = async (from: string, to: string) =>
    dataOf(
      await api.gql<{
        analytics: {
          diff: {
            addedActorIds: string[];
            endedActorIds: string[];
            renamedActors: Array<{ actorId: string; fromName: string; toName: string }>;
            successions: Array<{ kind: string; predecessor: string; successor: string; on: string }>;
            changedRelations: Array<{ relationId: string; field: string; from: string; to: string }>;
          };
        };
      }>(
        `query($ws: ID!, $from: String!, $to: String!) { analytics(workspace: $ws) { diff(from: $from, to: $to) {
           addedActorIds endedActorIds renamedActors { actorId fromName toName }
           successions { kind predecessor successor on } changedRelations { relationId field from to } } } }`,
        { ws: ws.id, from, to },
      ),
    ).analytics.diff;
  const readActor = async (id: string, date: string) =>
    dataOf(
      await api.gql<{
        actor: { name: string; nameOn: string; since: string | null; until: string | null; version: number };
      }>('query($id: ID!, $date: String!) { actor(id: $id) { name nameOn(date: $date) since until version } }', {
        id,
        date,
      }),
    ).actor;
  const revert = async (id: string) =>
    api.gql<{ revertChange: { id: string; action: string } }>(
      'mutation($id: ID!) { revertChange(id: $id) { id action revertOf } }',
      { id },
    );

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'time');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  describe('lifespans', () => {
    let office: string;
    let ngo: string;
    beforeAll(async () => {
      office = (
        await createActor(api, ws.id, { name: 'Migrant office', kind: 'MUNICIPALITY', since: '2015-09', until: '2020' })
      ).id;
      ngo = (await createActor(api, ws.id, { name: 'Lifespan NGO' })).id;
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: office, targetId: ngo });
    });

    it('stores since and until, and lists as of a day only the actors present then', async () => {
      expect(await readActor(office, '2016')).toMatchObject({ since: '2015-09', until: '2020' });
      const listed = async (asOf: string) =>
        dataOf(
          await api.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
            'query($ws: ID!, $asOf: String) { actors(workspace: $ws, filter: { asOf: $asOf }, first: 500) { edges { node { id } } } }',
            { ws: ws.id, asOf },
          ),
        ).actors.edges.map((edge) => edge.node.id);
      expect(await listed('2012-01-01')).not.toContain(office);
      expect(await listed('2012-01-01')).toContain(ngo);
      expect(await listed('2018-01-01')).toContain(office);
      expect(await listed('2021-01-01')).not.toContain(office);
    });

    it('leaves an actor outside its lifespan, and its ties, out of every analysis as of that date', async () => {
      expect((await brokers('2012-06-01')).map((b) => b.actorId)).not.toContain(office);
      expect((await brokers('2018-06-01')).find((b) => b.actorId === office)?.degree).toBe(1);
      expect((await components('2012-06-01')).flat()).not.toContain(office);
      expect((await brokers('2012-06-01')).find((b) => b.actorId === ngo)?.degree).toBe(0);
    });

    it('refuses a lifespan out of order or a bad date, writing nothing', async () => {
      const before = await workspaceCounts(api.db, ws.id);
      const answer = await api.gql(
        'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "X", kind: NGO, tier: LOCAL, since: "2019", until: "2018-05" }) { id } }',
        { ws: ws.id },
      );
      expect(errorOf(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.until' });
      const bad = await api.gql(
        'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "X", kind: NGO, tier: LOCAL, since: "2019-13" }) { id } }',
        { ws: ws.id },
      );
      expect(errorOf(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.since' });
      const list = await api.gql(
        'query($ws: ID!) { actors(workspace: $ws, filter: { asOf: "2019" }) { totalCount } }',
        {
          ws: ws.id,
        },
      );
      expect(errorOf(list).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.asOf' });
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });
  });

  describe('renameActor', () => {
    let ministry: string;
    let partner: string;
    beforeAll(async () => {
      ministry = (
        await createActor(api, ws.id, {
          name: 'Ministry of Migration Policy',
          kind: 'MINISTRY',
          tier: 'NATIONAL',
          since: '2016-11',
        })
      ).id;
      partner = (await createActor(api, ws.id, { name: 'Rename partner' })).id;
      await createRelation(api, ws.id, { type: 'CONSULTS', sourceId: ministry, targetId: partner, since: '2017' });
    });

    it('keeps the old name for dates before the rename and is one institution in a diff; revert undoes it', async () => {
      const answer = await api.gql<{
        renameActor: { operationId: string; actors: Array<{ name: string; names: unknown[] }> };
      }>(
        `mutation($id: ID!) { renameActor(id: $id, name: "Ministry of Migration and Asylum", on: "2019-07",
           evidence: { document: "gazette.txt", quote: "renamed Ministry of Migration and Asylum" }) { ${SUCCESSION} } }`,
        { id: ministry },
      );
      const result = dataOf(answer).renameActor;
      expect(result.actors[0]).toMatchObject({
        name: 'Ministry of Migration and Asylum',
        names: [
          { name: 'Ministry of Migration Policy', since: '2016-11', replacedOn: '2019-07' },
          { name: 'Ministry of Migration and Asylum', since: '2019-07', replacedOn: null },
        ],
      });
      expect(await readActor(ministry, '2018-05-01')).toMatchObject({
        name: 'Ministry of Migration and Asylum',
        nameOn: 'Ministry of Migration Policy',
      });
      const changed = await diff('2018', '2020');
      expect(changed.renamedActors).toEqual([
        { actorId: ministry, fromName: 'Ministry of Migration Policy', toName: 'Ministry of Migration and Asylum' },
      ]);
      expect(changed.addedActorIds).not.toContain(ministry);
      expect(changed.endedActorIds).not.toContain(ministry);
      const [latest] = await historyOf(api, ministry);
      expect(latest).toMatchObject({ id: result.operationId, action: 'UPDATE' });

      const found = dataOf(
        await api.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
          'query($ws: ID!) { actors(workspace: $ws, search: "Policy") { edges { node { id } } } }',
          { ws: ws.id },
        ),
      ).actors.edges.map((edge) => edge.node.id);
      expect(found).toContain(ministry);

      expect(dataOf(await revert(result.operationId)).revertChange.action).toBe('REVERT');
      expect(await readActor(ministry, '2018')).toMatchObject({
        name: 'Ministry of Migration Policy',
        nameOn: 'Ministry of Migration Policy',
      });
    });

    it('refuses a rename before the founding, to the same name, or without a date, writing nothing', async () => {
      const before = await workspaceCounts(api.db, ws.id);
      const rename = (name: string, on: string) =>
        api.gql(
          'mutation($id: ID!, $name: String!, $on: String!) { renameActor(id: $id, name: $name, on: $on) { operationId } }',
          {
            id: ministry,
            name,
            on,
          },
        );
      expect(errorOf(await rename('New', '2015')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
      expect(errorOf(await rename('Ministry of Migration Policy', '2020')).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      expect(errorOf(await rename('New', 'soon')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });
  });

  describe('mergeActors', () => {
    let a: string;
    let c: string;
    const partners: string[] = [];
    beforeAll(async () => {
      a = (
        await createActor(api, ws.id, { name: 'Merged ministry', kind: 'MINISTRY', tier: 'NATIONAL', since: '2010' })
      ).id;
      c = (
        await createActor(api, ws.id, { name: 'Absorbing ministry', kind: 'MINISTRY', tier: 'NATIONAL', since: '2010' })
      ).id;
      for (const name of ['Merge partner x', 'Merge partner y', 'Merge partner z']) {
        partners.push((await createActor(api, ws.id, { name })).id);
      }
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: a, targetId: partners[0], since: '2011' });
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: a, targetId: partners[1], since: '2011' });
      await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: c, targetId: partners[2], since: '2011' });
    });

    it('combines the ties from its date in one step, and revert undoes every step', async () => {
      const degreeOfC = async (asOf: string) => (await brokers(asOf)).find((row) => row.actorId === c)?.degree;
      expect(await degreeOfC('2018-06-01')).toBe(1);
      const answer = await api.gql<{
        mergeActors: {
          operationId: string;
          actors: Array<{ id: string; until: string | null }>;
          relations: Array<{ type: string; since: string }>;
        };
      }>(
        `mutation($ids: [ID!]!, $into: ID!) { mergeActors(ids: $ids, into: $into, on: "2017-05") { ${SUCCESSION} } }`,
        {
          ids: [a],
          into: c,
        },
      );
      const merged = dataOf(answer).mergeActors;
      expect(merged.actors.find((actor) => actor.id === a)?.until).toBe('2017-04');
      expect(merged.relations).toEqual([
        expect.objectContaining({ type: 'MERGED_INTO', sourceId: a, targetId: c, since: '2017-05' }),
      ]);

      expect(await degreeOfC('2017-04-30')).toBe(1);
      expect(await degreeOfC('2017-05-01')).toBe(3);
      expect((await brokers('2018-06-01')).map((row) => row.actorId)).not.toContain(a);
      const changed = await diff('2016', '2018');
      expect(changed.endedActorIds).not.toContain(a);
      expect(changed.renamedActors).toEqual([]);
      expect(changed.successions).toEqual([{ kind: 'MERGED_INTO', predecessor: a, successor: c, on: '2017-05' }]);
      expect((await historyOf(api, a))[0]).toMatchObject({ id: merged.operationId });

      dataOf(await revert(merged.operationId));
      expect(await readActor(a, '2018')).toMatchObject({ until: null });
      expect(await degreeOfC('2018-06-01')).toBe(1);
      expect((await diff('2016', '2018')).successions).toEqual([]);
    });

    it('refuses an actor merged into itself, an unknown id or a date before its founding, writing nothing', async () => {
      const before = await workspaceCounts(api.db, ws.id);
      const merge = (ids: string[], into: string, on: string) =>
        api.gql(
          'mutation($ids: [ID!]!, $into: ID!, $on: String!) { mergeActors(ids: $ids, into: $into, on: $on) { operationId } }',
          {
            ids,
            into,
            on,
          },
        );
      expect(errorOf(await merge([c], c, '2018')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.0' });
      expect(errorOf(await merge(['nope'], c, '2018')).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ids.0' });
      expect(errorOf(await merge([a], c, '2009')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'into' });
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });
  });

  describe('rights', () => {
    it('refuses a rename, merge or split by an anonymous visitor or a non-member, writing nothing', async () => {
      const one = (await createActor(api, ws.id, { name: 'Rights one' })).id;
      const two = (await createActor(api, ws.id, { name: 'Rights two' })).id;
      const before = await workspaceCounts(api.db, ws.id);
      const outsider = await api.signUpUser('time-outsider');
      const calls: Array<[string, Record<string, unknown>]> = [
        ['mutation($a: ID!) { renameActor(id: $a, name: "Other", on: "2020") { operationId } }', { a: one }],
        [
          'mutation($a: ID!, $b: ID!) { mergeActors(ids: [$a], into: $b, on: "2020") { operationId } }',
          { a: one, b: two },
        ],
        [
          'mutation($a: ID!, $b: ID!) { splitActor(from: $a, into: [$b], on: "2020") { operationId } }',
          { a: one, b: two },
        ],
      ];
      for (const [query, variables] of calls) {
        const anonymous = await api.gql(query, variables, { headers: { 'x-tiermap-viewer': 'anonymous' } });
        expect(errorOf(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
        const stranger = await api.gql(query, variables, { headers: outsider.headers });
        // A member-only workspace is not found by a non-member; a public one is seen but not editable.
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(stranger).extensions?.code);
      }
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });
  });

  describe('splitActor', () => {
    it('links the parts to the original from the date and can dissolve it; revert undoes it', async () => {
      const original = (await createActor(api, ws.id, { name: 'Split original', kind: 'MINISTRY', tier: 'NATIONAL' }))
        .id;
      const part = (await createActor(api, ws.id, { name: 'Split part', kind: 'NATIONAL_AGENCY', tier: 'NATIONAL' }))
        .id;
      const answer = await api.gql<{
        splitActor: { operationId: string; actors: Array<{ id: string; since: string | null; until: string | null }> };
      }>(
        `mutation($from: ID!, $into: [ID!]!) { splitActor(from: $from, into: $into, on: "2020-01-01", dissolve: true) { ${SUCCESSION} } }`,
        {
          from: original,
          into: [part],
        },
      );
      const split = dataOf(answer).splitActor;
      expect(split.actors).toEqual([
        expect.objectContaining({ id: original, until: '2019-12-31' }),
        expect.objectContaining({ id: part, since: '2020-01-01' }),
      ]);
      expect((await diff('2019', '2021')).successions).toEqual([
        { kind: 'SPLIT_FROM', predecessor: original, successor: part, on: '2020-01-01' },
      ]);
      dataOf(await revert(split.operationId));
      expect(await readActor(original, '2021')).toMatchObject({ until: null });
      expect(await readActor(part, '2021')).toMatchObject({ since: null });
    });
  });

  describe('tie trajectories', () => {
    let gov: string;
    let critic: string;
    let relationId: string;
    beforeAll(async () => {
      gov = (await createActor(api, ws.id, { name: 'Trajectory ministry', kind: 'MINISTRY', tier: 'NATIONAL' })).id;
      critic = (await createActor(api, ws.id, { name: 'Trajectory NGO' })).id;
      relationId = (
        await createRelation(api, ws.id, {
          type: 'CONSULTS',
          sourceId: gov,
          targetId: critic,
          since: '2014',
          mode: 'COOPERATION',
          states: [{ on: '2019-03', mode: 'CONFRONTATION' }],
        })
      ).id;
    });

    it('is cooperative before the date it turned to confrontation and not after', async () => {
      const together = (groups: string[][]) => groups.some((group) => group.includes(gov) && group.includes(critic));
      expect(together(await components('2018-12-31'))).toBe(true);
      expect(together(await components('2019-06-01'))).toBe(false);
      expect((await diff('2018', '2020')).changedRelations).toEqual([
        { relationId, field: 'mode', from: 'COOPERATION', to: 'CONFRONTATION' },
      ]);
      const stored = dataOf(
        await api.gql<{ relation: { states: unknown[] } }>(
          'query($id: ID!) { relation(id: $id) { states { on mode engagement } } }',
          {
            id: relationId,
          },
        ),
      ).relation;
      expect(stored.states).toEqual([{ on: '2019-03', mode: 'CONFRONTATION', engagement: null }]);
    });

    it('refuses a state dated before the tie began or changing nothing, and a succession without a date', async () => {
      const before = await workspaceCounts(api.db, ws.id);
      const answer = await api.gql(
        'mutation($id: ID!, $input: RelationPatch!) { updateRelation(id: $id, input: $input, expectedVersion: 1) { id } }',
        {
          id: relationId,
          input: { states: [{ on: '2010', mode: 'CONFRONTATION' }, { on: '2020' }] },
        },
      );
      expect(errorOf(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const fields = (errorOf(answer).extensions?.fields as Array<{ field: string }>).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['input.states.0.on', 'input.states.1']));
      const undated = await api.gql(
        'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
        { ws: ws.id, input: { type: 'MERGED_INTO', sourceId: critic, targetId: gov } },
      );
      expect(errorOf(undated).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.since' });
      expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
    });
  });
});
