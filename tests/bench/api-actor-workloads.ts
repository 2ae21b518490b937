/** Read workloads a, b, e, g and h of `npm run bench:api`: actor lists, search and one actor's relations. */
import { diffSequences, diffSets, diffValues } from './answer-diff';
import {
  LIVE_RELATION,
  peerRelationKeys,
  type ActorRelations,
  type ActorRow,
  type Page,
  type ReadWorkload,
  type WorkloadContext,
} from './api-workload';

const actorKey = (a: ActorRow) =>
  `${a.id}|${a.name}|${a.tier ?? ''}|${(a.themes ?? []).join(',')}|${a.updatedAt ?? ''}`;

const PEER_BOTH_WAYS = (fields: string) => `
  relatesConnection(where: $outWhere) { edges { properties { ${fields} } node { id name } } }
  relatedByConnection(where: $inWhere) { edges { properties { ${fields} } node { id name } } }`;

/** Workloads a, b, e, g and h. */
export function actorWorkloads(context: WorkloadContext): ReadWorkload[] {
  const { ws, picks } = context;
  const liveActor = { workspaceId: { eq: ws }, deletedAt: { eq: null } };
  const typed = (type: string) => ({
    edge: { type: { eq: type }, deletedAt: { eq: null } },
    node: { deletedAt: { eq: null } },
  });
  return [
    {
      key: 'a',
      title: `20 actors by tier + theme, by name, with totalCount (${picks.tier}, ${picks.theme})`,
      tiermap: {
        query: `query A($ws: ID!, $tiers: [Tier!], $themes: [String!]) {
          actors(workspace: $ws, filter: { tiers: $tiers, themes: $themes }, first: 20, orderBy: NAME_ASC) {
            totalCount edges { node { id name tier themes } } pageInfo { hasNextPage endCursor } } }`,
        variables: { ws, tiers: [picks.tier], themes: [picks.theme] },
      },
      peer: {
        query: `query A($where: ActorWhere) {
          actorsConnection(where: $where, sort: [{ nameKey: ASC }, { id: ASC }], first: 20) {
            totalCount edges { node { id name tier themes } } pageInfo { hasNextPage endCursor } } }`,
        variables: { where: { ...liveActor, tier: { in: [picks.tier] }, themes: { includes: picks.theme } } },
      },
      check: async (t, p) => {
        const [a, b] = [
          (t as { actors: Page<ActorRow> }).actors,
          (p as { actorsConnection: Page<ActorRow> }).actorsConnection,
        ];
        return {
          compared: `${a.edges.length} actors in order (id, name, tier, themes), totalCount ${a.totalCount}, hasNextPage`,
          differences: [
            ...diffSequences(
              'actors',
              a.edges.map((e) => actorKey(e.node)),
              b.edges.map((e) => actorKey(e.node)),
            ),
            ...diffValues('totalCount', a.totalCount, b.totalCount),
            ...diffValues('hasNextPage', a.pageInfo?.hasNextPage, b.pageInfo?.hasNextPage),
          ],
        };
      },
    },
    {
      key: 'b',
      title: `search by name prefix "${picks.prefix}" (${picks.prefixHits} hits)`,
      tiermap: {
        query: `query B($ws: ID!, $search: String!) {
          actors(workspace: $ws, search: $search, first: 50) { totalCount edges { node { id name } } } }`,
        variables: { ws, search: picks.prefix },
      },
      peer: {
        query: `query B($where: ActorWhere) {
          actorsConnection(where: $where, first: 50) { totalCount edges { node { id name } } } }`,
        variables: { where: { ...liveActor, nameKey: { startsWith: picks.prefix } } },
      },
      approximation:
        'Tiermap searches words of name, aliases and description by prefix (full-text index, by relevance); the peer filters names starting with the prefix. The prefix is chosen so that both find the same actors, compared as sets.',
      check: async (t, p) => {
        const [a, b] = [
          (t as { actors: Page<ActorRow> }).actors,
          (p as { actorsConnection: Page<ActorRow> }).actorsConnection,
        ];
        return {
          compared: `${a.edges.length} actors as a set (id, name), totalCount ${a.totalCount}`,
          differences: [
            ...diffSets(
              'actors',
              a.edges.map((e) => actorKey(e.node)),
              b.edges.map((e) => actorKey(e.node)),
            ),
            ...diffValues('totalCount', a.totalCount, b.totalCount),
            ...(a.edges.length === 0 ? ['no actor found'] : []),
          ],
        };
      },
    },
    {
      key: 'e',
      title: `one actor by id with its ${picks.hubDegree} relations and their ends`,
      tiermap: {
        query: `query E($id: ID!) { actor(id: $id) { id name relations { id type source { id name } target { id name } } } }`,
        variables: { id: context.hubId },
      },
      peer: {
        query: `query E($id: ID!, $outWhere: ActorRelatesConnectionWhere, $inWhere: ActorRelatedByConnectionWhere) {
          actors(where: { id: { eq: $id } }) { id name ${PEER_BOTH_WAYS('id type')} } }`,
        variables: { id: context.hubId, outWhere: LIVE_RELATION, inWhere: LIVE_RELATION },
      },
      check: async (t, p) => {
        type R = { id: string; type: string; source: ActorRow; target: ActorRow };
        const a = (t as { actor: { relations: R[] } }).actor.relations;
        const [actor] = (p as { actors: ActorRelations[] }).actors;
        const keys = a.map((r) => `${r.id}|${r.type}|${r.source.id}|${r.source.name}|${r.target.id}|${r.target.name}`);
        return {
          compared: `${a.length} relations as a set (id, type, both ends' ids and names)`,
          differences: actor ? diffSets('relations', keys, peerRelationKeys(actor)) : ['the peer found no actor'],
        };
      },
    },
    {
      key: 'g',
      title: '20 actors by UPDATED_DESC',
      tiermap: {
        query: `query G($ws: ID!) { actors(workspace: $ws, first: 20, orderBy: UPDATED_DESC) { edges { node { id name updatedAt } } } }`,
        variables: { ws },
      },
      peer: {
        query: `query G($where: ActorWhere) { actors(where: $where, sort: [{ updatedAt: DESC }, { id: DESC }], limit: 20) { id name updatedAt } }`,
        variables: { where: liveActor },
      },
      check: async (t, p) => {
        const a = (t as { actors: Page<ActorRow> }).actors.edges.map((e) => actorKey(e.node));
        const b = (p as { actors: ActorRow[] }).actors.map(actorKey);
        return {
          compared: `${a.length} actors in order (id, name, updatedAt)`,
          differences: diffSequences('actors', a, b),
        };
      },
    },
    {
      key: 'h',
      title: `one actor's relations of one type (${picks.hubType}, ${picks.hubTypeCount})`,
      tiermap: {
        query: `query H($ws: ID!, $id: ID!, $types: [RelationType!]) {
          relations(workspace: $ws, filter: { actorId: $id, types: $types }) { totalCount edges { node { id type source { id name } target { id name } } } } }`,
        variables: { ws, id: context.hubId, types: [picks.hubType] },
      },
      peer: {
        query: `query H($id: ID!, $outWhere: ActorRelatesConnectionWhere, $inWhere: ActorRelatedByConnectionWhere) {
          actors(where: { id: { eq: $id } }) { id name ${PEER_BOTH_WAYS('id type')} } }`,
        variables: { id: context.hubId, outWhere: typed(picks.hubType), inWhere: typed(picks.hubType) },
      },
      check: async (t, p) => {
        type R = { id: string; type: string; source: ActorRow; target: ActorRow };
        const a = (t as { relations: Page<R> }).relations;
        const [actor] = (p as { actors: ActorRelations[] }).actors;
        const keys = a.edges.map(
          ({ node: r }) => `${r.id}|${r.type}|${r.source.id}|${r.source.name}|${r.target.id}|${r.target.name}`,
        );
        return {
          compared: `${keys.length} relations as a set (id, type, ends), totalCount ${a.totalCount}`,
          differences: actor
            ? [
                ...diffSets('relations', keys, peerRelationKeys(actor)),
                ...diffValues('totalCount', a.totalCount, keys.length),
              ]
            : ['the peer found no actor'],
        };
      },
    },
  ];
}
