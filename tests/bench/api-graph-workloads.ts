/** Read workloads c, d and f of `npm run bench:api`: a page of relations, a 2-hop neighbourhood and the whole map. */
import { diffSets, diffValues } from './answer-diff';
import {
  askBoth,
  LIVE_RELATION,
  type ActorRelations,
  type Page,
  type ReadWorkload,
  type WorkloadContext,
} from './api-workload';

const typedLive = (type: string) => ({
  edge: { type: { eq: type }, deletedAt: { eq: null } },
  node: { deletedAt: { eq: null } },
});

type NamedRelation = { id: string; type: string; source: { name: string }; target: { name: string } };
const namedKey = (r: NamedRelation) => `${r.id}|${r.type}|${r.source.name}|${r.target.name}`;

/** c: Tiermap pages relations workspace-wide; the peer can only page actors and read relations under them. */
function relationPage(context: WorkloadContext): ReadWorkload {
  const { ws, picks } = context;
  const type = picks.relationType;
  const ask = askBoth(context);
  type PeerSource = { id: string; name: string; relatesConnection: ActorRelations['relatesConnection'] };
  return {
    key: 'c',
    title: `50 relations of one type (${type}) with both ends' names, with totalCount`,
    tiermap: {
      query: `query C($ws: ID!, $types: [RelationType!]) {
        relations(workspace: $ws, filter: { types: $types }, first: 50) {
          totalCount edges { node { id type source { name } target { name } } } } }`,
      variables: { ws, types: [type] },
    },
    peer: {
      query: `query C($where: ActorWhere, $outWhere: ActorRelatesConnectionWhere) {
        actorsConnection(where: $where, sort: [{ id: ASC }], first: 50) { totalCount edges { node { id name
          relatesConnection(where: $outWhere, first: 1, sort: [{ edge: { createdAt: ASC } }, { edge: { id: ASC } }]) {
            edges { properties { id type } node { id name } } } } } } }`,
      variables: {
        where: { workspaceId: { eq: ws }, deletedAt: { eq: null }, relatesConnection: { some: typedLive(type) } },
        outWhere: typedLive(type),
      },
    },
    approximation:
      "The peer has no list of relationships: it pages the first 50 source actors (by id) that have a live relation of the type and reads the oldest such relation of each, so its 50 relations are not Tiermap's 50 (oldest first workspace-wide), and its totalCount counts source actors. Compared instead: every relation either side returns exists on the other with the same type and end names (looked up by id, untimed), and Tiermap's totalCount equals the peer's count of live relations of the type summed over every actor (untimed).",
    check: async (t, p) => {
      const mine = (t as { relations: Page<NamedRelation> }).relations;
      const theirs = (p as { actorsConnection: Page<PeerSource> }).actorsConnection.edges.flatMap(({ node }) =>
        node.relatesConnection.edges.map((e) => ({
          id: e.properties.id,
          type: e.properties.type,
          source: { name: node.name },
          target: { name: e.node.name ?? '' },
        })),
      );
      const mineKeys = mine.edges.map((e) => namedKey(e.node));
      const ids = mine.edges.map((e) => e.node.id);
      const inPeer = await ask.peer<{ actors: PeerSource[] }>({
        query: `query($ids: [ID!]) { actors(where: { relatesConnection: { some: { edge: { id: { in: $ids } } } } }) {
          id name relatesConnection(where: { edge: { id: { in: $ids } } }) { edges { properties { id type } node { id name } } } } }`,
        variables: { ids },
      });
      const peerView = inPeer.actors.flatMap((a) =>
        a.relatesConnection.edges.map((e) => `${e.properties.id}|${e.properties.type}|${a.name}|${e.node.name ?? ''}`),
      );
      const inTiermap = await Promise.all(
        theirs.map((r) =>
          ask.tiermap<{ relation: NamedRelation | null }>({
            query: 'query($id: ID!) { relation(id: $id) { id type source { name } target { name } } }',
            variables: { id: r.id },
          }),
        ),
      );
      const counts = await ask.peer<{ actors: Array<{ relatesConnection: { totalCount: number } }> }>({
        query: `query($where: ActorWhere, $outWhere: ActorRelatesConnectionWhere) {
          actors(where: $where) { relatesConnection(where: $outWhere) { totalCount } } }`,
        variables: { where: { workspaceId: { eq: ws }, deletedAt: { eq: null } }, outWhere: typedLive(type) },
      });
      const peerTotal = counts.actors.reduce((sum, a) => sum + a.relatesConnection.totalCount, 0);
      return {
        compared: `Tiermap's ${mineKeys.length} relations found in the peer, the peer's ${theirs.length} found in Tiermap (id, type, end names); totalCount ${mine.totalCount} against the peer's sum over actors`,
        differences: [
          ...diffSets("Tiermap's page looked up in the peer", mineKeys, peerView),
          ...diffSets(
            "the peer's page looked up in Tiermap",
            inTiermap.map((answer) => (answer.relation ? namedKey(answer.relation) : 'absent')),
            theirs.map(namedKey),
          ),
          ...diffValues('totalCount', mine.totalCount, peerTotal),
          ...diffValues('page size', mineKeys.length, theirs.length),
          ...mine.edges
            .filter((e) => e.node.type !== type)
            .map((e) => `Tiermap's relation ${e.node.id} is ${e.node.type}`),
        ],
      };
    },
  };
}

