import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const ACTOR = gql`
  fragment ActorCard on Actor {
    id
    name
    kind
    sector
    tier
    country
    themes
    version
    deletedAt
  }
`;

const CREATE = gql`
  ${ACTOR}
  mutation CreateActor($ws: ID!, $input: ActorInput!) {
    createActor(workspace: $ws, input: $input) {
      ...ActorCard
    }
  }
`;
const READ = gql`
  ${ACTOR}
  query ReadActor($id: ID!) {
    actor(id: $id) {
      ...ActorCard
    }
  }
`;
const SEARCH = gql`
  query Search($ws: ID!, $search: String) {
    actors(workspace: $ws, search: $search) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;
const UPDATE = gql`
  ${ACTOR}
  mutation UpdateActor($id: ID!, $input: ActorPatch!, $version: Int!) {
    updateActor(id: $id, input: $input, expectedVersion: $version) {
      ...ActorCard
    }
  }
`;
const DELETE = gql`
  ${ACTOR}
  mutation DeleteActor($id: ID!) {
    deleteActor(id: $id) {
      ...ActorCard
    }
  }
`;
const RESTORE = gql`
  ${ACTOR}
  mutation RestoreActor($id: ID!) {
    restoreActor(id: $id) {
      ...ActorCard
    }
  }
`;

interface ActorCard {
  id: string;
  name: string;
  kind: string;
  sector: string;
  tier: string;
  country: string | null;
  themes: string[];
  version: number;
  deletedAt: string | null;
}

describe('a GraphQL client against the listening API', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let client: GraphQLClient;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'graphql-client');
    client = new GraphQLClient(`${api.origin}/graphql`, { headers: api.admin!.headers });
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('creates, reads, updates, meets a conflict, deletes and restores an actor', async () => {
    const { createActor: created } = await client.request<{ createActor: ActorCard }>(CREATE, {
      ws: ws.slug,
      input: { name: 'Generation 2.0 RED', kind: 'MIGRANT_LED_ORGANISATION', tier: 'NATIONAL', country: 'GR' },
    });
    expect(created).toMatchObject({ sector: 'CIVIL_SOCIETY', version: 1, deletedAt: null });

    const { actor: read } = await client.request<{ actor: ActorCard }>(READ, { id: created.id });
    expect(read).toEqual(created);
    const { actors } = await client.request<{ actors: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      SEARCH,
      { ws: ws.id, search: 'generation' },
    );
    expect(actors.edges.map((edge) => edge.node.id)).toEqual([created.id]);

    const { updateActor: updated } = await client.request<{ updateActor: ActorCard }>(UPDATE, {
      id: created.id,
      version: 1,
      input: { themes: ['integration-inclusion', 'policy-participation'] },
    });
    expect(updated).toMatchObject({ version: 2, themes: ['integration-inclusion', 'policy-participation'] });

    // A second editor still holding version 1 loses the race and is told so.
    const stale = await client.request(UPDATE, { id: created.id, version: 1, input: { name: 'Overwritten' } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(stale).toBeInstanceOf(ClientError);
    const conflict = (stale as ClientError).response.errors?.[0];
    expect(conflict?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await client.request<{ actor: ActorCard }>(READ, { id: created.id })).actor.name).toBe(
      'Generation 2.0 RED',
    );

    const { deleteActor: deleted } = await client.request<{ deleteActor: ActorCard }>(DELETE, { id: created.id });
    expect(deleted.deletedAt).not.toBeNull();
    const afterDelete = await client.request<{ actors: { totalCount: number } }>(SEARCH, { ws: ws.id });
    expect(afterDelete.actors.totalCount).toBe(0);

    const { restoreActor: restored } = await client.request<{ restoreActor: ActorCard }>(RESTORE, { id: created.id });
    expect(restored).toMatchObject({ deletedAt: null, version: 4, name: 'Generation 2.0 RED' });
    const afterRestore = await client.request<{ actors: { totalCount: number } }>(SEARCH, { ws: ws.id });
    expect(afterRestore.actors.totalCount).toBe(1);
  });

  it('raises a ClientError carrying BAD_USER_INPUT and the field for bad input', async () => {
    const error = await client
      .request(CREATE, { ws: ws.id, input: { name: 'X', kind: 'NGO', tier: 'LOCAL', country: 'XX' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.country',
    });
  });

  it('serves an anonymous client with a header and refuses its writes with UNAUTHENTICATED', async () => {
    const anonymous = new GraphQLClient(`${api.origin}/graphql`, { headers: { 'x-tiermap-viewer': 'anonymous' } });
    const { actors } = await anonymous.request<{ actors: { totalCount: number } }>(SEARCH, { ws: ws.id });
    expect(actors.totalCount).toBe(1);
    const error = await anonymous
      .request(CREATE, { ws: ws.id, input: { name: 'X', kind: 'NGO', tier: 'LOCAL' } })
      .catch((caught: unknown) => caught);
    expect((error as ClientError).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
