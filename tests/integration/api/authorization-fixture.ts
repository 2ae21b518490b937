/**
 * A workspace shared by an owner, an editor and a viewer, holding PUBLIC, WORKSPACE (members) and
 * RESTRICTED actors, relations and sources, plus two controls built from the same records: one
 * with only what the public may see, one with only what members may see. Every read a viewer makes
 * of the shared workspace must equal the same read of its class's control (made by the
 * administrator, who sees everything), once ids are replaced by names.
 *
 *   P1 Athens Municipality   PUBLIC      P2 Ministry of Migration PUBLIC
 *   P3 UNHCR                 PUBLIC      P4 Hellenic Foundation   PUBLIC
 *   M1 Members Forum         WORKSPACE   R1 Hidden Shelter        RESTRICTED
 */
import { randomUUID } from 'node:crypto';
import type { Visibility } from '../../../api/src/domain/vocabulary';
import type { TestApi, TestUser } from '../../helpers/test-api';
import { dataOf } from '../../helpers/workspace-fixture';

export type ActorKey = 'P1' | 'P2' | 'P3' | 'P4' | 'M1' | 'R1';

export const ACTORS: Record<ActorKey, Record<string, unknown>> = {
  P1: { name: 'Athens Municipality', kind: 'MUNICIPALITY', tier: 'LOCAL', country: 'GR', themes: ['reception'] },
  P2: { name: 'Ministry of Migration', kind: 'MINISTRY', tier: 'NATIONAL', country: 'GR', themes: ['reception'] },
  P3: { name: 'UNHCR', kind: 'UN_AGENCY', tier: 'GLOBAL', themes: ['reception', 'protection'] },
  P4: { name: 'Hellenic Foundation', kind: 'FOUNDATION', tier: 'NATIONAL', country: 'GR', themes: ['reception'] },
  M1: {
    name: 'Members Forum',
    kind: 'NGO',
    tier: 'LOCAL',
    country: 'GR',
    themes: ['reception'],
    visibility: 'WORKSPACE',
  },
  R1: {
    name: 'Hidden Shelter',
    kind: 'NGO',
    tier: 'LOCAL',
    country: 'GR',
    themes: ['reception'],
    visibility: 'RESTRICTED',
    description: 'shelter for unaccompanied minors',
  },
};

type RelationSpec = [ActorKey, string, ActorKey, Record<string, unknown>];

export const RELATIONS: Record<string, RelationSpec> = {
  T1: ['P1', 'CONSULTS', 'P2', { themes: ['reception'], since: '2019' }],
  T2: ['P2', 'PARTNERS_WITH', 'P3', { themes: ['reception'] }],
  T3: ['P4', 'FUNDS', 'P1', { themes: ['reception'], amount: 1000, currency: 'EUR' }],
  T4: ['P4', 'FUNDS', 'M1', { themes: ['reception'], amount: 500, currency: 'EUR' }],
  T5: ['P1', 'PARTNERS_WITH', 'P3', { visibility: 'WORKSPACE' }],
  T6: ['P2', 'COORDINATES', 'P3', { visibility: 'RESTRICTED' }],
  T7: ['R1', 'PARTNERS_WITH', 'P2', { themes: ['reception'] }],
  T8: ['P4', 'FUNDS', 'R1', { themes: ['reception'], amount: 300, currency: 'EUR' }],
  T9: ['M1', 'DELIVERS_SERVICES_FOR', 'P1', { themes: ['reception'], visibility: 'WORKSPACE' }],
};

/** Evidence: [subject (actor key or relation key), title, visibility]. */
export const SOURCES: Array<[string, string, Visibility]> = [
  ['P1', 'Public report', 'PUBLIC'],
  ['P1', 'Members note', 'WORKSPACE'],
  ['P1', 'Internal memo', 'RESTRICTED'],
  ['T1', 'Consultation minutes', 'PUBLIC'],
  ['T1', 'Restricted minutes', 'RESTRICTED'],
];

export type VisibilityClass = 'public' | 'members' | 'all';
/** What a viewer sees of records: its class, or (`named`) members' records plus R1, which names it. */
export type RecordsSeen = VisibilityClass | 'named';

const SEEN: Record<RecordsSeen, readonly Visibility[]> = {
  public: ['PUBLIC'],
  members: ['PUBLIC', 'WORKSPACE'],
  named: ['PUBLIC', 'WORKSPACE'],
  all: ['PUBLIC', 'WORKSPACE', 'RESTRICTED'],
};

const visibilityOf = (fields: Record<string, unknown>): Visibility => (fields.visibility as Visibility) ?? 'PUBLIC';

export interface BuiltWorkspace {
  id: string;
  slug: string;
  actors: Partial<Record<ActorKey, string>>;
  relations: Record<string, string>;
  sources: Record<string, string>;
}

/**
 * Builds the records a class may see (all of them for 'all') in a new workspace, as `headers`
 * (the administrator by default). Names carry no workspace, so answers compare across workspaces.
 */