interface NeighbourhoodAnswer {
  neighbourhood: {
    nodes: Array<{ actor: { id: string; name: string }; distance: number }>;
    edges: Array<{ id: string; sourceId: string; targetId: string }>;
    truncated: number;
  };
}
type HopActor = ActorRelations & {
  relatesConnection: {
    edges: Array<{ properties: { id: string }; node: { id: string; name: string } & Partial<ActorRelations> }>;
  };
};

/** Distances and relations of the peer's two-level tree, in Tiermap's terms. */
function peerNeighbourhood(centre: HopActor): { nodes: string[]; edges: string[] } {
  const distance = new Map<string, { name: string; distance: number }>([
    [centre.id, { name: centre.name, distance: 0 }],
  ]);
  const edges = new Set<string>();
  const visit = (actor: Partial<ActorRelations> & { id: string }, level: number) => {
    const steps = [
      ...(actor.relatesConnection?.edges ?? []).map((e) => ({ e, key: `${e.properties.id}|${actor.id}|${e.node.id}` })),
      ...(actor.relatedByConnection?.edges ?? []).map((e) => ({
        e,
        key: `${e.properties.id}|${e.node.id}|${actor.id}`,
      })),
    ];
    for (const { e, key } of steps) {
      edges.add(key);
      if (!distance.has(e.node.id)) distance.set(e.node.id, { name: e.node.name ?? '', distance: level });
    }
    return steps.map(({ e }) => e.node as Partial<ActorRelations> & { id: string });
  };
  for (const next of visit(centre, 1)) visit(next, 2);
  return { nodes: [...distance].map(([id, d]) => `${id}|${d.name}|${d.distance}`), edges: [...edges] };
}

/** d: Tiermap's neighbourhood query against two nested levels of the peer's connection fields. */
function twoHops(context: WorkloadContext): ReadWorkload {
  const level = (inner: string) => `
    relatesConnection(where: $outWhere) { edges { properties { id } node { id name ${inner} } } }
    relatedByConnection(where: $inWhere) { edges { properties { id } node { id name ${inner} } } }`;
  return {
    key: 'd',
    title: `2-hop neighbourhood (${context.picks.centreReach} actors)`,
    tiermap: {
      query: `query D($id: ID!) { neighbourhood(actorId: $id, depth: 2, limit: 2000) {
        nodes { actor { id name } distance } edges { id sourceId targetId } truncated } }`,
      variables: { id: context.centreId },
    },
    peer: {
      query: `query D($id: ID!, $outWhere: ActorRelatesConnectionWhere, $inWhere: ActorRelatedByConnectionWhere) {
        actors(where: { id: { eq: $id } }) { id name ${level(level(''))} } }`,
      variables: { id: context.centreId, outWhere: LIVE_RELATION, inWhere: LIVE_RELATION },
    },
    check: async (t, p) => {
      const mine = (t as NeighbourhoodAnswer).neighbourhood;
      const [centre] = (p as { actors: HopActor[] }).actors;
      if (!centre) return { compared: 'nothing', differences: ['the peer found no actor'] };
      const theirs = peerNeighbourhood(centre);
      return {
        compared: `${mine.nodes.length} actors (id, name, distance) and ${mine.edges.length} relations (id, ends) as sets`,
        differences: [
          ...diffSets(
            'actors',
            mine.nodes.map((n) => `${n.actor.id}|${n.actor.name}|${n.distance}`),
            theirs.nodes,
          ),
          ...diffSets(
            'relations',
            mine.edges.map((e) => `${e.id}|${e.sourceId}|${e.targetId}`),
            theirs.edges,
          ),
          ...diffValues('truncated', mine.truncated, 0),
        ],
      };
    },
  };
}

