import { closeAnalyticsService } from '../../../api/src/analytics/analytics-service';
import { LOCAL_EDITOR } from '../../../api/src/auth/viewer';
import { applyMigrations } from '../../../api/src/db/migrations';
import { findWorkspace, purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import { SEED_DIR } from '../../../graph-seed/src/ensure-seed';
import { loadGraphFiles } from '../../../graph-seed/src/load-graph';
import { readGraphFolder } from '../../../graph-seed/src/read-graph-files';
import { startTestApi, type TestApi } from '../../helpers/test-api';
import { dataOf } from '../../helpers/workspace-fixture';

/**
 * Analytics on the seed map built from the five reports (loaded under a test slug to stay isolated).
 * The assertions are facts the documents state: JMDI brokers between cities, national governments,
 * civil society and the UN system through the ties where it acts; the academy and the consultation
 * are occasions, not brokers; the EU and the Swiss SDC fund JMDI; Athens reaches IOM only through
 * the COMPAS Autumn Academy; and on protection, in the US, local and national actors are not tied.
 */
describe('analytics on the seed map', () => {
  let api: TestApi;
  const files = readGraphFolder(SEED_DIR);
  const slug = `test-analytics-seed-${Date.now()}`;
  const id = new Map<string, string>();
  const externalId = new Map<string, string>();

  const analytics = async <T>(selection: string, filter: Record<string, unknown> | null = null): Promise<T> =>
    dataOf(
      await api.gql<{ analytics: T }>(
        `query($ws: ID!, $filter: AnalyticsFilter) { analytics(workspace: $ws, filter: $filter) { ${selection} } }`,
        { ws: slug, filter },
      ),
    ).analytics;
  const ext = (ids: readonly string[]) => ids.map((value) => externalId.get(value) ?? value);

  beforeAll(async () => {
    api = await startTestApi();
    await applyMigrations(api.db);
    await loadGraphFiles(api.db, { ...files, workspace: { ...files.workspace, slug } });
    const { actors } = dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { id: string; externalId: string } }> } }>(
        'query($ws: ID!) { actors(workspace: $ws, first: 500) { edges { node { id externalId } } } }',
        { ws: slug },
      ),
    );
    for (const { node } of actors.edges) {
      id.set(node.externalId, node.id);
      externalId.set(node.id, node.externalId);
    }
  });
  afterAll(async () => {
    const workspace = await findWorkspace(api.db, LOCAL_EDITOR, slug);
    if (workspace) await purgeWorkspace(api.db, workspace.id);
    await closeAnalyticsService(api.db);
    await api.close();
  });

  it('puts an exact alias or name first in a search, and folds accents ("Sénégal" finds Senegal)', async () => {
    const search = async (text: string) =>
      dataOf(
        await api.gql<{ actors: { edges: Array<{ node: { name: string; country: string | null } }> } }>(
          'query($ws: ID!, $q: String) { actors(workspace: $ws, search: $q, first: 50) { edges { node { name country } } } }',
          { ws: slug, q: text },
        ),
      ).actors.edges.map((edge) => edge.node);
    const jmdi = 'Joint Migration and Development Initiative';
    const byAlias = await search('JMDI');
    expect(byAlias.length).toBeGreaterThan(1);
    expect(byAlias[0]!.name).toBe(jmdi);
    expect((await search('jmdi'))[0]!.name).toBe(jmdi);
    expect((await search('Joint Migration and Development Initiative'))[0]!.name).toBe(jmdi);
    const senegal = files.actors.filter((actor) => actor.country === 'SN').map((actor) => actor.name);
    expect(senegal.length).toBeGreaterThan(0);
    const accented = (await search('Sénégal')).map((actor) => actor.name);
    expect(accented).toEqual(expect.arrayContaining(senegal));
    expect((await search('senegal')).map((actor) => actor.name).sort()).toEqual([...accented].sort());
  });

  it('analyses every actor and relation of the seed files', async () => {
    const counts = await analytics<{ actorCount: number; relationCount: number }>('actorCount relationCount');
    expect(counts).toEqual({ actorCount: files.actors.length, relationCount: files.relations.length });
  });

  it('ranks the JMDI programme first on its acting ties, brokering between tiers, with no event in the top 10', async () => {
    type Brokers = {
      brokers: {
        method: string;
        actors: Array<{ actorId: string; betweenness: number; actor: { kind: string }; roles: { liaison: number } }>;
      };
    };
    const selection = 'brokers(top: 10) { method actors { actorId betweenness actor { kind } roles { liaison } } }';
    const { brokers } = await analytics<Brokers>(selection);
    expect(brokers.method).toBe('EXACT');
    expect(brokers.actors).toHaveLength(10);
    expect(brokers.actors.filter((row) => ['EVENT', 'POLICY_INSTRUMENT'].includes(row.actor.kind))).toEqual([]);
    expect(ext([brokers.actors[0]?.actorId ?? ''])).toEqual(['jmdi']);
    expect(brokers.actors[0]?.betweenness).toBeGreaterThan(0);
    expect(brokers.actors[0]?.roles.liaison).toBeGreaterThan(0);
    // Read as stored (the event layer included), the consultation round and the academy lead.
    const stored = await analytics<Brokers>(selection, { eventLayer: 'INCLUDED' });
    expect(ext(stored.brokers.actors.slice(0, 2).map((row) => row.actorId)).sort()).toEqual([
      'autumn-academy',
      'global-civil-society-consultation-2016',
    ]);
  });

  it('shows the European Union and the Swiss SDC funding JMDI', async () => {
    const { funding } = await analytics<{
      funding: {
        recipients: Array<{ recipientId: string; funders: Array<{ funderId: string }>; hhi: number }>;
        funders: Array<{ funderId: string; recipientIds: string[] }>;
      };
    }>('funding { recipients { recipientId hhi funders { funderId } } funders { funderId recipientIds } }');
    const jmdi = funding.recipients.find((row) => row.recipientId === id.get('jmdi'));
    expect(ext(jmdi?.funders.map((f) => f.funderId) ?? []).sort()).toEqual(
      expect.arrayContaining(['ch-sdc', 'european-union']),
    );
    expect(jmdi?.hhi).toBeLessThan(1);
    const eu = funding.funders.find((row) => row.funderId === id.get('european-union'));
    expect(ext(eu?.recipientIds ?? [])).toContain('jmdi');
  });

  it('links the City of Athens to IOM only through the Autumn Academy, so only with the event layer', async () => {
    type Paths = { paths: { shortest: { length: number; actorIds: string[] } | null; paths: unknown[] } };
    const selection = `paths(from: "${id.get('city-of-athens')}", to: "${id.get('iom')}", k: 3) { shortest { length actorIds } paths { length } }`;
    expect((await analytics<Paths>(selection)).paths.shortest).toBeNull();
    const { paths } = await analytics<Paths>(selection, { eventLayer: 'INCLUDED' });
    expect(ext(paths.shortest?.actorIds ?? [])).toEqual(['city-of-athens', 'autumn-academy', 'iom']);
    expect(paths.paths).toHaveLength(3);
  });

  it('finds no cooperative tie between local and national actors on protection in the US', async () => {
    const { gaps } = await analytics<{
      gaps: {
        pairs: Array<{
          lowerTier: string;
          upperTier: string;
          countries: string[];
          systemKind: string;
          rule: string;
          isGap: boolean;
          lowerActorIds: string[];
          upperActorIds: string[];
          suggestedLinks: Array<{ reasons: string[] }>;
        }>;
      };
    }>(
      'gaps(theme: "protection") { pairs { lowerTier upperTier countries systemKind rule isGap lowerActorIds upperActorIds suggestedLinks { reasons } } }',
    );
    const localNational = gaps.pairs.find((pair) => pair.lowerTier === 'LOCAL' && pair.upperTier === 'NATIONAL');
    expect(localNational).toMatchObject({
      rule: 'LOCAL_NATIONAL',
      isGap: true,
      countries: ['US'],
      systemKind: 'NATIONAL',
    });
    expect(localNational?.lowerActorIds.length).toBeGreaterThan(0);
    expect(localNational?.upperActorIds.length).toBeGreaterThan(0);
    expect(localNational?.suggestedLinks.length).toBeGreaterThan(0);
    expect(localNational?.suggestedLinks[0]?.reasons).toContain(
      'would link the local and national tiers on protection in United States',
    );
    // Every pair is one country's; none pairs two countries' local and national actors.
    expect(gaps.pairs.every((pair) => pair.systemKind === 'NATIONAL' && pair.countries.length === 1)).toBe(true);
  });

  it('puts JMDI in the largest connected component', async () => {
    const { silos } = await analytics<{ silos: { components: Array<{ actorIds: string[] }> } }>(
      'silos { components { actorIds } }',
    );
    expect(silos.components[0]?.actorIds).toContain(id.get('jmdi'));
  });
});
