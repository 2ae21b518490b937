import { LOCAL_EDITOR } from '../../../api/src/auth/viewer';
import { findWorkspace, purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import { loadGraphFiles } from '../../../graph-seed/src/load-graph';
import { readGraphFolder } from '../../../graph-seed/src/read-graph-files';
import { readDocumentTitles, titleSources } from '../../../graph-seed/src/document-titles';
import { SEED_DIR } from '../../../graph-seed/src/ensure-seed';
import { startTestApi, type TestApi } from '../../helpers/test-api';
import { dataOf } from '../../helpers/workspace-fixture';

/** The seed map loads under its own slug; this file loads it under a test slug to stay isolated. */
describe('loading the seed map', () => {
  let api: TestApi;
  const files = readGraphFolder(SEED_DIR);
  const slug = `test-seed-${Date.now()}`;
  const testFiles = { ...files, workspace: { ...files.workspace, slug } };

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    const workspace = await findWorkspace(api.db, LOCAL_EDITOR, slug);
    if (workspace) await purgeWorkspace(api.db, workspace.id);
    await api.close();
  });

  it('loads every actor and relation of the seed files, each with its sources', async () => {
    const report = await loadGraphFiles(api.db, testFiles);
    expect(report.created).toBe(true);
    expect(report.result).toMatchObject({
      actorsCreated: files.actors.length,
      relationsCreated: files.relations.length,
    });
    expect(report.result.sourcesCreated).toBeGreaterThanOrEqual(files.actors.length + files.relations.length);
    const { workspace } = dataOf(
      await api.gql<{ workspace: { title: string; actorCount: number; relationCount: number } }>(
        `query($s: String!) { workspace(slug: $s) { title actorCount relationCount } }`,
        { s: slug },
      ),
    );
    expect(workspace).toEqual({
      title: 'Migration governance ecosystem (seed documents)',
      actorCount: files.actors.length,
      relationCount: files.relations.length,
    });
    expect(files.actors.length).toBeGreaterThan(200);
  });

  it('is idempotent: loading twice leaves the same counts', async () => {
    const report = await loadGraphFiles(api.db, testFiles);
    expect(report.created).toBe(false);
    expect(report.result).toMatchObject({
      actorsCreated: 0,
      actorsUpdated: 0,
      actorsUnchanged: files.actors.length,
      relationsCreated: 0,
      relationsUnchanged: files.relations.length,
      sourcesCreated: 0,
    });
    const { workspace } = dataOf(
      await api.gql<{ workspace: { actorCount: number; relationCount: number } }>(
        `query($s: String!) { workspace(slug: $s) { actorCount relationCount } }`,
        { s: slug },
      ),
    );
    expect(workspace).toEqual({ actorCount: files.actors.length, relationCount: files.relations.length });
  });

  it('serves the evidence quote of a seed relation through the API', async () => {
    const sample = files.relations.find((r) => r.sources.some((s) => s.quote))!;
    const answer = dataOf(
      await api.gql<{
        relations: {
          edges: Array<{
            node: { externalId: string; unsourced: boolean; sources: Array<{ document: string; quote: string }> };
          }>;
        };
      }>(
        `query($s: ID!) { relations(workspace: $s, first: 500) { edges { node { externalId unsourced sources { document quote } } } } }`,
        { s: slug },
      ),
    );
    const node = answer.relations.edges.find((e) => e.node.externalId === sample.externalId)!.node;
    expect(node.unsourced).toBe(false);
    expect(node.sources).toEqual(
      expect.arrayContaining([{ document: sample.sources[0]!.document, quote: sample.sources[0]!.quote }]),
    );
    expect(answer.relations.edges.every((e) => !e.node.unsourced)).toBe(true);
  });

  it('gives every seed source its document’s title once, without new sources on the next load', async () => {
    const titles = readDocumentTitles(SEED_DIR);
    const cited = new Set(
      [...files.actors, ...files.relations].flatMap((record) => record.sources.map((source) => source.document)),
    );
    expect([...cited].filter((document) => !document || !titles.has(document))).toEqual([]);
    const workspace = (await findWorkspace(api.db, LOCAL_EDITOR, slug))!;
    const titled = await titleSources(api.db, workspace.id, titles);
    expect(titled).toBeGreaterThanOrEqual(files.actors.length + files.relations.length);
    expect(await titleSources(api.db, workspace.id, titles)).toBe(0);
    const sample = files.actors.find((actor) => actor.sources[0]?.document)!;
    const { actors } = dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { sources: Array<{ title: string; document: string }> } }> } }>(
        `query($s: ID!, $x: [String!]) { actors(workspace: $s, filter: { externalIds: $x }) { edges { node { sources { title document } } } } }`,
        { s: slug, x: [sample.externalId] },
      ),
    );
    const sources = actors.edges[0]!.node.sources;
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source.title).toBe(titles.get(source.document));
    expect((await loadGraphFiles(api.db, testFiles)).result.sourcesCreated).toBe(0);
  });

  it('starts over with reset', async () => {
    const report = await loadGraphFiles(api.db, testFiles, { reset: true });
    expect(report.created).toBe(true);
    expect(report.result.actorsCreated).toBe(files.actors.length);
  });
});