interface MapAnswer {
  mapGraph: {
    actors: Record<'ids' | 'names' | 'kinds' | 'tiers' | 'sectors' | 'countries' | 'themes', unknown[]>;
    relations: Record<string, unknown[]>;
  };
}
const RELATION_COLUMNS = [
  ['types', 'type'],
  ['sourceIds', null],
  ['targetIds', null],
  ['directed', 'directed'],
  ['modes', 'mode'],
  ['engagements', 'engagement'],
  ['themes', 'themes'],
  ['since', 'since'],
  ['until', 'until'],
  ['amounts', 'amount'],
  ['currencies', 'currency'],
  ['confidences', 'confidence'],
] as const;
const cell = (value: unknown) => (Array.isArray(value) ? value.join(',') : String(value ?? null));

/** f: the whole map, Tiermap's columns against the peer's actors with their outgoing relations. */
function wholeMap(context: WorkloadContext): ReadWorkload {
  const { ws } = context;
  const props = RELATION_COLUMNS.flatMap(([, field]) => (field ? [field] : [])).join(' ');
  type PeerActor = Record<string, unknown> & {
    id: string;
    relatesConnection: { edges: Array<{ properties: Record<string, unknown>; node: { id: string } }> };
  };
  return {
    key: 'f',
    title: 'the whole map (every actor and relation, map fields)',
    tiermap: {
      query: `query F($ws: ID!) { mapGraph(workspace: $ws) {
        actors { count ids names kinds tiers sectors countries themes }
        relations { count ids types sourceIds targetIds directed modes engagements themes since until amounts currencies confidences } } }`,
      variables: { ws },
    },
    peer: {
      query: `query F($where: ActorWhere, $outWhere: ActorRelatesConnectionWhere) {
        actors(where: $where) { id name kind tier sector country themes
          relatesConnection(where: $outWhere) { edges { properties { id ${props} } node { id } } } } }`,
      variables: {
        where: { workspaceId: { eq: ws }, deletedAt: { eq: null } },
        outWhere: { edge: { deletedAt: { eq: null } }, node: { deletedAt: { eq: null }, workspaceId: { eq: ws } } },
      },
    },
    check: async (t, p) => {
      const { actors, relations } = (t as MapAnswer).mapGraph;
      const mineActors = actors.ids.map((id, i) =>
        [
          id,
          actors.names[i],
          actors.kinds[i],
          actors.tiers[i],
          actors.sectors[i],
          actors.countries[i],
          actors.themes[i],
        ]
          .map(cell)
          .join('|'),
      );
      const mineRelations = (relations.ids ?? []).map((id, i) =>
        [id, ...RELATION_COLUMNS.map(([column]) => relations[column]?.[i])].map(cell).join('|'),
      );
      const peer = (p as { actors: PeerActor[] }).actors;
      const theirActors = peer.map((a) =>
        [a.id, a.name, a.kind, a.tier, a.sector, a.country, a.themes ?? []].map(cell).join('|'),
      );
      const theirRelations = peer.flatMap((a) =>
        a.relatesConnection.edges.map((e) =>
          [
            e.properties.id,
            ...RELATION_COLUMNS.map(([column, field]) =>
              column === 'sourceIds'
                ? a.id
                : column === 'targetIds'
                  ? e.node.id
                  : (e.properties[field!] ?? (field === 'themes' ? [] : null)),
            ),
          ]
            .map(cell)
            .join('|'),
        ),
      );
      return {
        compared: `${mineActors.length} actors and ${mineRelations.length} relations as sets, every map field`,
        differences: [
          ...diffSets('actors', mineActors, theirActors),
          ...diffSets('relations', mineRelations, theirRelations),
        ],
      };
    },
  };
}

/** Workloads c, d and f. */
export function graphWorkloads(context: WorkloadContext): ReadWorkload[] {
  return [relationPage(context), twoHops(context), wholeMap(context)];
}
