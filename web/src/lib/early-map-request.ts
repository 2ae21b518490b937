/**
 * The map's first request, sent before the client's bundle has loaded. index.html carries a few lines
 * of script (inlined at build time by vite.config.ts from `earlyMapRequestScript`) that post the first
 * `mapGraph` part as soon as the page is parsed, so the server reads it while the browser still
 * fetches and compiles the bundle; prefetchMap then takes the response over (`takeEarlyMapResponse`).
 *
 * A visit whose map IndexedDB already holds sends nothing early: a localStorage marker, set when the
 * copy is stored (`markMapCopy`), says so synchronously, and that visit only asks for the revision.
 * A visit by someone signed in sends nothing early either: its map depends on who asks, and the access
 * token is not known before the session is renewed (lib/session marks such visits, SESSION_HINT_KEY).
 *
 * This file is also imported by the build (node), so it imports nothing and touches `window` only
 * inside functions.
 */

/**
 * The map is asked for in this many parts (by actor id, so each holds about as many actors): the first,
 * alone on the server, comes back in a fraction of the whole and is drawn while the others load.
 */
export const MAP_PARTS = 4;

/** The global the inline script leaves its request on. */
export const EARLY_MAP_GLOBAL = '__tiermapEarlyMap';

const MARKER_PREFIX = 'tiermap:map-copy:';

/**
 * The localStorage key that says "this browser was signed in on the last visit" (a hint, no secret):
 * set and cleared by lib/session, read here by the inline script.
 */
export const SESSION_HINT_KEY = 'tiermap:signed-in';

/** What the inline script leaves on `window`: the response, or null when the request failed. */
export interface EarlyMapRequest {
  workspace: string;
  response: Promise<Response | null>;
}

export interface EarlyMapConfig {
  /** The GraphQL endpoint (env.graphqlUrl). */
  url: string;
  /** The client's MapGraph query, as codegen generated it. */
  query: string;
  /** The workspace a URL without `?workspace=` opens. */
  defaultWorkspace: string;
  /**
   * A map of at most this many actors is asked for whole (mapGraph's `wholeUpTo`): the client's
   * DEFAULT_AGGREGATE_ABOVE, since a map drawn actor by actor waits for all its parts anyway.
   */
  wholeUpTo: number;
}

/**
 * The inline script: reads the workspace from the URL as parseViewState does and, unless the marker
 * says IndexedDB holds that map or the visitor was signed in, posts part 0 of MAP_PARTS — or the whole
 * map, when it holds at most `wholeUpTo` actors. Every failure (no localStorage, no fetch)
 * leaves nothing behind, and the client then sends the request itself.
 */
export function earlyMapRequestScript(config: EarlyMapConfig): string {
  const settings = {
    url: config.url,
    query: config.query,
    workspace: config.defaultWorkspace,
    parts: MAP_PARTS,
    wholeUpTo: config.wholeUpTo,
    marker: MARKER_PREFIX,
    session: SESSION_HINT_KEY,
    global: EARLY_MAP_GLOBAL,
  };
  // JSON inside <script>: "<" escaped so that no "</script>" or "<!--" in a value can end the element.
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return [
    '(function (c) {',
    '  try {',
    "    var workspace = new URLSearchParams(location.search).get('workspace') || c.workspace;",
    '    if (localStorage.getItem(c.marker + workspace) !== null || localStorage.getItem(c.session) !== null) return;',
    '    var body = JSON.stringify({ query: c.query, variables: { workspace: workspace, part: 0, parts: c.parts, wholeUpTo: c.wholeUpTo } });',
    '    var response = fetch(c.url, { method: "POST", headers: { "content-type": "application/json" }, body: body });',
    '    window[c.global] = { workspace: workspace, response: response.catch(function () { return null; }) };',
    '  } catch (error) {}',
    `})(${json});`,
  ].join('\n');
}

/** The early request for `workspace`, once (a later load starts afresh), or null when none was sent. */
export function takeEarlyMapResponse(workspace: string): Promise<Response | null> | null {
  const scope = window as unknown as Record<string, EarlyMapRequest | undefined>;
  const early = scope[EARLY_MAP_GLOBAL];
  delete scope[EARLY_MAP_GLOBAL];
  return early?.workspace === workspace ? early.response : null;
}

/** Notes that IndexedDB now holds `workspace`'s map, so the next visit sends no early request. */
export function markMapCopy(workspace: string): void {
  try {
    localStorage.setItem(MARKER_PREFIX + workspace, '1');
  } catch {
    // Without localStorage every visit sends the early request; IndexedDB still answers the rest.
  }
}

/** Notes that IndexedDB no longer holds a current copy of `workspace`'s map (the next visit asks early). */
export function forgetMapCopy(workspace: string): void {
  try {
    localStorage.removeItem(MARKER_PREFIX + workspace);
  } catch {
    // Nothing to forget without localStorage.
  }
}

/** Forgets every map-copy marker (IndexedDB was cleared, e.g. on sign-out). */
export function forgetAllMapCopies(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(MARKER_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing to forget without localStorage.
  }
}
