import vm from 'node:vm';
import { DEFAULT_WORKSPACE } from '../../../web/src/config/defaults';
import { MapGraphDocument } from '../../../web/src/gql/graphql';
import { DEFAULT_AGGREGATE_ABOVE } from '../../../web/src/lib/map-aggregation';
import {
  EARLY_MAP_GLOBAL,
  MAP_PARTS,
  SESSION_HINT_KEY,
  earlyMapRequestScript,
} from '../../../web/src/lib/early-map-request';

interface Sent {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string };
}

/** Runs the inline script as a page would, with the given URL query and localStorage entries. */
function runScript(search: string, stored: Record<string, string> = {}, options: { noStorage?: boolean } = {}) {
  const sent: Sent[] = [];
  const window: Record<string, unknown> = {};
  const context = vm.createContext({
    window,
    location: { search },
    URLSearchParams,
    JSON,
    localStorage: {
      getItem(key: string) {
        if (options.noStorage) throw new Error('SecurityError: localStorage is disabled');
        return stored[key] ?? null;
      },
    },
    fetch(url: string, init: Sent['init']) {
      sent.push({ url, init });
      return Promise.resolve({ ok: true });
    },
  });
  const script = earlyMapRequestScript({
    url: '/graphql',
    query: MapGraphDocument.toString(),
    defaultWorkspace: DEFAULT_WORKSPACE,
    wholeUpTo: DEFAULT_AGGREGATE_ABOVE,
  });
  vm.runInContext(script, context);
  return { sent, early: window[EARLY_MAP_GLOBAL] as { workspace: string; response: Promise<unknown> } | undefined };
}

describe('the map request inlined into index.html', () => {
  it("posts the client's own MapGraph query for part 0 of the URL's workspace, or the whole of a small map", async () => {
    const { sent, early } = runScript('?workspace=harbour-city&lens=silos');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.init.method).toBe('POST');
    expect(sent[0]!.init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(sent[0]!.init.body)).toEqual({
      query: MapGraphDocument.toString(),
      variables: { workspace: 'harbour-city', part: 0, parts: MAP_PARTS, wholeUpTo: DEFAULT_AGGREGATE_ABOVE },
    });
    expect(early?.workspace).toBe('harbour-city');
    await expect(early?.response).resolves.toEqual({ ok: true });
  });

  it('opens the default workspace when the URL names none (or an empty one), as parseViewState does', () => {
    expect(JSON.parse(runScript('').sent[0]!.init.body).variables.workspace).toBe(DEFAULT_WORKSPACE);
    expect(JSON.parse(runScript('?workspace=').sent[0]!.init.body).variables.workspace).toBe(DEFAULT_WORKSPACE);
  });

  it('sends nothing when IndexedDB holds the map (the marker is set) or localStorage cannot be read', () => {
    const cached = runScript('?workspace=harbour-city', { 'tiermap:map-copy:harbour-city': '1' });
    expect(cached.sent).toEqual([]);
    expect(cached.early).toBeUndefined();
    // Another workspace's marker does not count.
    expect(runScript('?workspace=harbour-city', { 'tiermap:map-copy:other': '1' }).sent).toHaveLength(1);
    const blocked = runScript('?workspace=harbour-city', {}, { noStorage: true });
    expect(blocked.sent).toEqual([]);
    expect(blocked.early).toBeUndefined();
  });

  it('sends nothing for a visitor who was signed in last time: that map depends on the session', () => {
    const signedIn = runScript('?workspace=harbour-city', { [SESSION_HINT_KEY]: '1' });
    expect(signedIn.sent).toEqual([]);
    expect(signedIn.early).toBeUndefined();
  });

  it('turns a failed request into null (the client then asks again) instead of an unhandled rejection', async () => {
    const window: Record<string, unknown> = {};
    const context = vm.createContext({
      window,
      location: { search: '' },
      URLSearchParams,
      JSON,
      localStorage: { getItem: () => null },
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    vm.runInContext(
      earlyMapRequestScript({ url: '/graphql', query: 'query X { x }', defaultWorkspace: 'w', wholeUpTo: 1 }),
      context,
    );
    await expect((window[EARLY_MAP_GLOBAL] as { response: Promise<unknown> }).response).resolves.toBeNull();
  });

  it('cannot end its <script> element early, whatever the settings hold', () => {
    const script = earlyMapRequestScript({
      url: '/graphql',
      query: '</script><script>alert(1)//',
      defaultWorkspace: '<!--',
      wholeUpTo: 1,
    });
    expect(script).not.toMatch(/<\/script|<!--/i);
  });
});
