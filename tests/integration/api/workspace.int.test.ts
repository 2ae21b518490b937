import { randomUUID } from 'node:crypto';
import { purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import {
  createActor,
  createRelation,
  errorOf,
  startMigratedTestApi,
  workspaceCounts,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const WORKSPACE_FIELDS = 'id slug title description visibility actorCount relationCount createdAt updatedAt';

interface WorkspaceData {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  visibility: string;
  actorCount: number;
  relationCount: number;
  createdAt: string;
  updatedAt: string;
  themes?: Array<{ id: string; label: string; description: string; builtIn: boolean }>;
}

const CORRIDOR_THEME = { id: 'sahel-corridor', label: 'Sahel corridor', description: 'Mobility across the Sahel.' };

describe('workspaces', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'workspaces', [CORRIDOR_THEME]);
    other = await createTestWorkspace(api, 'workspaces-other');
    const a = await createActor(api, ws.id, { name: 'Athens Municipality', kind: 'MUNICIPALITY' });
    const b = await createActor(api, ws.id, { name: 'Solidarity Now' });
    await createActor(api, ws.id, { name: 'Deleted Later' }).then((deleted) =>
      api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: deleted.id }),
    );
    await createRelation(api, ws.id, { type: 'FUNDS', sourceId: a.id, targetId: b.id });
  });
  afterAll(async () => {
    await ws.remove();
    await other.remove();
    await api.close();
  });

  describe('createWorkspace', () => {
    const created: string[] = [];
    afterAll(async () => {
      for (const slug of created) {
        const answer = await api.gql<{ workspace: { id: string } | null }>(
          'query($s: String!) { workspace(slug: $s) { id } }',
          { s: slug },
        );
        const id = answer.data?.workspace?.id;
        if (id) await purgeWorkspace(api.db, id);
      }
    });

    it('creates an empty workspace with its fields, PUBLIC by default', async () => {
      const slug = `test-create-${randomUUID().slice(0, 8)}`;
      created.push(slug);
      const answer = await api.gql<{ createWorkspace: WorkspaceData }>(
        `mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { ${WORKSPACE_FIELDS} themes { id builtIn } } }`,
        { input: { slug, title: '  Greece reception study  ', description: 'Reception in GR.' } },
      );
      const workspace = dataOf(answer).createWorkspace;
      expect(workspace).toMatchObject({
        slug,
        title: 'Greece reception study',
        description: 'Reception in GR.',
        visibility: 'PUBLIC',
        actorCount: 0,
        relationCount: 0,
      });
      expect(workspace.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(workspace.createdAt)).not.toBeNaN();
      expect(workspace.themes?.every((theme) => theme.builtIn)).toBe(true);
    });

    it('refuses a slug that is already taken with CONFLICT naming input.slug, and keeps the first', async () => {
      const answer = await api.gql('mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }', {
        input: { slug: ws.slug, title: 'Impostor' },
      });
      const error = errorOf(answer);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
      expect(error.message).toContain(ws.slug);
      const kept = await api.gql<{ workspace: WorkspaceData }>(
        `query($s: String!) { workspace(slug: $s) { ${WORKSPACE_FIELDS} } }`,
        { s: ws.slug },
      );
      expect(dataOf(kept).workspace).toMatchObject({ id: ws.id, title: 'Test workspaces' });
    });

    it('stores the themes given at creation next to the built-in ones', async () => {
      const slug = `test-themed-${randomUUID().slice(0, 8)}`;
      created.push(slug);
      const answer = await api.gql<{ createWorkspace: WorkspaceData }>(
        'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id themes { id label builtIn } } }',
        { input: { slug, title: 'Themed', visibility: 'WORKSPACE', themes: [CORRIDOR_THEME] } },
      );
      const themes = dataOf(answer).createWorkspace.themes!;
      expect(themes).toContainEqual({ id: 'sahel-corridor', label: 'Sahel corridor', builtIn: false });
      expect(themes).toContainEqual({ id: 'reception', label: 'Reception', builtIn: true });
    });
  });

  describe('workspace(slug)', () => {
    it('finds a workspace by slug and by id, with live counts', async () => {
      for (const key of [ws.slug, ws.id]) {
        const answer = await api.gql<{ workspace: WorkspaceData }>(
          `query($s: String!) { workspace(slug: $s) { ${WORKSPACE_FIELDS} } }`,
          { s: key },
        );
        // Three actors were created, one of them deleted; one relation.
        expect(dataOf(answer).workspace).toMatchObject({ id: ws.id, slug: ws.slug, actorCount: 2, relationCount: 1 });
      }
    });

    it('answers null for an unknown slug', async () => {
      const answer = await api.gql<{ workspace: WorkspaceData | null }>(
        'query { workspace(slug: "no-such-workspace-anywhere") { id } }',
      );
      expect(dataOf(answer).workspace).toBeNull();
    });

    it('lists the workspace’s own themes after the built-in ones', async () => {
      const answer = await api.gql<{ workspace: WorkspaceData }>(
        'query($s: String!) { workspace(slug: $s) { themes { id label description builtIn } } }',
        { s: ws.slug },
      );
      const themes = dataOf(answer).workspace.themes!;
      expect(themes.at(-1)).toEqual({ ...CORRIDOR_THEME, builtIn: false });
      expect(themes[0]).toMatchObject({ id: 'reception', builtIn: true });
    });
  });

  describe('workspaces', () => {
    it('lists workspaces by title, including the test ones with their counts', async () => {
      const answer = await api.gql<{ workspaces: WorkspaceData[] }>(`{ workspaces { ${WORKSPACE_FIELDS} } }`);
      const list = dataOf(answer).workspaces;
      const titles = list.map((workspace) => workspace.title);
      expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(list.find((workspace) => workspace.id === ws.id)).toMatchObject({ actorCount: 2, relationCount: 1 });
      expect(list.find((workspace) => workspace.id === other.id)).toMatchObject({ actorCount: 0, relationCount: 0 });
    });
  });

  describe('addThemes', () => {
    it('adds new themes and relabels existing ones, returning the whole list', async () => {
      const answer = await api.gql<{ addThemes: Array<{ id: string; label: string; builtIn: boolean }> }>(
        'mutation($ws: String!, $themes: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $themes) { id label builtIn } }',
        {
          ws: other.slug,
          themes: [
            { id: 'urban-housing', label: 'Urban housing', description: 'Housing in cities.' },
            { id: 'climate-mobility', label: 'Climate mobility', description: 'Displacement by climate.' },
          ],
        },
      );
      const themes = dataOf(answer).addThemes;
      expect(themes.filter((theme) => !theme.builtIn).map((theme) => theme.id)).toEqual([
        'climate-mobility',
        'urban-housing',
      ]);
      expect(themes.filter((theme) => theme.builtIn)).toHaveLength(12);

      const relabelled = await api.gql<{ addThemes: Array<{ id: string; label: string }> }>(
        'mutation($ws: String!, $themes: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $themes) { id label } }',
        { ws: other.id, themes: [{ id: 'urban-housing', label: 'Housing', description: 'Any housing.' }] },
      );
      const own = dataOf(relabelled).addThemes.filter((theme) =>
        ['urban-housing', 'climate-mobility'].includes(theme.id),
      );
      expect(own).toEqual([
        { id: 'climate-mobility', label: 'Climate mobility' },
        { id: 'urban-housing', label: 'Housing' },
      ]);
      expect((await workspaceCounts(api.db, other.id)).themes).toBe(2);
    });

    it('makes an added theme usable on actors of that workspace only', async () => {
      await api.gql('mutation($ws: String!, $t: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $t) { id } }', {
        ws: other.id,
        t: [{ id: 'fisheries', label: 'Fisheries', description: 'Fishing communities.' }],
      });
      const actor = await createActor(api, other.id, { name: 'Fishers Union', themes: ['fisheries'] });
      expect(actor.themes).toEqual(['fisheries']);
      const refused = await api.gql(
        'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
        { ws: ws.id, input: { name: 'Elsewhere', kind: 'NGO', tier: 'LOCAL', themes: ['fisheries'] } },
      );
      expect(errorOf(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.themes.0' });
    });

    it('answers NOT_FOUND for an unknown workspace', async () => {
      const answer = await api.gql(
        'mutation($t: [ThemeInput!]!) { addThemes(workspace: "no-such-ws", themes: $t) { id } }',
        { t: [{ id: 'x', label: 'X', description: '' }] },
      );
      expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
    });
  });

  describe('vocabulary', () => {
    const VOCABULARY = `query($ws: ID) { vocabulary(workspace: $ws) {
      tiers kinds sectors relationTypes modes engagementLevels participationRoles
      themes { id label description builtIn }
      tierTerms { id label description }
      kindTerms { id label description sector }
      relationTypeTerms { id label description }
      modeTerms { id label description }
      engagementTerms { id label description }
      participationRoleTerms { id label description }
      fundingSourceTerms { id label description }
      fundingTermTerms { id label description }
      fundingFormTerms { id label description }
    } }`;
    interface Term {
      id: string;
      label: string;
      description: string;
      sector?: string;
      builtIn?: boolean;
    }
    interface VocabularyData {
      tiers: string[];
      kinds: string[];
      sectors: string[];
      relationTypes: string[];
      modes: string[];
      engagementLevels: string[];
      participationRoles: string[];
      themes: Term[];
      tierTerms: Term[];
      kindTerms: Term[];
      relationTypeTerms: Term[];
      modeTerms: Term[];
      engagementTerms: Term[];
      participationRoleTerms: Term[];
      fundingSourceTerms: Term[];
      fundingTermTerms: Term[];
      fundingFormTerms: Term[];
    }

    it('lists the closed enums in their documented order', async () => {
      const vocabulary = dataOf(await api.gql<{ vocabulary: VocabularyData }>(VOCABULARY)).vocabulary;
      expect(vocabulary.tiers).toEqual(['LOCAL', 'REGIONAL', 'NATIONAL', 'SUPRANATIONAL', 'GLOBAL']);
      expect(vocabulary.modes).toEqual(['COOPERATION', 'COMPLEMENTARITY', 'CONFRONTATION', 'CO_OPTATION']);
      expect(vocabulary.engagementLevels).toEqual(['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER']);
      expect(vocabulary.sectors).toEqual([
        'GOVERNMENT',
        'CIVIL_SOCIETY',
        'PRIVATE',
        'PHILANTHROPY',
        'INTERNATIONAL',
        'ACADEMIA',
      ]);
      expect(vocabulary.kinds).toHaveLength(27);
      expect(vocabulary.kinds).toEqual(
        expect.arrayContaining([
          'MINISTRY',
          'DIASPORA_ORGANISATION',
          'UN_AGENCY',
          'EVENT',
          'POLICY_INSTRUMENT',
          'COURT',
        ]),
      );
      expect(vocabulary.relationTypes).toHaveLength(19);
      expect(vocabulary.relationTypes).toEqual(
        expect.arrayContaining([
          'FUNDS',
          'CHALLENGES',
          'ESTABLISHED',
          'PART_OF',
          'PARTICIPATES_IN',
          'SUCCEEDS',
          'MERGED_INTO',
          'SPLIT_FROM',
        ]),
      );
      expect(vocabulary.participationRoles).toEqual([
        'ORGANISER',
        'FUNDER',
        'IMPLEMENTER',
        'PARTNER',
        'PARTICIPANT',
        'BENEFICIARY',
      ]);
    });

    it('gives every term a label and a description, and every kind its sector', async () => {
      const vocabulary = dataOf(await api.gql<{ vocabulary: VocabularyData }>(VOCABULARY)).vocabulary;
      expect(vocabulary.tierTerms.map((term) => term.id)).toEqual(vocabulary.tiers);
      expect(vocabulary.kindTerms.map((term) => term.id)).toEqual(vocabulary.kinds);
      expect(vocabulary.relationTypeTerms.map((term) => term.id)).toEqual(vocabulary.relationTypes);
      expect(vocabulary.modeTerms.map((term) => term.id)).toEqual(vocabulary.modes);
      expect(vocabulary.engagementTerms.map((term) => term.id)).toEqual(vocabulary.engagementLevels);
      expect(vocabulary.participationRoleTerms.map((term) => term.id)).toEqual(vocabulary.participationRoles);
      expect(vocabulary.fundingSourceTerms.map((term) => term.id)).toEqual(['PUBLIC', 'PRIVATE', 'PHILANTHROPIC']);
      expect(vocabulary.fundingTermTerms.map((term) => term.id)).toEqual(
        expect.arrayContaining(['MULTI_YEAR', 'SHORT_TERM']),
      );
      expect(vocabulary.fundingFormTerms.map((term) => term.id)).toEqual(
        expect.arrayContaining(['GRANT', 'IN_KIND', 'REGRANT']),
      );
      for (const term of [
        ...vocabulary.participationRoleTerms,
        ...vocabulary.fundingSourceTerms,
        ...vocabulary.fundingTermTerms,
        ...vocabulary.fundingFormTerms,
        ...vocabulary.tierTerms,
        ...vocabulary.kindTerms,
        ...vocabulary.relationTypeTerms,
        ...vocabulary.modeTerms,
        ...vocabulary.engagementTerms,
      ]) {
        expect(term.label.length).toBeGreaterThan(0);
        expect(term.description.length).toBeGreaterThan(0);
      }
      const sectorOf = Object.fromEntries(vocabulary.kindTerms.map((term) => [term.id, term.sector]));
      expect(sectorOf).toMatchObject({
        MINISTRY: 'GOVERNMENT',
        MUNICIPALITY: 'GOVERNMENT',
        NGO: 'CIVIL_SOCIETY',
        DIASPORA_ORGANISATION: 'CIVIL_SOCIETY',
        FOUNDATION: 'PHILANTHROPY',
        BUSINESS: 'PRIVATE',
        UN_AGENCY: 'INTERNATIONAL',
        ACADEMIC: 'ACADEMIA',
      });
    });

    it('lists only built-in themes without a workspace, and adds the workspace’s own with one', async () => {
      const plain = dataOf(await api.gql<{ vocabulary: VocabularyData }>(VOCABULARY)).vocabulary;
      expect(plain.themes).toHaveLength(12);
      expect(plain.themes.every((theme) => theme.builtIn && theme.label && theme.description)).toBe(true);
      expect(plain.themes.map((theme) => theme.id)).toEqual(
        expect.arrayContaining(['reception', 'search-rescue', 'diaspora-engagement']),
      );

      for (const key of [ws.slug, ws.id]) {
        const scoped = dataOf(await api.gql<{ vocabulary: VocabularyData }>(VOCABULARY, { ws: key })).vocabulary;
        expect(scoped.themes).toHaveLength(13);
        expect(scoped.themes).toContainEqual({ ...CORRIDOR_THEME, builtIn: false });
      }
    });

    it('answers NOT_FOUND for an unknown workspace', async () => {
      const answer = await api.gql(VOCABULARY, { ws: 'no-such-workspace' });
      expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
    });
  });
});