export async function buildWorkspace(
  api: TestApi,
  label: string,
  seen: RecordsSeen,
  options: { headers?: Record<string, string>; visibility?: Visibility } = {},
): Promise<BuiltWorkspace> {
  const call = <T>(query: string, variables: Record<string, unknown>) =>
    api.gql<T>(query, variables, options.headers ? { headers: options.headers } : {}).then(dataOf);
  const slug = `test-authz-${label}-${randomUUID().slice(0, 8)}`;
  const { createWorkspace } = await call<{ createWorkspace: { id: string } }>(
    'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
    { input: { slug, title: `Authorisation ${label}`, visibility: options.visibility ?? 'PUBLIC' } },
  );
  const built: BuiltWorkspace = { id: createWorkspace.id, slug, actors: {}, relations: {}, sources: {} };
  const visible = (visibility: Visibility) => SEEN[seen].includes(visibility);
  for (const [key, fields] of Object.entries(ACTORS) as [ActorKey, Record<string, unknown>][]) {
    if (!visible(visibilityOf(fields)) && !(seen === 'named' && key === 'R1')) continue;
    const { createActor } = await call<{ createActor: { id: string } }>(
      'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
      { ws: built.id, input: fields },
    );
    built.actors[key] = createActor.id;
  }
  for (const [key, [source, type, target, rest]] of Object.entries(RELATIONS)) {
    const sourceId = built.actors[source];
    const targetId = built.actors[target];
    if (!sourceId || !targetId || !visible(visibilityOf(rest))) continue;
    const { createRelation } = await call<{ createRelation: { id: string } }>(
      'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
      { ws: built.id, input: { type, sourceId, targetId, ...rest } },
    );
    built.relations[key] = createRelation.id;
  }
  for (const [subject, title, visibility] of SOURCES) {
    const subjectId = built.actors[subject as ActorKey] ?? built.relations[subject];
    if (!subjectId || !visible(visibility)) continue;
    const { createSource } = await call<{ createSource: { id: string } }>(
      'mutation($id: ID!, $input: SourceInput!) { createSource(subjectId: $id, input: $input) { id } }',
      { id: subjectId, input: { title, visibility, quote: `${title} quote` } },
    );
    built.sources[title] = createSource.id;
  }
  return built;
}

/** Keys whose values differ between workspaces or runs, left out of comparisons. */
const VOLATILE = new Set([
  'id',
  'workspaceId',
  'cursor',
  'endCursor',
  'revision',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'version',
  'at',
  'by',
  'subjectId',
  'sourceId',
  'targetId',
  'centerId',
  'actorId',
]);

/**
 * An answer with ids replaced by names (through `names`), volatile fields dropped and every list
 * sorted, so that two workspaces holding the same records give equal answers.
 */
export function normalise(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value)) {
    return value
      .map((item) => normalise(item, names))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !VOLATILE.has(key))
        .map(([key, inner]) => [key, normalise(inner, names)]),
    );
  }
  return value;
}

/** Ids of a built workspace → the fixture's names for them. */
export function namesOf(built: BuiltWorkspace): Map<string, string> {
  return new Map<string, string>([
    ...Object.entries(built.actors).map(([key, id]) => [id!, key] as [string, string]),
    ...Object.entries(built.relations).map(([key, id]) => [id, key] as [string, string]),
    ...Object.entries(built.sources).map(([key, id]) => [id, key] as [string, string]),
    [built.id, 'WORKSPACE'],
    [built.slug, 'WORKSPACE'],
  ]);
}

export interface Party {
  label: string;
  headers: Record<string, string>;
  /** The visibility class: what the map and the analytics show it. */
  seen: VisibilityClass;
  /** What lists, search, reads by id and neighbourhoods show it. */
  records: RecordsSeen;
  /** What a write by this party to a visible record of the shared workspace answers. */
  writes: 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  owner: boolean;
}

/** Signs up a user and lets it join `workspace` with `role` through an invitation from `owner`. */
export async function joinWith(
  api: TestApi,
  owner: TestUser,
  workspace: string,
  label: string,
  role: 'OWNER' | 'EDITOR' | 'VIEWER',
): Promise<TestUser> {
  const user = await api.signUpUser(label);
  const { inviteMember } = dataOf(
    await api.gql<{ inviteMember: { token: string } }>(
      'mutation($ws: ID!, $email: String!, $role: Role!) { inviteMember(workspace: $ws, email: $email, role: $role) { token } }',
      { ws: workspace, email: user.email.toUpperCase(), role },
      { headers: owner.headers },
    ),
  );
  dataOf(
    await api.gql(
      'mutation($token: String!) { acceptInvitation(token: $token) { id } }',
      { token: inviteMember.token },
      {
        headers: user.headers,
      },
    ),
  );
  return user;
}

/** An API token of `owner` for `workspace` with `role`, as request headers. */
export async function tokenHeaders(
  api: TestApi,
  owner: TestUser,
  workspace: string,
  role: 'OWNER' | 'EDITOR' | 'VIEWER',
): Promise<Record<string, string>> {
  const { createApiToken } = dataOf(
    await api.gql<{ createApiToken: { secret: string } }>(
      'mutation($ws: ID!, $role: Role!) { createApiToken(workspace: $ws, name: "matrix", role: $role) { secret } }',
      { ws: workspace, role },
      { headers: owner.headers },
    ),
  );
  return { authorization: `Bearer ${createApiToken.secret}` };
}
