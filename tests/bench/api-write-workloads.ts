/**
 * The write workloads of `npm run bench:api`, Tiermap alone: the peer's generated mutations write
 * without version checks, validation or change records, so they are not the same work. They run in
 * a throwaway workspace so that the read workspaces stay as generated.
 */
import { postGraphQL } from './graphql-post';
import type { Send } from './interleaved-timing';

export interface WriteWorkload {
  key: string;
  title: string;
  /** Makes whatever the sends need (untimed) for `clients` clients and at most `perClient` sends each. */
  prepare(clients: number, perClient: number): Promise<Send>;
}

const CREATE_ACTOR = `mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id version } }`;

/** createActor, updateActor with expectedVersion, and createRelation between fresh pairs of actors. */
export function writeWorkloads(tiermapUrl: string, ws: string, headers: Record<string, string>): WriteWorkload[] {
  let made = 0;
  const createActor = async (label: string) => {
    made += 1;
    const answer = await postGraphQL<{ createActor: { id: string; version: number } }>(
      tiermapUrl,
      {
        query: CREATE_ACTOR,
        variables: { ws, input: { name: `Bench ${label} ${made}`, kind: 'NGO', tier: 'LOCAL', themes: [] } },
      },
      headers,
    );
    return answer.createActor;
  };
  return [
    {
      key: 'w1',
      title: 'createActor',
      prepare: async () => () => createActor('actor'),
    },
    {
      key: 'w2',
      title: 'updateActor with expectedVersion (one actor per client)',
      prepare: async (clients) => {
        // Each client updates its own actor, so versions never collide; the version read back is the next expected one.
        const own = await Promise.all(Array.from({ length: clients }, () => createActor('updated')));
        return async (client, iteration) => {
          const actor = own[client]!;
          const answer = await postGraphQL<{ updateActor: { version: number } }>(
            tiermapUrl,
            {
              query: `mutation($id: ID!, $v: Int!, $input: ActorPatch!) { updateActor(id: $id, expectedVersion: $v, input: $input) { id version } }`,
              variables: { id: actor.id, v: actor.version, input: { description: `Update ${iteration}` } },
            },
            headers,
          );
          actor.version = answer.updateActor.version;
        };
      },
    },
    {
      key: 'w3',
      title: 'createRelation (fresh pair of actors each time)',
      prepare: async (clients, perClient) => {
        // A chain of fresh actors per client: relation i joins actor i and i + 1, so no pair repeats.
        const chains = await Promise.all(
          Array.from({ length: clients }, async () => {
            const chain: string[] = [];
            for (let i = 0; i <= perClient; i += 1) chain.push((await createActor('end')).id);
            return chain;
          }),
        );
        return async (client, iteration) => {
          const chain = chains[client]!;
          const at = iteration % (chain.length - 1);
          await postGraphQL(
            tiermapUrl,
            {
              query: `mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }`,
              variables: {
                ws,
                input: { type: 'PARTNERS_WITH', sourceId: chain[at], targetId: chain[at + 1] },
              },
            },
            headers,
          );
        };
      },
    },
  ];
}
