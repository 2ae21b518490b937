import { dataOf } from '../../helpers/workspace-fixture';
import { buildAnalyticsFixture, type AnalyticsFixture } from './analytics-fixture';

interface PartnersAnswer {
  partners: {
    candidates: Array<{
      actorId: string;
      score: number;
      reasons: string[];
      capacity: {
        sharedPopulations: string[];
        sharedServices: string[];
        sharedLanguages: string[];
        complementary: { sourceOnly: string[]; targetOnly: string[] } | null;
        systemKind: string | null;
        countries: string[];
        score: number;
      } | null;
    }>;
  };
}

const UPDATE = `mutation($id: ID!, $input: ActorPatch!, $v: Int!) {
  updateActor(id: $id, input: $input, expectedVersion: $v) { id version populationsServed services languages }
}`;
const CREATE = 'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }';

/**
 * Capacity profiles through the API (issue 20 point 7) on the analytics fixture: the Greek Refugee NGO
 * (A2) serves unaccompanied children with legal aid in Greek; the ministry (A3) serves them with
 * housing in Greek; the Greek Diaspora Union (A7, in DE, origins GR) has A2's profile; the RESTRICTED
 * Hidden Shelter (A5) serves them with housing.
 */
describe('capacity profiles and the partner finder through the API', () => {
  let fx: AnalyticsFixture;
  const partnersOf = async (anonymous = false) =>
    dataOf(
      await fx.analytics<PartnersAnswer>(
        `partners(actorId: "${fx.actor.A2}", top: 20) { candidates { actorId score reasons
           capacity { sharedPopulations sharedServices sharedLanguages complementary { sourceOnly targetOnly }
                      systemKind countries score } } }`,
        { anonymous },
      ),
    ).analytics.partners.candidates;
  let before: Awaited<ReturnType<typeof partnersOf>>;

  beforeAll(async () => {
    fx = await buildAnalyticsFixture('capacity-partners');
    before = await partnersOf();
    const profiles = {
      A2: { populationsServed: ['UNACCOMPANIED_CHILDREN'], services: ['LEGAL_AID'], languages: ['el'] },
      A3: { populationsServed: ['UNACCOMPANIED_CHILDREN'], services: ['HOUSING'], languages: ['el'] },
      A7: { populationsServed: ['UNACCOMPANIED_CHILDREN'], services: ['LEGAL_AID'], languages: ['el'] },
      A5: { populationsServed: ['UNACCOMPANIED_CHILDREN'], services: ['HOUSING'] },
    } as const;
    for (const [key, input] of Object.entries(profiles)) {
      dataOf(await fx.api.gql(UPDATE, { id: fx.actor[key as keyof typeof profiles], input, v: 1 }));
    }
  });
  afterAll(() => fx.close());

  it('stores the profile, reads it back and records it in the history', async () => {
    const answer = await fx.api.gql<{
      actor: { populationsServed: string[]; services: string[]; languages: string[] };
      history: Array<{ action: string; changedFields: string[]; before: unknown; after: unknown }>;
    }>(
      `query($id: ID!) { actor(id: $id) { populationsServed services languages }
         history(entityId: $id) { action changedFields before after } }`,
      { id: fx.actor.A2 },
    );
    const { actor, history } = dataOf(answer);
    expect(actor).toEqual({
      populationsServed: ['UNACCOMPANIED_CHILDREN'],
      services: ['LEGAL_AID'],
      languages: ['el'],
    });
    const update = history.find((change) => change.action === 'UPDATE');
    expect(update?.changedFields.sort()).toEqual(['languages', 'populationsServed', 'services']);
    expect(update?.before).toMatchObject({ populationsServed: [], services: [], languages: [] });
    expect(update?.after).toMatchObject({ populationsServed: ['UNACCOMPANIED_CHILDREN'], languages: ['el'] });
  });

  it('explains a shared group in one country, complementary services and a shared language', async () => {
    const ministry = (await partnersOf()).find((c) => fx.keyOf(c.actorId) === 'A3');
    expect(ministry?.capacity).toEqual({
      sharedPopulations: ['UNACCOMPANIED_CHILDREN'],
      sharedServices: [],
      sharedLanguages: ['el'],
      complementary: { sourceOnly: ['LEGAL_AID'], targetOnly: ['HOUSING'] },
      systemKind: 'NATIONAL',
      countries: ['GR'],
      score: 0.8,
    });
    expect(ministry?.reasons).toEqual(
      expect.arrayContaining([
        'both serve unaccompanied children in Greece',
        'Greek Refugee NGO offers legal aid and Ministry of Migration housing to unaccompanied children in Greece: they could refer people to each other',
        'both work in Greek',
      ]),
    );
    // Only the capacity fit changed: 0.1 × 0.8 more than before the profiles.
    const was = before.find((c) => c.actorId === ministry?.actorId);
    expect(ministry!.score - was!.score).toBeCloseTo(0.08, 12);
  });

  it('pairs groups and services only inside one country, a language also along a corridor', async () => {
    const union = (await partnersOf()).find((c) => fx.keyOf(c.actorId) === 'A7');
    expect(union?.capacity).toMatchObject({ sharedPopulations: [], sharedServices: [], sharedLanguages: ['el'] });
    expect(union?.reasons).toContain('both work in Greek');
    expect(union?.reasons.some((r) => r.startsWith('both serve') || r.startsWith('both offer'))).toBe(false);
  });

  it('never shows a restricted actor or its profile to a visitor who may not see it', async () => {
    const owner = await partnersOf();
    const shelter = owner.find((c) => fx.keyOf(c.actorId) === 'A5');
    expect(shelter?.reasons).toContain('both serve unaccompanied children in Greece');
    const visitor = await partnersOf(true);
    expect(visitor.map((c) => fx.keyOf(c.actorId))).not.toContain('A5');
    expect(visitor.length).toBeGreaterThan(0);
    expect(JSON.stringify(visitor)).not.toContain('Hidden Shelter');
  });

  it('refuses unknown values with the closest valid one and writes nothing', async () => {
    const name = 'Capacity typo NGO';
    const language = await fx.api.gql(CREATE, {
      ws: fx.workspace.id,
      input: { name, kind: 'NGO', tier: 'LOCAL', languages: ['el', 'Wolof', 'xx'] },
    });
    expect(language.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.languages.1', reason: expect.stringContaining('did you mean wo?') },
        { field: 'input.languages.2', reason: 'must be an ISO 639-1 language code such as wo or el (got "xx")' },
      ],
    });
    const population = await fx.api.gql(CREATE, {
      ws: fx.workspace.id,
      input: { name, kind: 'NGO', tier: 'LOCAL', populationsServed: ['UNACCOMPANIED_CHILD'] },
    });
    expect(population.errors?.[0]?.message).toContain('Did you mean the enum value "UNACCOMPANIED_CHILDREN"?');
    expect(population.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const found = await fx.api.gql<{ actors: { totalCount: number } }>(
      'query($ws: ID!, $q: String) { actors(workspace: $ws, search: $q) { totalCount } }',
      { ws: fx.workspace.id, q: name },
    );
    expect(dataOf(found).actors.totalCount).toBe(0);
  });
});
