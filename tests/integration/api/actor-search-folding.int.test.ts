import { applyMigrations } from '../../../api/src/db/migrations';
import { defineQuery } from '../../../api/src/db/query';
import { ACTOR_SEARCH_REVISION } from '../../../api/src/db/queries/actor.queries';
import { ALIAS_LANGUAGES_REVISION, SCHEMA_STATE_DONE } from '../../../api/src/db/queries/schema.queries';
import { ANONYMOUS, createActor, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const SEARCH = `query($ws: ID!, $search: String, $filter: ActorFilter, $first: Int, $after: String) {
  actors(workspace: $ws, search: $search, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Issue 18: accents and case fold both ways, exact names rank first, themes and countries are searched. */
describe('actors(search) with accents, ranking, themes and countries', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  const search = async (text: string, variables: Record<string, unknown> = {}, options = {}): Promise<Page> =>
    dataOf(await api.gql<{ actors: Page }>(SEARCH, { ws: ws.id, search: text, ...variables }, options)).actors;
  const ranked = async (text: string) => (await search(text)).edges.map((edge) => edge.node.name);
  const names = async (text: string, options = {}) =>
    (await search(text, {}, options)).edges.map((e) => e.node.name).sort();

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'search-folding', [
      { id: 'city-networks', label: 'Réseaux de villes', description: 'Cities working together.' },
    ]);
    const actors: Array<Record<string, unknown>> = [
      { name: 'Caritas Sénégal', country: 'SN', themes: ['reception'], description: 'Shelter in Dakar.' },
      { name: 'Dakar Migrant Aid', country: 'SN', tier: 'LOCAL', description: 'Helps returnees.' },
      {
        name: "Direction générale des Sénégalais de l'extérieur",
        kind: 'NATIONAL_AGENCY',
        tier: 'NATIONAL',
        country: 'SN',
        aliases: ['DGSE'],
      },
      {
        name: 'DGSE Watch',
        country: 'FR',
        aliases: ['DGSE monitor'],
        description: 'Follows the DGSE: DGSE budgets, DGSE staff and DGSE programmes.',
      },
      {
        name: 'Prefeitura de São Paulo',
        kind: 'MUNICIPALITY',
        tier: 'LOCAL',
        country: 'BR',
        city: 'São Paulo',
        themes: ['integration-inclusion', 'city-networks'],
      },
      { name: 'Caritas', kind: 'FAITH_BASED_ORGANISATION', tier: 'GLOBAL' },
      {
        name: 'Friends of Caritas',
        aliases: ['Network of Caritas friends', 'The Caritas circle'],
        description: 'Caritas volunteers supporting Caritas shelters and Caritas parishes.',
        country: 'TR',
      },
      { name: 'Abidjan Welcome Desk', country: 'CI', themes: ['reception'] },
      { name: 'Hidden Senegal Refuge', country: 'SN', visibility: 'RESTRICTED', themes: ['reception'] },
      { name: 'Harbour Legal Aid Network', country: 'MT' },
      {
        name: 'Harbour House',
        country: 'MT',
        description: 'Legal aid, legal aid clinics and legal aid hotlines: legal aid for every harbour arrival.',
      },
      { name: 'Valletta Harbour Office', country: 'MT', aliases: ['Port Legal Aid Desk'] },
    ];
    for (const input of actors) await createActor(api, ws.id, input);
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  const SENEGALESE = [
    'Caritas Sénégal',
    'Dakar Migrant Aid',
    "Direction générale des Sénégalais de l'extérieur",
    'Hidden Senegal Refuge',
  ];

  it.each(['Sénégal', 'senegal', 'SENEGAL', 'sénég', 'seneg', 'SÉNÉGAL'])(
    'finds the same actors for %j, with or without accents, in any case',
    async (text) => {
      expect(await names(text)).toEqual(SENEGALESE);
    },
  );

  it('folds accents typed where the name has none, and none typed where it has them', async () => {
    expect(await names('Dakár Mígrant')).toEqual(['Dakar Migrant Aid']);
    expect(await names('Sao Paulo')).toEqual(['Prefeitura de São Paulo']);
    expect(await names('são paulo')).toEqual(['Prefeitura de São Paulo']);
    expect(await names('exterieur')).toEqual(["Direction générale des Sénégalais de l'extérieur"]);
  });

  it('ranks an exact name first, then names that start with the text, then other hits by relevance', async () => {
    const order = await ranked('caritas');
    expect(order.slice(0, 2)).toEqual(['Caritas', 'Caritas Sénégal']);
    expect(order).toContain('Friends of Caritas');
    // Friends of Caritas names the word five times and outscores both on relevance alone.
    expect(order.indexOf('Friends of Caritas')).toBe(2);
  });

  it('finds names with words the index leaves out ("of", "the")', async () => {
    expect(await ranked('friends of caritas')).toEqual(['Friends of Caritas']);
    expect(await ranked('the caritas circle')).toEqual(['Friends of Caritas']);
    // While "of" is being typed, it narrows nothing.
    expect(await names('caritas of')).toEqual(await names('caritas'));
  });

  it('ranks an exact alias above a name that starts with the text', async () => {
    expect(await ranked('dgse')).toEqual(["Direction générale des Sénégalais de l'extérieur", 'DGSE Watch']);
    expect(await ranked('DGSE monitor')).toEqual(['DGSE Watch']);
  });

  it('ranks names holding every word above hits found in other fields, whatever their relevance', async () => {
    // Harbour House names "legal aid" four times in its description and outscores both on relevance.
    const order = await ranked('legal aid');
    expect(order).toHaveLength(3);
    expect(order.slice(0, 2).sort()).toEqual(['Harbour Legal Aid Network', 'Valletta Harbour Office']);
    expect(order[2]).toBe('Harbour House');
    // Words as word starts, in any order, all in one name or one alias.
    const started = await ranked('aid harb');
    expect(started[0]).toBe('Harbour Legal Aid Network');
    expect(started.slice(1).sort()).toEqual(['Harbour House', 'Valletta Harbour Office']);
    // A name that starts with the whole text ranks above one that holds its words.
    const prefixed = await ranked('harbour h');
    expect(prefixed[0]).toBe('Harbour House');
    expect(prefixed.slice(1, 3).sort()).toEqual(['Harbour Legal Aid Network', 'Valletta Harbour Office']);
  });

  it('finds actors by a theme’s label, a word of it, or its id', async () => {
    expect(await names('reception')).toEqual(['Abidjan Welcome Desk', 'Caritas Sénégal', 'Hidden Senegal Refuge']);
    expect(await names('inclusion')).toEqual(['Prefeitura de São Paulo']);
    expect(await names('integration-inclusion')).toEqual(['Prefeitura de São Paulo']);
    expect(await names('reseaux de villes')).toEqual(['Prefeitura de São Paulo']);
    expect(await names('RÉSEAUX')).toEqual(['Prefeitura de São Paulo']);
  });

  it('finds actors by their country’s English name, another name of it, or its ISO code', async () => {
    expect(await names('SN')).toEqual(SENEGALESE);
    expect(await names('sn')).toEqual(SENEGALESE);
    expect(await names('Brazil')).toEqual(['Prefeitura de São Paulo']);
    expect(await names('BR')).toEqual(['Prefeitura de São Paulo']);
    expect(await names("Côte d'Ivoire")).toEqual(['Abidjan Welcome Desk']);
    expect(await names('ivory coast')).toEqual(['Abidjan Welcome Desk']);
    expect(await names('Turkey')).toEqual(['Friends of Caritas']);
    expect(await names('Türkiye')).toEqual(['Friends of Caritas']);
  });

  it('requires every word, each in any field: a theme and a country together', async () => {
    expect(await names('reception senegal')).toEqual(['Caritas Sénégal', 'Hidden Senegal Refuge']);
    expect(await names('caritas turkey')).toEqual(['Friends of Caritas']);
  });

  it('never finds a restricted actor for an anonymous viewer, by name, theme or country', async () => {
    for (const text of ['hidden', 'refuge', 'senegal', 'SN', 'reception', 'reception senegal']) {
      const page = await search(text, {}, ANONYMOUS);
      expect(page.edges.map((edge) => edge.node.name)).not.toContain('Hidden Senegal Refuge');
      expect(page.totalCount).toBe(page.edges.length);
    }
    expect(await names('sénégal', ANONYMOUS)).toEqual(SENEGALESE.filter((name) => !name.startsWith('Hidden')));
    expect((await search('hidden refuge', {}, ANONYMOUS)).totalCount).toBe(0);
  });

  it('pages through ranked results one at a time, without repeats, with cursors that hide the score', async () => {
    const all = await search('senegal');
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: Page = await search('senegal', { first: 1, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      // Sealed (see encodeCursor): never base64 JSON holding the score.
      for (const edge of page.edges) expect(edge.cursor.startsWith('s.')).toBe(true);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    expect(seen).toHaveLength(SENEGALESE.length);
  });

  it('answers an empty page for combining marks alone', async () => {
    expect(await search('\u0301 \u0308')).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('combines a country search with filters', async () => {
    const page = await search('senegal', { filter: { tiers: ['NATIONAL'] } });
    expect(page.edges.map((edge) => edge.node.name)).toEqual(["Direction générale des Sénégalais de l'extérieur"]);
    expect(page.totalCount).toBe(1);
  });

  it('finds actors by a workspace theme’s new label once it is relabelled, and no longer by the old one', async () => {
    const relabel = `mutation($ws: String!, $themes: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $themes) { id } }`;
    const theme = { id: 'city-networks', description: 'Cities working together.' };
    dataOf(await api.gql(relabel, { ws: ws.id, themes: [{ ...theme, label: 'Städtenetzwerke' }] }));
    try {
      expect(await names('stadtenetz')).toEqual(['Prefeitura de São Paulo']);
      expect(await names('réseaux')).toEqual([]);
    } finally {
      dataOf(await api.gql(relabel, { ws: ws.id, themes: [{ ...theme, label: 'Réseaux de villes' }] }));
    }
    expect(await names('réseaux')).toEqual(['Prefeitura de São Paulo']);
  });

  it('brings themes stored before they carried search helpers up to date at start-up', async () => {
    const strip = defineQuery<{ ws: string }, never>(
      'test.stripThemeSearchHelpers',
      `MATCH (t:Theme {workspaceId: $ws}) REMOVE t.searchWords, t.searchTerm`,
    );
    await api.db.write(strip, { ws: ws.id });
    expect(await names('reseaux de villes')).toEqual([]);
    await applyMigrations(api.db);
    expect(await names('reseaux de villes')).toEqual(['Prefeitura de São Paulo']);
  });

  it('gives actors stored before aliases had languages one untagged entry per alias, in batches, at start-up', async () => {
    const old = await createActor(api, ws.id, {
      name: 'Casa Hogar Verde',
      aliases: ['CHV', 'Green Home'],
    });
    // As stored before aliases had languages, in a database that never ran the backfill (no marker).
    const strip = defineQuery<{ id: string }, never>(
      'test.stripAliasLanguages',
      `MATCH (a:Actor {id: $id}) REMOVE a.aliasLanguages, a.identifiers
       WITH a OPTIONAL MATCH (s:SchemaState {id: 'aliasLanguages'}) DELETE s`,
    );
    await api.db.write(strip, { id: old.id });
    const stored = defineQuery<{ id: string }, { languages: string[] | null; identifiers: string[] | null }>(
      'test.aliasLanguagesOf',
      'MATCH (a:Actor {id: $id}) RETURN a.aliasLanguages AS languages, a.identifiers AS identifiers',
    );
    expect(await api.db.read(stored, { id: old.id })).toEqual([{ languages: null, identifiers: null }]);
    await applyMigrations(api.db);
    expect(await api.db.read(stored, { id: old.id })).toEqual([{ languages: ['', ''], identifiers: [] }]);
    const answer = await api.gql<{ actor: { localizedAliases: Array<{ name: string; language: string | null }> } }>(
      'query($id: ID!) { actor(id: $id) { localizedAliases { name language } } }',
      { id: old.id },
    );
    expect(dataOf(answer).actor.localizedAliases).toEqual([
      { name: 'CHV', language: null },
      { name: 'Green Home', language: null },
    ]);
    expect(await api.db.read(SCHEMA_STATE_DONE, { id: 'aliasLanguages' })).toEqual([
      { revision: ALIAS_LANGUAGES_REVISION },
    ]);
  });

  it('does not scan the actors for alias languages again once the marker says the backfill ran', async () => {
    await applyMigrations(api.db);
    expect(await api.db.read(SCHEMA_STATE_DONE, { id: 'aliasLanguages' })).toEqual([
      { revision: ALIAS_LANGUAGES_REVISION },
    ]);
    // An actor without languages now could only come from outside the API: a later start leaves it.
    const odd = await createActor(api, ws.id, { name: 'Marked Start NGO', aliases: ['MSN'] });
    await api.db.write(
      defineQuery<{ id: string }, never>(
        'test.stripLanguagesOnly',
        'MATCH (a:Actor {id: $id}) REMOVE a.aliasLanguages',
      ),
      { id: odd.id },
    );
    const writes = jest.spyOn(api.db, 'write');
    try {
      await applyMigrations(api.db);
      const names = writes.mock.calls.map(([query]) => query.name);
      expect(names).not.toContain('schema.actorAliasLanguagesBackfill');
      expect(names).not.toContain('schema.actorSearchBackfill');
      expect(names.length).toBeGreaterThan(0);
    } finally {
      writes.mockRestore();
    }
    const languages = defineQuery<{ id: string }, { languages: string[] | null }>(
      'test.languagesOf',
      'MATCH (a:Actor {id: $id}) RETURN a.aliasLanguages AS languages',
    );
    expect(await api.db.read(languages, { id: odd.id })).toEqual([{ languages: null }]);
  });

  it('brings actors stored before folded search up to date at start-up', async () => {
    const old = await createActor(api, ws.id, { name: 'Ancienne Maison de l’Émigré', country: 'ML' });
    // As an actor written before ACTOR_SEARCH_REVISION 1 is stored (no search helpers), in a
    // database that never ran the backfill (no marker).
    const strip = defineQuery<{ id: string }, never>(
      'test.stripSearchHelpers',
      `MATCH (a:Actor {id: $id}) REMOVE a.nameFold, a.aliasFolds, a.countryText, a.searchRev
       WITH a OPTIONAL MATCH (s:SchemaState {id: 'actorSearch'}) DELETE s`,
    );
    await api.db.write(strip, { id: old.id });
    expect(await names('emigre')).toEqual([]);
    expect(await names('mali')).toEqual([]);
    await applyMigrations(api.db);
    expect(await names('emigre')).toEqual(['Ancienne Maison de l’Émigré']);
    expect(await names('Mali')).toEqual(['Ancienne Maison de l’Émigré']);
    expect(await ranked('ancienne maison de l emigre')).toEqual(['Ancienne Maison de l’Émigré']);
    // Done once: later starts read the marker instead of every actor.
    expect(await api.db.read(SCHEMA_STATE_DONE, { id: 'actorSearch' })).toEqual([{ revision: ACTOR_SEARCH_REVISION }]);
  });
});
