/**
 * The requests of `npm run bench:load` and how an answer is classified: the same operations for the
 * well-behaved client and the hammering accounts, so their latencies compare.
 */

/** One kind of request; each belongs to a class (read, write or analytics) in the report. */
export type OperationKind = 'search' | 'actors page' | 'neighbourhood' | 'analytics' | 'update actor';

export type OperationClass = 'read' | 'write' | 'analytics';

export const OPERATION_CLASS: Readonly<Record<OperationKind, OperationClass>> = {
  search: 'read',
  'actors page': 'read',
  neighbourhood: 'read',
  analytics: 'analytics',
  'update actor': 'write',
};

/** The well-behaved client's cycle, and a signed-in account's; anonymous readers skip the write. */
export const EDITOR_MIX: readonly OperationKind[] = [
  'search',
  'actors page',
  'neighbourhood',
  'analytics',
  'update actor',
];
export const READER_MIX: readonly OperationKind[] = ['search', 'actors page', 'neighbourhood', 'analytics'];

/** What the requests vary over, picked from the loaded map. */
export interface LoadTargets {
  ws: string;
  /** Search words (name prefixes) with a handful of hits each. */
  prefixes: string[];
  tiers: string[];
  /** Actors whose 2-hop neighbourhood is asked for. */
  centreIds: string[];
}

/** An actor one client alone updates, with the version it expects next. */
export interface OwnActor {
  id: string;
  version: number;
}

const QUERIES: Readonly<Record<OperationKind, string>> = {
  search: `query Search($ws: ID!, $q: String!) { actors(workspace: $ws, search: $q, first: 20, orderBy: RELEVANCE) { totalCount edges { node { id name tier } } } }`,
  'actors page': `query Page($ws: ID!, $tiers: [Tier!]) { actors(workspace: $ws, filter: { tiers: $tiers }, first: 50) { totalCount edges { node { id name tier kind themes } } pageInfo { hasNextPage endCursor } } }`,
  neighbourhood: `query Hood($id: ID!) { neighbourhood(actorId: $id, depth: 2, limit: 500) { nodes { actor { id name tier } distance } edges { id sourceId targetId type } truncated } }`,
  analytics: `query Brokers($ws: ID!) { analytics(workspace: $ws) { revision brokers(top: 10) { method actorCount actors { actorId rank betweenness } } } }`,
  'update actor': `mutation Update($id: ID!, $v: Int!, $input: ActorPatch!) { updateActor(id: $id, expectedVersion: $v, input: $input) { id version } }`,
};

/** The JSON body of request number `n` of `kind` (n varies the parameters); writes need `own`. */
export function operationBody(kind: OperationKind, targets: LoadTargets, n: number, own?: OwnActor): string {
  const pick = <T>(list: readonly T[]): T => list[n % list.length]!;
  const variables = (() => {
    switch (kind) {
      case 'search':
        return { ws: targets.ws, q: pick(targets.prefixes) };
      case 'actors page':
        return { ws: targets.ws, tiers: [pick(targets.tiers)] };
      case 'neighbourhood':
        return { id: pick(targets.centreIds) };
      case 'analytics':
        return { ws: targets.ws };
      case 'update actor':
        if (!own) throw new Error('an update needs the actor it writes');
        // Every other write (by the actor's version) moves it to the next tier, which every analysis
        // reads; the rest edit its description, which none reads (analyses computed before stay valid).
        return {
          id: own.id,
          v: own.version,
          input:
            own.version % 2 === 0
              ? { description: `Load run update ${n}` }
              : { tier: targets.tiers[(own.version >> 1) % targets.tiers.length] },
        };
    }
  })();
  return JSON.stringify({ query: QUERIES[kind], variables });
}

/** How an answer came back: OK, the first error's `extensions.code`, or what the HTTP layer said. */
export function answerCode(status: number, text: string): string {
  let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `HTTP ${status}, not JSON`;
  }
  const code = body.errors?.[0]?.extensions?.code;
  if (body.errors?.length) return typeof code === 'string' ? code : `HTTP ${status}, error without code`;
  if (status !== 200) return `HTTP ${status}`;
  return body.data ? 'OK' : 'no data';
}

/** The version an `updateActor` answer reports, or null when it did not write. */
export function writtenVersion(text: string): number | null {
  try {
    const body = JSON.parse(text) as { data?: { updateActor?: { version?: unknown } } };
    const version = body.data?.updateActor?.version;
    return typeof version === 'number' ? version : null;
  } catch {
    return null;
  }
}

/** Codes that are not failures: the answer itself, and the rate limiter's refusal. */
export const ACCEPTED_CODES: ReadonlySet<string> = new Set(['OK', 'RATE_LIMITED']);
