import { LOCAL_EDITOR } from '../../../api/src/auth/viewer';
import { isActiveOn } from '../../../api/src/graph/is-active-on';
import { findWorkspace, purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import { isSuccessionType } from '../../../api/src/domain/vocabulary';
import { generateGraph } from '../../../graph-seed/src/generate-graph';
import { loadGraphFiles } from '../../../graph-seed/src/load-graph';
import { startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { dataOf } from '../../helpers/workspace-fixture';

interface MapAnswer {
  mapGraph: {
    actors: { count: number; ids: string[]; names: string[]; formerNames: string[][]; renamedOn: string[][] };
    relations: { count: number; isSuccession: boolean[] };
  };
}

/** A generated map with its timeline (issue 21), loaded the way `npm run seed` loads a folder. */
describe('a generated map with a timeline, loaded', () => {
  let api: TestApi;
  const generated = generateGraph({ actors: 400, seed: 21, timeline: true });
  const slug = `test-timeline-${Date.now()}`;
  const files = { ...generated, workspace: { ...generated.workspace, slug } };
  const renamed = files.actors.find((a) => a.formerNames?.length)!;
  const renameYear = Number(renamed.renamedOn![0]);

  const map = async (asOf: string | null) =>
    dataOf(
      await api.gql<MapAnswer>(
        `query($ws: ID!, $asOf: String) { mapGraph(workspace: $ws, asOf: $asOf) {
           actors { count ids names formerNames renamedOn } relations { count isSuccession } } }`,
        { ws: slug, asOf },
      ),
    ).mapGraph;
  const rankedActors = async (asOf: string) =>
    dataOf(
      await api.gql<{ analytics: { brokers: { actorCount: number } } }>(
        'query($ws: ID!, $asOf: String) { analytics(workspace: $ws, asOf: $asOf) { brokers(top: 1) { actorCount } } }',
        { ws: slug, asOf },
      ),
    ).analytics.brokers.actorCount;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    const report = await loadGraphFiles(api.db, files);
    expect(report.result).toMatchObject({ actorsCreated: 400, relationsCreated: files.relations.length });
  });
  afterAll(async () => {
    const workspace = await findWorkspace(api.db, LOCAL_EDITOR, slug);
    if (workspace) await purgeWorkspace(api.db, workspace.id);
    await api.close();
  });

  it('counts fewer actors as of an early date than today, by the lifespans of the files', async () => {
    const presentOn = (date: string) =>
      files.actors.filter((a) => isActiveOn({ since: a.since ?? null, until: a.until ?? null }, date)).length;
    const [early, today] = [await map('2003'), await map('2026')];
    expect(early.actors.count).toBe(presentOn('2003'));
    expect(today.actors.count).toBe(presentOn('2026'));
    expect(early.actors.count).toBeLessThan(today.actors.count);
    expect(today.actors.count).toBeLessThan(400);
    expect((await map(null)).actors.count).toBe(400);
    // The analytics take a day: the last of 2003 has fewer actors than the whole year (some ended in it).
    expect(await rankedActors('2003-12-31')).toBe(presentOn('2003-12-31'));
    expect(await rankedActors('2026-06-30')).toBe(presentOn('2026-06-30'));
    expect(presentOn('2003-12-31')).toBeLessThan(presentOn('2026-06-30'));
  });

  it('holds the generated successions as succession relations', async () => {
    const all = await map(null);
    expect(all.relations.isSuccession.filter(Boolean)).toHaveLength(
      files.relations.filter((r) => isSuccessionType(r.type)).length,
    );
    expect(all.relations.isSuccession.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('shows a renamed actor under its former name as of a date before the rename, and in the names columns', async () => {
    const all = await map(null);
    const i = all.actors.names.indexOf(renamed.name);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(all.actors.formerNames[i]).toEqual(renamed.formerNames);
    expect(all.actors.renamedOn[i]).toEqual(renamed.renamedOn);
    const id = all.actors.ids[i]!;
    const nameIn = async (year: number) => {
      const answer = await map(String(year));
      return answer.actors.names[answer.actors.ids.indexOf(id)];
    };
    expect(await nameIn(renameYear - 1)).toBe(renamed.formerNames![0]);
    expect(await nameIn(renameYear)).toBe(renamed.name);
    const { actor } = dataOf(
      await api.gql<{ actor: { nameOn: string; formerNames: string[]; renamedOn: string[] } }>(
        'query($id: ID!, $d: String!) { actor(id: $id) { nameOn(date: $d) formerNames renamedOn } }',
        { id, d: `${renameYear - 1}-06` },
      ),
    );
    expect(actor).toEqual({
      nameOn: renamed.formerNames![0],
      formerNames: renamed.formerNames,
      renamedOn: renamed.renamedOn,
    });
  });
});
