/**
 * Every read and write as every kind of viewer: anonymous, a stranger, a member of another
 * workspace, a viewer, an editor, an owner, and an API token of each role. Each read of the shared
 * workspace must equal the same read of the control holding only what the viewer's class may see
 * (ids replaced by names), so nothing leaks through lists, counts, ids, ranks, paths, suggestion
 * reasons or errors; each write must be refused with the right code and change nothing.
 */
import { closeAnalyticsService } from '../../../api/src/analytics/analytics-service';
import { purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import { errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import { fullSelection } from '../../helpers/full-selection';
import type { GraphQLAnswer, TestApi, TestUser } from '../../helpers/test-api';
import { dataOf } from '../../helpers/workspace-fixture';
import {
  buildWorkspace,
  joinWith,
  namesOf,
  normalise,
  tokenHeaders,
  type BuiltWorkspace,
  type Party,
  type RecordsSeen,
} from './authorization-fixture';

const ANALYTICS_SKIP = new Set(['Actor.relations', 'Actor.sources', 'Relation.sources']);
const analyticsField = (field: string, type: string) => `${field} ${fullSelection(type, 3, ANALYTICS_SKIP)}`;

/** Reads made by every party; `$ws` is the workspace, `$p1`/`$p3` public actors, `$t1` a public relation. */
const READS: Array<[string, string]> = [
  ['workspace', 'workspace(slug: $ws) { title visibility actorCount relationCount themes { id } }'],
  [
    'actors',
    `actors(workspace: $ws, first: 100) { totalCount pageInfo { hasNextPage } edges { node {
       name visibility tier kind sector deletedAt sources { title visibility quote }
       relations { type visibility source { name } target { name } } } } }`,
  ],
  [
    'actors, newest first',
    'actors(workspace: $ws, first: 3, orderBy: UPDATED_DESC) { totalCount edges { node { name } } }',
  ],
  [
    'actors with deleted',
    'actors(workspace: $ws, filter: { includeDeleted: true }) { totalCount edges { node { name } } }',
  ],
  [
    'restricted actors',
    'actors(workspace: $ws, filter: { visibility: RESTRICTED }) { totalCount edges { node { name } } }',
  ],
  [
    'members-only actors',
    'actors(workspace: $ws, filter: { visibility: WORKSPACE }) { totalCount edges { node { name } } }',
  ],
  ['actors without relations', 'actors(workspace: $ws, filter: { hasNoRelations: true }) { totalCount }'],
  ['search by name', 'actors(workspace: $ws, search: "shelter") { totalCount edges { node { name } } }'],
  ['search by description', 'actors(workspace: $ws, search: "minors") { totalCount edges { node { name } } }'],
  ['search by prefix', 'actors(workspace: $ws, search: "m") { totalCount edges { node { name } } }'],
  [
    'relations',
    `relations(workspace: $ws, first: 100) { totalCount edges { node {
       type visibility amount currency themes source { name } target { name } sources { title } } } }`,
  ],
  [
    'relations of an actor',
    'relations(workspace: $ws, filter: { actorId: $p1 }) { totalCount edges { node { type } } }',
  ],
  [
    'funding relations',
    'relations(workspace: $ws, filter: { types: [FUNDS] }) { totalCount edges { node { amount } } }',
  ],
  [
    'actor with relations',
    'actor(id: $p1) { name relations { type visibility source { name } target { name } } sources { title } }',
  ],
  ['actor with sources', 'actor(id: $p1) { name sources { title visibility } }'],
  ['actor relations of one type', 'actor(id: $p3) { relations(filter: { types: [PARTNERS_WITH] }) { type } }'],
  ['relation', 'relation(id: $t1) { type source { name } target { name } sources { title visibility } }'],
  [
    'neighbourhood',
    `neighbourhood(actorId: $p1, depth: 2) { truncated
       nodes { distance degree hiddenNeighbours actor { name } } edges { type source { name } target { name } } }`,
  ],
  [
    'neighbourhood ranked',
    'neighbourhood(actorId: $p2, depth: 1, limit: 2) { truncated nodes { degree actor { name } } }',
  ],
  [
    'map',
    `mapGraph(workspace: $ws) { actors ${fullSelection('MapActorColumns', 1)} relations ${fullSelection('MapRelationColumns', 1)} }`,
  ],
  ['vocabulary', 'vocabulary(workspace: $ws) { themes { id } }'],
  ...(
    [
      ['actorCount', 'actorCount relationCount'],
      ['tierMatrix', analyticsField('tierMatrix', 'TierMatrix')],
      ['silos', analyticsField('silos', 'Silos')],
      ['silos of an actor', analyticsField('silos(communityOf: $p1)', 'Silos')],
      ['gaps', analyticsField('gaps(theme: "reception")', 'VerticalGaps')],
      ['coverage', analyticsField('coverage(byCountry: true)', 'CoverageGrid')],
      ['deliveryWithoutVoice', analyticsField('deliveryWithoutVoice', 'DeliveryWithoutVoice')],
      ['funding', analyticsField('funding', 'Funding')],
      ['brokers', analyticsField('brokers', 'Brokers')],
      ['brokers of an actor', analyticsField('brokers(actorId: $p1)', 'Brokers')],
      ['suggestedLinks', analyticsField('suggestedLinks', 'LinkSuggestions')],
      ['suggestedLinks of an actor', analyticsField('suggestedLinks(actorId: $p1)', 'LinkSuggestions')],
      ['partners', analyticsField('partners(actorId: $p1)', 'Partners')],
      ['paths', analyticsField('paths(from: $p1, to: $p3, k: 5)', 'Paths')],
      ['diff', analyticsField('diff(from: "2018", to: "2025")', 'TimeDiff')],
    ] as Array<[string, string]>
  ).map(([name, selection]): [string, string] => [`analytics ${name}`, `analytics(workspace: $ws) { ${selection} }`]),
];

const variablesIn = (built: BuiltWorkspace) => ({
  ws: built.slug,
  p1: built.actors.P1,
  p2: built.actors.P2,
  p3: built.actors.P3,
  t1: built.relations.T1,
});

const operation = (selection: string) => `query($ws: String!, $p1: ID!, $p2: ID!, $p3: ID!, $t1: ID!) { ${selection} }`;

describe('the authorisation matrix', () => {
  let api: TestApi;
  let owner: TestUser;
  let shared: BuiltWorkspace;
  let membersOnly: BuiltWorkspace;
  const controls = {} as Record<RecordsSeen, BuiltWorkspace>;
  const parties: Party[] = [];
  let viewerId = '';
  const built: BuiltWorkspace[] = [];

  beforeAll(async () => {
    api = await startMigratedTestApi();
    owner = await api.signUpUser('owner');
    shared = await buildWorkspace(api, 'shared', 'all', { headers: owner.headers });
    built.push(shared);
    for (const seen of ['public', 'members', 'named', 'all'] as const) {
      controls[seen] = await buildWorkspace(api, `control-${seen}`, seen);
      built.push(controls[seen]);
    }
    const editor = await joinWith(api, owner, shared.id, 'editor', 'EDITOR');
    const viewer = await joinWith(api, owner, shared.id, 'viewer', 'VIEWER');
    viewerId = viewer.id;
    // A viewer named as a reader of the RESTRICTED actor R1.
    const named = await joinWith(api, owner, shared.id, 'named', 'VIEWER');
    dataOf(
      await api.gql(
        'mutation($id: ID!, $readers: [ID!]) { updateActor(id: $id, expectedVersion: 1, input: { readers: $readers }) { id } }',
        { id: shared.actors.R1, readers: [named.id] },
        { headers: owner.headers },
      ),
    );
    const stranger = await api.signUpUser('stranger');
    const outsider = await api.signUpUser('outsider');
    membersOnly = await buildWorkspace(api, 'outsiders-own', 'all', {
      headers: outsider.headers,
      visibility: 'WORKSPACE',
    });
    built.push(membersOnly);
    const token = (role: 'OWNER' | 'EDITOR' | 'VIEWER') => tokenHeaders(api, owner, shared.id, role);
    parties.push(
      {
        label: 'anonymous',
        headers: { authorization: '' },
        seen: 'public',
        records: 'public',
        writes: 'UNAUTHENTICATED',
        owner: false,
      },
      {
        label: 'a stranger',
        headers: stranger.headers,
        seen: 'public',
        records: 'public',
        writes: 'FORBIDDEN',
        owner: false,
      },
      {
        label: 'a member of another workspace',
        headers: outsider.headers,
        seen: 'public',
        records: 'public',
        writes: 'FORBIDDEN',
        owner: false,
      },
      {
        label: 'a viewer',
        headers: viewer.headers,
        seen: 'members',
        records: 'members',
        writes: 'FORBIDDEN',
        owner: false,
      },
      {
        label: 'a named reader',
        headers: named.headers,
        seen: 'members',
        records: 'named',
        writes: 'FORBIDDEN',
        owner: false,
      },
      {
        label: 'a viewer token',
        headers: await token('VIEWER'),
        seen: 'members',
        records: 'members',
        writes: 'FORBIDDEN',
        owner: false,
      },
      { label: 'an editor', headers: editor.headers, seen: 'all', records: 'all', writes: 'ok', owner: false },
      {
        label: 'an editor token',
        headers: await token('EDITOR'),
        seen: 'all',
        records: 'all',
        writes: 'ok',
        owner: false,
      },
      { label: 'the owner', headers: owner.headers, seen: 'all', records: 'all', writes: 'ok', owner: true },
      {
        label: 'an owner token',
        headers: await token('OWNER'),
        seen: 'all',
        records: 'all',
        writes: 'ok',
        owner: true,
      },
    );
  });

  afterAll(async () => {
    for (const workspace of built) await purgeWorkspace(api.db, workspace.id);
    await closeAnalyticsService(api.db);
    await api.close();
  });

  const read = async (workspace: BuiltWorkspace, selection: string, headers?: Record<string, string>) =>
    normalise(
      await api.gql(operation(selection), variablesIn(workspace), headers ? { headers } : {}),
      namesOf(workspace),
    );

  describe.each([
    'anonymous',
    'a stranger',
    'a member of another workspace',
    'a viewer',
    'a named reader',
    'a viewer token',
    'an editor',
    'an editor token',
    'the owner',
    'an owner token',
  ])('reads as %s', (label) => {
    it.each(READS)('%s equal the control of what it may see', async (_name, selection) => {
      const party = parties.find((candidate) => candidate.label === label)!;
      // The map and the analytics are computed per visibility class; the rest follows the records seen.
      const perClass = _name.startsWith('analytics') || _name === 'map';
      const seen = await read(shared, selection, party.headers);
      const control = await read(controls[perClass ? party.seen : party.records], selection);
      expect(seen).toEqual(control);
    });
  });

  describe('records a viewer may not see', () => {
    const hiddenReads: Array<[string, string, (b: BuiltWorkspace) => string]> = [
      ['actor', 'query($id: ID!) { actor(id: $id) { name } }', (b) => b.actors.R1!],
      ['relation', 'query($id: ID!) { relation(id: $id) { type } }', (b) => b.relations.T6!],
      ['relation to a hidden actor', 'query($id: ID!) { relation(id: $id) { type } }', (b) => b.relations.T7!],
      ['neighbourhood', 'query($id: ID!) { neighbourhood(actorId: $id) { nodes { distance } } }', (b) => b.actors.R1!],
      ['history', 'query($id: ID!) { history(entityId: $id) { action } }', (b) => b.actors.R1!],
      [
        'history of a hidden source',
        'query($id: ID!) { history(entityId: $id) { action } }',
        (b) => b.sources['Internal memo']!,
      ],
      [
        'paths',
        'query($ws: ID!, $id: ID!) { analytics(workspace: $ws) { paths(from: $id, to: $id) { paths { length } } } }',
        (b) => b.actors.R1!,
      ],
      [
        'partners',
        'query($ws: ID!, $id: ID!) { analytics(workspace: $ws) { partners(actorId: $id) { partners { score } } } }',
        (b) => b.actors.R1!,
      ],
    ];

    /** The answer with the id named `UNKNOWN`, so a hidden id and an unknown one compare. */
    const answerFor = async (query: string, id: string, headers: Record<string, string>) => {
      const answer = await api.gql(query, { id, ws: shared.id }, { headers });
      return JSON.parse(JSON.stringify(answer).split(id).join('UNKNOWN')) as GraphQLAnswer;
    };

    it.each(hiddenReads)(
      'answer for a hidden %s exactly as for an id that does not exist',
      async (name, query, idOf) => {
        // A named reader sees R1 and its public relations, except in the analytics (per class).
        const namedSees = ['actor', 'relation to a hidden actor', 'neighbourhood', 'history'].includes(name);
        const blind = (party: Party) => party.records !== 'all' && !(party.records === 'named' && namedSees);
        for (const party of parties.filter(blind)) {
          const hidden = await answerFor(query, idOf(shared), party.headers);
          const unknown = await answerFor(query, '00000000-0000-4000-8000-000000000000', party.headers);
          expect({ party: party.label, answer: hidden }).toEqual({ party: party.label, answer: unknown });
        }
      },
    );

    it('answers a members-only workspace to non-members as if it did not exist, by slug and by record id', async () => {
      const publicActor = membersOnly.actors.P1!;
      // Everyone but its owner, the member of another workspace, is a stranger to it.
      for (const party of parties.filter((candidate) => candidate.label !== 'a member of another workspace')) {
        expect(
          dataOf(
            await api.gql(
              'query($ws: String!) { workspace(slug: $ws) { id } }',
              { ws: membersOnly.slug },
              { headers: party.headers },
            ),
          ),
        ).toEqual({ workspace: null });
        expect(
          dataOf(
            await api.gql('query($id: ID!) { actor(id: $id) { id } }', { id: publicActor }, { headers: party.headers }),
          ),
        ).toEqual({ actor: null });
        const listed = await api.gql(
          'query($ws: ID!) { actors(workspace: $ws) { totalCount } }',
          { ws: membersOnly.slug },
          { headers: party.headers },
        );
        expect(errorOf(listed).extensions?.code).toBe('NOT_FOUND');
        const around = await api.gql(
          'query($id: ID!) { neighbourhood(actorId: $id) { truncated } }',
          { id: publicActor },
          { headers: party.headers },
        );
        expect(errorOf(around).extensions?.code).toBe('NOT_FOUND');
        const history = await api.gql(
          'query($id: ID!) { history(entityId: $id) { id } }',
          { id: publicActor },
          { headers: party.headers },
        );
        expect(errorOf(history).extensions?.code).toBe('NOT_FOUND');
        const listedWorkspaces = dataOf(
          await api.gql<{ workspaces: Array<{ id: string }> }>('{ workspaces { id } }', {}, { headers: party.headers }),
        );
        expect(listedWorkspaces.workspaces.map((workspace) => workspace.id)).not.toContain(membersOnly.id);
      }
    });

    it('seals search cursors: no score inside, a new cursor on every answer', async () => {
      const query = 'query($ws: ID!) { actors(workspace: $ws, search: "m", first: 1) { edges { cursor } } }';
      const first = dataOf(await api.gql<{ actors: { edges: Array<{ cursor: string }> } }>(query, { ws: shared.id }));
      const second = dataOf(await api.gql<{ actors: { edges: Array<{ cursor: string }> } }>(query, { ws: shared.id }));
      const [a, b] = [first.actors.edges[0]!.cursor, second.actors.edges[0]!.cursor];
      expect(a).not.toBe(b);
      expect(Buffer.from(a.slice(2), 'base64url').toString('latin1')).not.toMatch(/\d\.\d/);
      // One character of the sealed part changed (always a change: the old tail edit left 'BA' as it was).
      const at = Math.floor(a.length / 2);
      const tampered = `${a.slice(0, at)}${a[at] === 'A' ? 'B' : 'A'}${a.slice(at + 1)}`;
      const refused = await api.gql(
        'query($ws: ID!, $after: String) { actors(workspace: $ws, search: "m", after: $after) { totalCount } }',
        { ws: shared.id, after: tampered },
      );
      expect(errorOf(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('revisions', () => {
    const revisionFor = async (party: Party) =>
      dataOf(
        await api.gql<{ analytics: { revision: string }; mapGraph: { revision: string } }>(
          'query($ws: ID!) { analytics(workspace: $ws) { revision } mapGraph(workspace: $ws) { revision } }',
          { ws: shared.id },
          { headers: party.headers },
        ),
      );
    const party = (label: string) => parties.find((candidate) => candidate.label === label)!;
    const edit = async (key: 'R1' | 'M1' | 'P4', description: string) => {
      const { actor } = dataOf(
        await api.gql<{ actor: { version: number } }>('query($id: ID!) { actor(id: $id) { version } }', {
          id: shared.actors[key],
        }),
      );
      dataOf(
        await api.gql(
          'mutation($id: ID!, $v: Int!, $d: String) { updateActor(id: $id, expectedVersion: $v, input: { description: $d }) { id } }',
          {
            id: shared.actors[key],
            v: actor.version,
            d: description,
          },
          { headers: owner.headers },
        ),
      );
    };

    it('moves for a class only when something it may see changes', async () => {
      const classes = ['anonymous', 'a viewer', 'an editor'].map(party);
      const before = await Promise.all(classes.map(revisionFor));
      await edit('R1', 'restricted change');
      const afterRestricted = await Promise.all(classes.map(revisionFor));
      expect(afterRestricted[0]).toEqual(before[0]);
      expect(afterRestricted[1]).toEqual(before[1]);
      expect(afterRestricted[2]).not.toEqual(before[2]);
      await edit('M1', 'members change');
      const afterMembers = await Promise.all(classes.map(revisionFor));
      expect(afterMembers[0]).toEqual(before[0]);
      expect(afterMembers[1]).not.toEqual(afterRestricted[1]);
      await edit('P4', 'public change');
      const afterPublic = await Promise.all(classes.map(revisionFor));
      expect(afterPublic[0]).not.toEqual(afterMembers[0]);
    });
  });

  describe('history', () => {
    it('lists only the relations a viewer may see when an actor was deleted and restored with them', async () => {
      const version = async () =>
        dataOf(
          await api.gql<{ actor: { version: number } }>('query($id: ID!) { actor(id: $id) { version } }', {
            id: shared.actors.P2,
          }),
        ).actor.version;
      dataOf(
        await api.gql(
          'mutation($id: ID!, $v: Int) { deleteActor(id: $id, expectedVersion: $v) { id } }',
          { id: shared.actors.P2, v: await version() },
          { headers: owner.headers },
        ),
      );
      dataOf(
        await api.gql(
          'mutation($id: ID!, $v: Int) { restoreActor(id: $id, expectedVersion: $v) { id } }',
          { id: shared.actors.P2, v: await version() },
          { headers: owner.headers },
        ),
      );
      const listed = async (party: Party) => {
        const { history } = dataOf(
          await api.gql<{ history: Array<{ action: string; after: { relations?: string[] } | null }> }>(
            'query($id: ID!) { history(entityId: $id) { action after } }',
            { id: shared.actors.P2 },
            { headers: party.headers },
          ),
        );
        const names = namesOf(shared);
        return history
          .filter((change) => change.action === 'DELETE' || change.action === 'RESTORE')
          .map((change) => [change.action, (change.after?.relations ?? []).map((id) => names.get(id)).sort()]);
      };
      const expected = {
        public: [
          ['RESTORE', ['T1', 'T2']],
          ['DELETE', ['T1', 'T2']],
        ],
        members: [
          ['RESTORE', ['T1', 'T2']],
          ['DELETE', ['T1', 'T2']],
        ],
        named: [
          ['RESTORE', ['T1', 'T2', 'T7']],
          ['DELETE', ['T1', 'T2', 'T7']],
        ],
        all: [
          ['RESTORE', ['T1', 'T2', 'T6', 'T7']],
          ['DELETE', ['T1', 'T2', 'T6', 'T7']],
        ],
      };
      for (const party of parties)
        expect({ party: party.label, listed: await listed(party) }).toEqual({
          party: party.label,
          listed: expected[party.records],
        });
    });

    it('shows who is named as a reader to editors only', async () => {
      const readersIn = async (party: Party) =>
        JSON.stringify(
          dataOf(
            await api.gql<{ history: unknown[]; actor: unknown }>(
              'query($id: ID!) { history(entityId: $id) { before after } actor(id: $id) { readers } }',
              { id: shared.actors.R1 },
              { headers: party.headers },
            ),
          ),
        );
      for (const party of parties.filter((candidate) => candidate.records === 'named')) {
        expect(await readersIn(party)).not.toMatch(/readers":\[/);
      }
      for (const party of parties.filter((candidate) => candidate.records === 'all')) {
        expect(await readersIn(party)).toMatch(/readers":\[/);
      }
    });

    it('names the real author of each change', async () => {
      const { history } = dataOf(
        await api.gql<{ history: Array<{ by: string; byName: string; action: string }> }>(
          'query($id: ID!) { history(entityId: $id) { by byName action } }',
          { id: shared.actors.P2 },
        ),
      );
      expect(history.every((change) => change.by === owner.id && change.byName === 'owner')).toBe(true);
    });
  });

  describe('writes', () => {
    const count = async () =>
      dataOf(
        await api.gql<{ workspace: { actorCount: number; relationCount: number } }>(
          'query($ws: String!) { workspace(slug: $ws) { actorCount relationCount title } }',
          { ws: shared.slug },
        ),
      ).workspace;

    /** Records made by the owner for one write test: the writes act on them, not on the shared records. */
    interface Scratch {
      actor: string;
      relation: string;
      source: string;
      change: string;
    }
    type Write = [string, (b: BuiltWorkspace, scratch: Scratch) => [string, Record<string, unknown>]];
    const EDITS: Write[] = [
      [
        'createActor',
        (b) => [
          'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "Scratch", kind: NGO, tier: LOCAL }) { id } }',
          { ws: b.id },
        ],
      ],
      [
        'updateActor',
        (_b, scratch) => [
          'mutation($id: ID!) { updateActor(id: $id, expectedVersion: 1, input: { city: "Athens" }) { id } }',
          { id: scratch.actor },
        ],
      ],
      [
        'createRelation',
        (b, scratch) => [
          'mutation($ws: ID!, $s: ID!, $t: ID!) { createRelation(workspace: $ws, input: { type: CONSULTS, sourceId: $s, targetId: $t }) { id } }',
          { ws: b.id, s: scratch.actor, t: b.actors.P1 },
        ],
      ],
      [
        'createSource',
        (_b, scratch) => [
          'mutation($id: ID!) { createSource(subjectId: $id, input: { title: "Scratch evidence" }) { id } }',
          { id: scratch.actor },
        ],
      ],
      ['deleteActor', (_b, scratch) => ['mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: scratch.actor }]],
      ['restoreActor', (_b, scratch) => ['mutation($id: ID!) { restoreActor(id: $id) { id } }', { id: scratch.actor }]],
      [
        'updateRelation',
        (_b, scratch) => [
          'mutation($id: ID!) { updateRelation(id: $id, expectedVersion: 1, input: { strength: 3 }) { id } }',
          { id: scratch.relation },
        ],
      ],
      [
        'deleteRelation',
        (_b, scratch) => ['mutation($id: ID!) { deleteRelation(id: $id) { id } }', { id: scratch.relation }],
      ],
      [
        'restoreRelation',
        (_b, scratch) => ['mutation($id: ID!) { restoreRelation(id: $id) { id } }', { id: scratch.relation }],
      ],
      [
        'updateSource',
        (_b, scratch) => [
          'mutation($id: ID!) { updateSource(id: $id, expectedVersion: 1, input: { title: "Changed" }) { id } }',
          { id: scratch.source },
        ],
      ],
      [
        'deleteSource',
        (_b, scratch) => ['mutation($id: ID!) { deleteSource(id: $id) { id } }', { id: scratch.source }],
      ],
      [
        'restoreSource',
        (_b, scratch) => ['mutation($id: ID!) { restoreSource(id: $id) { id } }', { id: scratch.source }],
      ],
      [
        'revertChange',
        (_b, scratch) => ['mutation($id: ID!) { revertChange(id: $id) { id } }', { id: scratch.change }],
      ],
      [
        'importGraph',
        (b) => [
          'mutation($ws: ID!) { importGraph(workspace: $ws, input: { actors: [{ externalId: "scratch-import", name: "Scratch import", kind: NGO, tier: LOCAL }], relations: [] }) { actorsCreated } }',
          { ws: b.id },
        ],
      ],
      [
        'addThemes',
        (b) => [
          'mutation($ws: String!) { addThemes(workspace: $ws, themes: [{ id: "scratch", label: "Scratch", description: "" }]) { id } }',
          { ws: b.id },
        ],
      ],
    ];
    const OWNER_ONLY: Write[] = [
      [
        'updateWorkspace',
        (b) => [
          'mutation($ws: ID!) { updateWorkspace(workspace: $ws, input: { title: "Authorisation shared" }) { id } }',
          { ws: b.id },
        ],
      ],
      [
        'inviteMember',
        (b) => [
          'mutation($ws: ID!) { inviteMember(workspace: $ws, email: "scratch@example.org", role: VIEWER) { token } }',
          { ws: b.id },
        ],
      ],
      [
        'auditLog',
        (b) => [
          'query($ws: String!) { workspace(slug: $ws) { auditLog(first: 5) { events { action } } } }',
          { ws: b.id },
        ],
      ],
      ['members', (b) => ['query($ws: String!) { workspace(slug: $ws) { members { email role } } }', { ws: b.id }]],
      [
        'invitations',
        (b) => ['query($ws: String!) { workspace(slug: $ws) { invitations { email role } } }', { ws: b.id }],
      ],
      [
        'setMemberRole',
        (b) => [
          'mutation($ws: ID!, $u: ID!) { setMemberRole(workspace: $ws, userId: $u, role: VIEWER) { role } }',
          { ws: b.id, u: viewerId },
        ],
      ],
    ];

    it.each(EDITS)(
      '%s: refused with the right code for those who may not edit, writing nothing',
      async (_name, make) => {
        // A scratch actor made by the owner: the edits act on it, so the shared records stay as they were.
        const asOwner = <T>(query: string, variables: Record<string, unknown>) =>
          api.gql<T>(query, variables, { headers: owner.headers }).then(dataOf);
        const { createActor } = await asOwner<{ createActor: { id: string } }>(
          'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "Scratch base", kind: NGO, tier: LOCAL }) { id } }',
          { ws: shared.id },
        );
        const { createRelation } = await asOwner<{ createRelation: { id: string } }>(
          'mutation($ws: ID!, $s: ID!, $t: ID!) { createRelation(workspace: $ws, input: { type: ADVOCATES_TO, sourceId: $s, targetId: $t }) { id } }',
          { ws: shared.id, s: createActor.id, t: shared.actors.P2 },
        );
        const { createSource } = await asOwner<{ createSource: { id: string } }>(
          'mutation($id: ID!) { createSource(subjectId: $id, input: { title: "Scratch source" }) { id } }',
          { id: createActor.id },
        );
        const { history } = await asOwner<{ history: Array<{ id: string }> }>(
          'query($id: ID!) { history(entityId: $id) { id } }',
          { id: createActor.id },
        );
        const scratch: Scratch = {
          actor: createActor.id,
          relation: createRelation.id,
          source: createSource.id,
          change: history[0]!.id,
        };
        for (const party of parties.filter((candidate) => candidate.writes !== 'ok')) {
          const before = await count();
          const [query, variables] = make(shared, scratch);
          const answer = await api.gql(query, variables, { headers: party.headers });
          expect({ party: party.label, code: errorOf(answer).extensions?.code }).toEqual({
            party: party.label,
            code: party.writes,
          });
          expect(await count()).toEqual(before);
        }
        dataOf(
          await api.gql(
            'mutation($id: ID!) { deleteActor(id: $id) { id } }',
            { id: scratch.actor },
            { headers: owner.headers },
          ),
        );
      },
    );

    it.each(OWNER_ONLY)('%s: for owners only', async (_name, make) => {
      for (const party of parties) {
        const [query, variables] = make(shared, { actor: '', relation: '', source: '', change: '' });
        const answer = await api.gql(query, variables, { headers: party.headers });
        const expected = party.owner ? 'ok' : party.writes === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const code = answer.errors?.length ? errorOf(answer).extensions?.code : 'ok';
        expect({ party: party.label, code }).toEqual({ party: party.label, code: expected });
      }
    });

    it('answers the workspace and account mutations of every party with the right code', async () => {
      const asOwner = <T>(query: string, variables: Record<string, unknown>) =>
        api.gql<T>(query, variables, { headers: owner.headers }).then(dataOf);
      // What each party may do besides editing: owners manage; signed-in users (not tokens) make
      // tokens of their own role and leave; tokens do neither; anonymous visitors nothing.
      const expectations: Record<string, Record<string, string>> = {
        anonymous: {
          removeMember: 'UNAUTHENTICATED',
          revokeInvitation: 'UNAUTHENTICATED',
          createApiToken: 'UNAUTHENTICATED',
          restoreWorkspace: 'UNAUTHENTICATED',
          changePassword: 'UNAUTHENTICATED',
          resetPassword: 'UNAUTHENTICATED',
        },
        'a stranger': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'FORBIDDEN',
          restoreWorkspace: 'NOT_FOUND',
          changePassword: 'BAD_USER_INPUT',
          resetPassword: 'FORBIDDEN',
        },
        'a member of another workspace': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'FORBIDDEN',
          restoreWorkspace: 'NOT_FOUND',
          changePassword: 'BAD_USER_INPUT',
          resetPassword: 'FORBIDDEN',
        },
        'a viewer': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'ok',
          restoreWorkspace: 'NOT_FOUND',
          changePassword: 'BAD_USER_INPUT',
          resetPassword: 'FORBIDDEN',
        },
        'a named reader': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'ok',
          restoreWorkspace: 'NOT_FOUND',
          changePassword: 'BAD_USER_INPUT',
          resetPassword: 'FORBIDDEN',
        },
        'a viewer token': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'FORBIDDEN',
          restoreWorkspace: 'FORBIDDEN',
          changePassword: 'FORBIDDEN',
          resetPassword: 'FORBIDDEN',
        },
        'an editor': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'ok',
          restoreWorkspace: 'NOT_FOUND',
          changePassword: 'BAD_USER_INPUT',
          resetPassword: 'FORBIDDEN',
        },
        'an editor token': {
          removeMember: 'FORBIDDEN',
          revokeInvitation: 'FORBIDDEN',
          createApiToken: 'FORBIDDEN',
          restoreWorkspace: 'FORBIDDEN',
          changePassword: 'FORBIDDEN',
          resetPassword: 'FORBIDDEN',
        },
        'the owner': {
          removeMember: 'ok',
          revokeInvitation: 'ok',
          createApiToken: 'ok',
          restoreWorkspace: 'NOT_FOUND',
          changePassword: 'BAD_USER_INPUT',
          resetPassword: 'FORBIDDEN',
        },
        'an owner token': {
          removeMember: 'ok',
          revokeInvitation: 'ok',
          createApiToken: 'FORBIDDEN',
          restoreWorkspace: 'FORBIDDEN',
          changePassword: 'FORBIDDEN',
          resetPassword: 'FORBIDDEN',
        },
      };
      for (const party of parties) {
        const leaver = await joinWith(api, owner, shared.id, 'leaver', 'VIEWER');
        const { inviteMember } = await asOwner<{ inviteMember: { invitation: { id: string } } }>(
          'mutation($ws: ID!) { inviteMember(workspace: $ws, email: "pending@example.org", role: VIEWER) { invitation { id } } }',
          { ws: shared.id },
        );
        const calls: Record<string, [string, Record<string, unknown>]> = {
          removeMember: [
            'mutation($ws: ID!, $u: ID!) { removeMember(workspace: $ws, userId: $u) }',
            { ws: shared.id, u: leaver.id },
          ],
          revokeInvitation: [
            'mutation($ws: ID!, $id: ID!) { revokeInvitation(workspace: $ws, id: $id) }',
            { ws: shared.id, id: inviteMember.invitation.id },
          ],
          createApiToken: [
            'mutation($ws: ID!) { createApiToken(workspace: $ws, name: "matrix", role: VIEWER) { secret } }',
            { ws: shared.id },
          ],
          restoreWorkspace: ['mutation($id: ID!) { restoreWorkspace(id: $id) { id } }', { id: shared.id }],
          changePassword: [
            'mutation { changePassword(currentPassword: "not the password", newPassword: "another password") { accessToken } }',
            {},
          ],
          resetPassword: ['mutation($u: ID!) { resetPassword(userId: $u) }', { u: leaver.id }],
        };
        const codes: Record<string, string> = {};
        for (const [name, [query, variables]] of Object.entries(calls)) {
          const answer = await api.gql(query, variables, { headers: party.headers });
          codes[name] = answer.errors?.length ? String(errorOf(answer).extensions?.code) : 'ok';
        }
        expect({ party: party.label, codes }).toEqual({ party: party.label, codes: expectations[party.label] });
      }
    });

    it('answers the session and token mutations of every party, and deletes the workspace for owners only', async () => {
      const { apiTokens } = dataOf(
        await api.gql<{ apiTokens: Array<{ id: string; revokedAt: string | null }> }>(
          '{ apiTokens { id revokedAt } }',
          {},
          { headers: owner.headers },
        ),
      );
      const ownersToken = apiTokens.find((token) => token.revokedAt === null)!.id;
      const signedIn = (party: Party) => party.label !== 'anonymous';
      const isToken = (party: Party) => party.label.endsWith('token');
      for (const party of parties) {
        const code = async (query: string, variables: Record<string, unknown> = {}) => {
          const answer = await api.gql(query, variables, { headers: party.headers });
          return answer.errors?.length ? String(errorOf(answer).extensions?.code) : 'ok';
        };
        const codes = {
          me: await code('{ me { id } }'),
          refreshSession: await code('mutation { refreshSession { accessToken } }'),
          acceptInvitation: await code('mutation { acceptInvitation(token: "tmi_unknown") { id } }'),
          revokeApiToken: party.owner
            ? 'skipped'
            : await code('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: ownersToken }),
          deleteWorkspace: party.owner
            ? 'skipped'
            : await code('mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', { ws: shared.id }),
        };
        expect({ party: party.label, codes }).toEqual({
          party: party.label,
          codes: {
            me: 'ok',
            // No refresh cookie: nothing to refresh, whoever asks.
            refreshSession: 'UNAUTHENTICATED',
            acceptInvitation: !signedIn(party) ? 'UNAUTHENTICATED' : isToken(party) ? 'FORBIDDEN' : 'NOT_FOUND',
            // Someone else's token is not theirs to know about.
            revokeApiToken: party.owner
              ? 'skipped'
              : !signedIn(party)
                ? 'UNAUTHENTICATED'
                : isToken(party)
                  ? 'FORBIDDEN'
                  : 'NOT_FOUND',
            deleteWorkspace: party.owner ? 'skipped' : !signedIn(party) ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          },
        });
      }
      // The owner's token may delete (and the owner restore) the workspace.
      const ownerToken = parties.find((party) => party.label === 'an owner token')!;
      dataOf(
        await api.gql(
          'mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }',
          { ws: shared.id },
          { headers: ownerToken.headers },
        ),
      );
      const viewer = parties.find((party) => party.label === 'a viewer')!;
      expect(
        dataOf(
          await api.gql(
            'query($ws: String!) { workspace(slug: $ws) { id } }',
            { ws: shared.slug },
            { headers: viewer.headers },
          ),
        ),
      ).toEqual({ workspace: null });
      dataOf(
        await api.gql(
          'mutation($id: ID!) { restoreWorkspace(id: $id) { id } }',
          { id: shared.id },
          { headers: owner.headers },
        ),
      );
      expect(
        dataOf(
          await api.gql(
            'query($ws: String!) { workspace(slug: $ws) { id } }',
            { ws: shared.slug },
            { headers: viewer.headers },
          ),
        ),
      ).toEqual({ workspace: { id: shared.id } });
    });

    it('lets editors and editor tokens write, and records each write with its author', async () => {
      for (const party of parties.filter((candidate) => candidate.writes === 'ok')) {
        const answer = await api.gql<{ createActor: { id: string; createdBy: string } }>(
          'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "Written", kind: NGO, tier: LOCAL }) { id createdBy } }',
          { ws: shared.id },
          { headers: party.headers },
        );
        const { createActor } = dataOf(answer);
        dataOf(
          await api.gql(
            'mutation($id: ID!) { deleteActor(id: $id) { id } }',
            { id: createActor.id },
            { headers: owner.headers },
          ),
        );
        expect(createActor.createdBy).not.toBe('system');
      }
    });
  });

  describe('named readers of relations and sources', () => {
    it('show a RESTRICTED relation and source to the members they name, and to no other viewer', async () => {
      const party = (label: string) => parties.find((candidate) => candidate.label === label)!;
      const named = party('a named reader');
      const viewer = party('a viewer');
      const namedId = dataOf(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, { headers: named.headers })).me
        .id;
      const versionOf = async (query: string, id: string) =>
        (
          Object.values(dataOf(await api.gql<Record<string, { version: number }>>(query, { id }))) as Array<{
            version: number;
          }>
        )[0]!.version;
      const relationId = shared.relations.T6!;
      const sourceId = shared.sources['Internal memo']!;
      dataOf(
        await api.gql(
          'mutation($id: ID!, $v: Int!, $r: [ID!]) { updateRelation(id: $id, expectedVersion: $v, input: { readers: $r }) { id } }',
          {
            id: relationId,
            v: await versionOf('query($id: ID!) { relation(id: $id) { version } }', relationId),
            r: [namedId],
          },
          { headers: owner.headers },
        ),
      );
      const { actor } = dataOf(
        await api.gql<{ actor: { sources: Array<{ id: string; version: number }> } }>(
          'query($id: ID!) { actor(id: $id) { sources { id version } } }',
          { id: shared.actors.P1 },
        ),
      );
      dataOf(
        await api.gql(
          'mutation($id: ID!, $v: Int!, $r: [ID!]) { updateSource(id: $id, expectedVersion: $v, input: { readers: $r }) { id } }',
          { id: sourceId, v: actor.sources.find((source) => source.id === sourceId)!.version, r: [namedId] },
          { headers: owner.headers },
        ),
      );
      const seen = async (headers: Record<string, string>) => {
        const answer = dataOf(
          await api.gql<{
            relation: { type: string; readers: string[] | null } | null;
            relations: { edges: Array<{ node: { id: string } }> };
            actor: { sources: Array<{ id: string }>; relations: Array<{ id: string }> };
          }>(
            'query($id: ID!, $ws: ID!, $p1: ID!) { relation(id: $id) { type readers } relations(workspace: $ws) { edges { node { id } } } actor(id: $p1) { sources { id } relations { id } } }',
            { id: relationId, ws: shared.id, p1: shared.actors.P1 },
            { headers },
          ),
        );
        return {
          relation: answer.relation,
          inList: answer.relations.edges.some((edge) => edge.node.id === relationId),
          source: answer.actor.sources.some((source) => source.id === sourceId),
        };
      };
      expect(await seen(named.headers)).toEqual({
        relation: { type: 'COORDINATES', readers: null },
        inList: true,
        source: true,
      });
      expect(await seen(viewer.headers)).toEqual({ relation: null, inList: false, source: false });
      expect((await seen(owner.headers)).relation).toEqual({ type: 'COORDINATES', readers: [namedId] });
      const stranger = await api.signUpUser('not-a-member');
      const refused = await api.gql(
        'mutation($id: ID!, $r: [ID!]) { updateRelation(id: $id, expectedVersion: 99, input: { readers: $r }) { id } }',
        { id: relationId, r: [stranger.id] },
        { headers: owner.headers },
      );
      expect(errorOf(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.readers.0' });
    });
  });
});
