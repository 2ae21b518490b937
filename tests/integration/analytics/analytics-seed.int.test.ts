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
 * civil society and the UN system; the EU and the Swiss SDC fund it; Athens reaches IOM through the
 * COMPAS Autumn Academy; and on protection local and national actors are not tied to each other.
 */
describe('analytics on the seed map', () => {
  let api: TestApi;
  const files = readGraphFolder(SEED_DIR);
  const slug = `test-analytics-seed-${Date.now()}`;
  const id = new Map<string, string>();
  const externalId = new Map<string, string>();

  const analytics = async <T>(selection: string): Promise<T> =>
    dataOf(
      await api.gql<{ analytics: T }>(`query($ws: ID!) { analytics(workspace: $ws) { ${selection} } }`, { ws: slug }),
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

  it('finds JMDI among the top three brokers, brokering between tiers', async () => {
    const { brokers } = await analytics<{
      brokers: {
        method: string;
        actors: Array<{ actorId: string; betweenness: number; roles: { liaison: number; representative: number } }>;
      };
    }>('brokers(top: 3) { method actors { actorId betweenness roles { liaison representative } } }');
    expect(brokers.method).toBe('EXACT');
    const jmdi = brokers.actors.find((row) => row.actorId === id.get('jmdi'));
    expect(jmdi).toBeDefined();
    expect(jmdi?.betweenness).toBeGreaterThan(0.1);
    expect(jmdi?.roles.liaison).toBeGreaterThan(0);
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

  it('finds a short path from the City of Athens to IOM', async () => {
    const { paths } = await analytics<{
      paths: { shortest: { length: number; actorIds: string[] } | null; paths: unknown[] };
    }>(
      `paths(from: "${id.get('city-of-athens')}", to: "${id.get('iom')}", k: 3) { shortest { length actorIds } paths { length } }`,
    );
    expect(paths.shortest).not.toBeNull();
    expect(paths.shortest?.length).toBeLessThanOrEqual(3);
    expect(ext(paths.shortest?.actorIds ?? [])[0]).toBe('city-of-athens');
    expect(paths.paths).toHaveLength(3);
  });

  it('finds no cooperative tie between local and national actors on protection', async () => {
    const { gaps } = await analytics<{
      gaps: {
        pairs: Array<{
          lowerTier: string;
          upperTier: string;
          rule: string;
          isGap: boolean;
          lowerActorIds: string[];
          upperActorIds: string[];
          suggestedLinks: Array<{ reasons: string[] }>;
        }>;
      };
    }>(
      'gaps(theme: "protection") { pairs { lowerTier upperTier rule isGap lowerActorIds upperActorIds suggestedLinks { reasons } } }',
    );
    const localNational = gaps.pairs.find((pair) => pair.lowerTier === 'LOCAL' && pair.upperTier === 'NATIONAL');
    expect(localNational).toMatchObject({ rule: 'LOCAL_NATIONAL', isGap: true });
    expect(localNational?.lowerActorIds.length).toBeGreaterThan(0);
    expect(localNational?.upperActorIds.length).toBeGreaterThan(0);
    expect(localNational?.suggestedLinks.length).toBeGreaterThan(0);
    expect(localNational?.suggestedLinks[0]?.reasons).toContain(
      'would link the local and national tiers on protection',
    );
  });

  it('puts JMDI in the largest connected component', async () => {
    const { silos } = await analytics<{ silos: { components: Array<{ actorIds: string[] }> } }>(
      'silos { components { actorIds } }',
    );
    expect(silos.components[0]?.actorIds).toContain(id.get('jmdi'));
  });
});
