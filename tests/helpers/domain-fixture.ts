/**
 * Helpers for the API integration tests: a migrated test API, one-call creators for actors,
 * relations and sources, error accessors, and a raw count of what a workspace holds (to prove that a
 * refused write wrote nothing).
 */
import { applyMigrations } from '../../api/src/db/migrations';
import { defineQuery } from '../../api/src/db/query';
import type { Database } from '../../api/src/db/run-query';
import { startTestApi, type GraphQLAnswer, type TestApi } from './test-api';
import { dataOf } from './workspace-fixture';

/** Sent as a request header, this makes the API serve the request as an anonymous visitor. */
export const ANONYMOUS = { headers: { 'x-tiermap-viewer': 'anonymous' } } as const;

export const ACTOR_FIELDS = `id workspaceId externalId name aliases kind tier sector country city originCountries
  themes description website founded visibility version createdAt createdBy updatedAt updatedBy deletedAt`;

export const RELATION_FIELDS = `id workspaceId externalId type sourceId targetId directed mode engagement formal themes
  since until amount currency strength confidence notes visibility version createdAt createdBy updatedAt updatedBy
  deletedAt`;

export const SOURCE_FIELDS = `id workspaceId subjectId subjectKind title url document quote page accessed visibility
  version createdAt createdBy updatedAt updatedBy deletedAt`;

export const CHANGE_FIELDS = `id workspaceId entityId entityKind action at by before after version revertOf causeId
  changedFields`;

export interface ActorData {
  id: string;
  workspaceId: string;
  externalId: string | null;
  name: string;
  aliases: string[];
  kind: string;
  tier: string;
  sector: string;
  country: string | null;
  city: string | null;
  originCountries: string[];
  themes: string[];
  description: string | null;
  website: string | null;
  founded: string | null;
  visibility: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
}

export interface RelationData {
  id: string;
  workspaceId: string;
  externalId: string | null;
  type: string;
  sourceId: string;
  targetId: string;
  directed: boolean;
  mode: string | null;
  engagement: string | null;
  formal: boolean | null;
  themes: string[];
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  strength: number | null;
  confidence: number;
  notes: string | null;
  visibility: string;
  version: number;
  deletedAt: string | null;
}

export interface SourceData {
  id: string;
  subjectId: string;
  subjectKind: string;
  title: string | null;
  url: string | null;
  document: string | null;
  quote: string | null;
  page: string | null;
  accessed: string | null;
  visibility: string;
  version: number;
  deletedAt: string | null;
}

export interface ChangeData {
  id: string;
  entityId: string;
  entityKind: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  version: number | null;
  revertOf: string | null;
  causeId: string | null;
  changedFields: string[];
}

/**
 * Starts the test API and applies the schema migrations (the full-text index, constraints) that
 * `npm start` applies at boot. Test files start in parallel, so a migration that races another
 * worker's is simply tried again: every migration is idempotent.
 */
export async function startMigratedTestApi(): Promise<TestApi> {
  const api = await startTestApi();
  for (let attempt = 1; ; attempt += 1) {
    try {
      await applyMigrations(api.db);
      return api;
    } catch (error) {
      if (attempt >= 5) {
        await api.close();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Creates an actor (NGO at LOCAL tier unless the input says otherwise) and returns all its fields. */
export async function createActor(api: TestApi, workspace: string, input: Record<string, unknown>): Promise<ActorData> {
  const answer = await api.gql<{ createActor: ActorData }>(
    `mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { ${ACTOR_FIELDS} } }`,
    { ws: workspace, input: { kind: 'NGO', tier: 'LOCAL', ...input } },
  );
  return dataOf(answer).createActor;
}

/** Creates a relation and returns all its fields. */
export async function createRelation(
  api: TestApi,
  workspace: string,
  input: Record<string, unknown>,
): Promise<RelationData> {
  const answer = await api.gql<{ createRelation: RelationData }>(
    `mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { ${RELATION_FIELDS} } }`,
    { ws: workspace, input },
  );
  return dataOf(answer).createRelation;
}

/** Attaches a source to an actor or relation and returns all its fields. */
export async function createSource(
  api: TestApi,
  subjectId: string,
  input: Record<string, unknown>,
): Promise<SourceData> {
  const answer = await api.gql<{ createSource: SourceData }>(
    `mutation($id: ID!, $input: SourceInput!) { createSource(subjectId: $id, input: $input) { ${SOURCE_FIELDS} } }`,
    { id: subjectId, input },
  );
  return dataOf(answer).createSource;
}

/** The history of an entity, newest first. */
export async function historyOf(api: TestApi, entityId: string): Promise<ChangeData[]> {
  const answer = await api.gql<{ history: ChangeData[] }>(
    `query($id: ID!) { history(entityId: $id) { ${CHANGE_FIELDS} } }`,
    { id: entityId },
  );
  return dataOf(answer).history;
}

export interface GraphQLErrorData {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The first error of an answer; fails the test when there is none. */
export function errorOf(answer: GraphQLAnswer<unknown>): GraphQLErrorData {
  const error = answer.errors?.[0];
  if (!error) throw new Error(`expected a GraphQL error, got ${JSON.stringify(answer.data)}`);
  return error;
}

/** Everything stored for a workspace, deleted records included. */
export interface WorkspaceCounts {
  actors: number;
  relations: number;
  sources: number;
  changes: number;
  themes: number;
}

const WORKSPACE_COUNTS = defineQuery<{ ws: string }, WorkspaceCounts>(
  'test.workspaceCounts',
  `RETURN COUNT { MATCH (a:Actor {workspaceId: $ws}) } AS actors,
          COUNT { MATCH ()-[r:RELATES {workspaceId: $ws}]->() } AS relations,
          COUNT { MATCH (s:Source {workspaceId: $ws}) } AS sources,
          COUNT { MATCH (c:Change {workspaceId: $ws}) } AS changes,
          COUNT { MATCH (t:Theme {workspaceId: $ws}) } AS themes`,
);

/** Counts every node and relationship of a workspace straight from the database. */
export async function workspaceCounts(db: Database, workspaceId: string): Promise<WorkspaceCounts> {
  const [row] = await db.read(WORKSPACE_COUNTS, { ws: workspaceId });
  return row!;
}
