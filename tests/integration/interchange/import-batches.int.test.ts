import { SYSTEM } from '../../../api/src/auth/viewer';
import type { ImportFile } from '../../../api/src/interchange/csv-import';
import { readCsvFiles } from '../../../api/src/interchange/csv-import';
import { defineQuery } from '../../../api/src/db/query';
import { ImportDocument } from '../../../api/src/interchange/import-document';
import { importFiles } from '../../../api/src/services/file-import.service';
import { prepareImport, writeImport } from '../../../api/src/services/import.service';
import { startMigratedTestApi, workspaceCounts } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

/**
 * The bulk write path of imports (ADR 0026): batches of UNWIND statements, one change record per
 * batch, history and revert of an import through those records.
 */
const ACTORS = `query($ws: ID!) { actors(workspace: $ws, first: 100, orderBy: NAME_ASC) { edges { node {
  id externalId name deletedAt } } } }`;
const RELATIONS = `query($ws: ID!) { relations(workspace: $ws, first: 100) { edges { node {
  externalId source { externalId } target { externalId } } } } }`;
const HISTORY = `query($id: ID!) { history(entityId: $id) { id action entityId version changedFields after } }`;

const csv = (name: string, lines: string[]): ImportFile => ({ name, bytes: Buffer.from(`${lines.join('\r\n')}\r\n`) });

/** n actors a0…a(n-1), named "Actor i" (or by `name`). */
const actorsFile = (n: number, name = (i: number) => `Actor ${i}`) =>
  csv('actors.csv', [
    'externalId,name,kind,tier,country',
    ...Array.from({ length: n }, (_, i) => `a${i},${name(i)},NGO,LOCAL,GR`),
  ]);

/** m relations r0…r(m-1); relation i links a(i mod n) to a((i + 1 + i mod (n - 1)) mod n), never itself. */
const relationsFile = (m: number, n: number) =>
  csv('relations.csv', [
    'externalId,type,source,target',
    ...Array.from({ length: m }, (_, i) => `r${i},PARTNERS_WITH,a${i % n},a${(i + 1 + (i % (n - 1))) % n}`),
  ]);

/** Every relation of a workspace with its ends, read from the database (more than a page). */
const STORED_RELATIONS = defineQuery<
  { ws: string },
  { relation: string; source: string; target: string; changes: string[] }
>(
  'test.storedRelations',
  `MATCH (s:Actor)-[r:RELATES {workspaceId: $ws}]->(t:Actor)
   RETURN r.externalId AS relation, s.externalId AS source, t.externalId AS target, r.importChanges AS changes
   ORDER BY toInteger(substring(r.externalId, 1))`,
);

/** The relations a CSV file holds, as an import payload reads them. */
async function readRelations(file: ImportFile) {
  const document = new ImportDocument();
  await readCsvFiles(document, [file]);
  return document.payload().relations;
}

describe('import write path (batches, one change per batch)', () => {
  let api: TestApi;
  const spaces: TestWorkspace[] = [];
  const newWorkspace = async (label: string) => {
    const ws = await createTestWorkspace(api, label);
    spaces.push(ws);
    return ws;
  };
  interface ActorNode {
    id: string;
    externalId: string;
    name: string;
    deletedAt: string | null;
  }
  const actorsOf = async (ws: TestWorkspace) =>
    dataOf(await api.gql<{ actors: { edges: Array<{ node: ActorNode }> } }>(ACTORS, { ws: ws.slug })).actors.edges.map(
      (e) => e.node,
    );
  const relationsOf = async (ws: TestWorkspace) =>
    dataOf(
      await api.gql<{
        relations: {
          edges: Array<{
            node: { externalId: string; source: { externalId: string }; target: { externalId: string } };
          }>;
        };
      }>(RELATIONS, { ws: ws.slug }),
    )
      .relations.edges.map((e) => [e.node.externalId, e.node.source.externalId, e.node.target.externalId])
      .sort((a, b) => Number(a[0]!.slice(1)) - Number(b[0]!.slice(1)));
  type HistoryEntry = {
    id: string;
    action: string;
    entityId: string;
    version: number | null;
    changedFields: string[];
    after: Record<string, unknown> | null;
  };
  const historyOf = async (id: string) => dataOf(await api.gql<{ history: HistoryEntry[] }>(HISTORY, { id })).history;

  beforeAll(async () => {
    api = await startMigratedTestApi();
  });
  afterAll(async () => {
    for (const ws of spaces) await ws.remove();
    await api.close();
  });

  it('writes exactly the rows of an import spread over several batches, relations linked to actors of earlier batches', async () => {
    const ws = await newWorkspace('batches');
    const { changes } = await workspaceCounts(api.db, ws.id);
    const progress: number[] = [];
    const report = await importFiles(api.db, SYSTEM, ws.id, [actorsFile(10), relationsFile(12, 10)], {
      format: 'CSV',
      batchSize: 3,
      // One batch at a time, so that progress moves in a known order.
      parallel: 1,
      onProgress: (phase, done) => phase === 'WRITING' && progress.push(done),
    });
    expect(report.problems).toEqual([]);
    expect(report.result).toMatchObject({ actorsCreated: 10, relationsCreated: 12, batches: 8 });
    // The job's progress moves batch by batch.
    expect(progress).toEqual([3, 6, 9, 10, 13, 16, 19, 22]);
    // One change record per batch: 4 of actors, 4 of relations.
    expect(await workspaceCounts(api.db, ws.id)).toMatchObject({ actors: 10, relations: 12, changes: changes + 8 });
    const relations = await relationsOf(ws);
    expect(relations).toEqual(
      Array.from({ length: 12 }, (_, i) => [`r${i}`, `a${i % 10}`, `a${(i + 1 + (i % 9)) % 10}`]),
    );
    // r2 links a2 (batch 1) and a5 (batch 2), r9 links a9 (batch 4) and a0 (batch 1).
    expect(relations[2]).toEqual(['r2', 'a2', 'a5']);
    expect(relations[9]).toEqual(['r9', 'a9', 'a0']);
  });

  it('writes every row exactly once when two batches are written at once, each batch with its change record (ADR 0034)', async () => {
    const ws = await newWorkspace('parallel');
    const { changes } = await workspaceCounts(api.db, ws.id);
    const progress: number[] = [];
    // 60 actors and 240 relations in batches of 7: 9 actor batches and 35 relation batches, two at
    // a time; the relation batches share actors, so they lock the same nodes.
    const report = await importFiles(api.db, SYSTEM, ws.id, [actorsFile(60), relationsFile(240, 60)], {
      format: 'CSV',
      batchSize: 7,
      parallel: 2,
      onProgress: (phase, done) => phase === 'WRITING' && progress.push(done),
    });
    expect(report.problems).toEqual([]);
    expect(report.result).toMatchObject({ actorsCreated: 60, relationsCreated: 240, batches: 44 });
    expect(progress).toHaveLength(44);
    expect(progress.at(-1)).toBe(300);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(await workspaceCounts(api.db, ws.id)).toMatchObject({ actors: 60, relations: 240, changes: changes + 44 });
    const stored = await api.db.read(STORED_RELATIONS, { ws: ws.id });
    expect(stored.map((r) => [r.relation, r.source, r.target])).toEqual(
      Array.from({ length: 240 }, (_, i) => [`r${i}`, `a${i % 60}`, `a${(i + 1 + (i % 59)) % 60}`]),
    );
    // Each relation lists the one batch that wrote it; 35 batches, at most 7 relations each.
    const byBatch = new Map<string, number>();
    for (const { changes: list } of stored) {
      expect(list).toHaveLength(1);
      byBatch.set(list[0]!, (byBatch.get(list[0]!) ?? 0) + 1);
    }
    expect(byBatch.size).toBe(35);
    expect(Math.max(...byBatch.values())).toBe(7);
    // Re-imported, two at a time again: nothing is written twice.
    const again = await importFiles(api.db, SYSTEM, ws.id, [actorsFile(60), relationsFile(240, 60)], {
      format: 'CSV',
      batchSize: 7,
      parallel: 2,
    });
    expect(again.result).toMatchObject({
      actorsCreated: 0,
      actorsUnchanged: 60,
      relationsCreated: 0,
      relationsUnchanged: 240,
    });
    expect(await workspaceCounts(api.db, ws.id)).toMatchObject({ actors: 60, relations: 240, changes: changes + 44 });
  });

  it('answers a re-import of the same files as all unchanged, writing nothing (no duplicate, no change record)', async () => {
    const ws = await newWorkspace('reimport');
    const files = [actorsFile(7), relationsFile(9, 7)];
    const { changes } = await workspaceCounts(api.db, ws.id);
    const first = await importFiles(api.db, SYSTEM, ws.id, files, { format: 'CSV', batchSize: 4 });
    expect(first.problems).toEqual([]);
    const before = await workspaceCounts(api.db, ws.id);
    expect(before).toMatchObject({ actors: 7, relations: 9, changes: changes + 5 });
    const dryRun = await importFiles(api.db, SYSTEM, ws.id, files, { format: 'CSV', dryRun: true });
    expect(dryRun.actors.unchanged).toHaveLength(7);
    expect(dryRun.relations.unchanged).toHaveLength(9);
    const again = await importFiles(api.db, SYSTEM, ws.id, files, { format: 'CSV', batchSize: 4 });
    expect(again.result).toMatchObject({
      actorsCreated: 0,
      actorsUpdated: 0,
      actorsUnchanged: 7,
      relationsCreated: 0,
      relationsUpdated: 0,
      relationsUnchanged: 9,
    });
    expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
  });

  it("shows the import in each record's history, and reverting it undoes the whole import only", async () => {
    const ws = await newWorkspace('import-history');
    await importFiles(api.db, SYSTEM, ws.id, [actorsFile(4)], { format: 'CSV', batchSize: 2 });
    const first = await actorsOf(ws);
    const a1 = first.find((a) => a.externalId === 'a1')!;
    const [created] = await historyOf(a1.id);
    expect(created).toMatchObject({ action: 'IMPORT', entityId: a1.id, version: 1 });
    expect(created!.after).toMatchObject({ externalId: 'a1', name: 'Actor 1', kind: 'NGO', country: 'GR' });

    // A second import renames a1 and a3 and adds a4 and a5.
    const second = await importFiles(
      api.db,
      SYSTEM,
      ws.id,
      [actorsFile(6, (i) => (i % 2 === 1 ? `Renamed ${i}` : `Actor ${i}`))],
      { format: 'CSV', batchSize: 2 },
    );
    expect(second.result).toMatchObject({ actorsCreated: 2, actorsUpdated: 2, actorsUnchanged: 2 });
    const history = await historyOf(a1.id);
    expect(history.map((h) => [h.action, h.version, h.changedFields])).toEqual([
      ['IMPORT', 2, ['name']],
      ['IMPORT', 1, expect.arrayContaining(['externalId', 'name', 'kind', 'tier'])],
    ]);
    expect(history[0]!.after).toEqual({ name: 'Renamed 1' });

    // Reverting the second import from a1's history: names back, a4 and a5 deleted, the rest as it was.
    const revert = await api.gql<{ revertChange: { action: string } }>(
      'mutation($id: ID!) { revertChange(id: $id) { action } }',
      { id: history[0]!.id },
    );
    expect(dataOf(revert).revertChange.action).toBeTruthy();
    const after = await actorsOf(ws);
    expect(after.filter((a) => !a.deletedAt).map((a) => [a.externalId, a.name])).toEqual([
      ['a0', 'Actor 0'],
      ['a1', 'Actor 1'],
      ['a2', 'Actor 2'],
      ['a3', 'Actor 3'],
    ]);
    expect((await historyOf(a1.id)).map((h) => h.action)).toEqual(['REVERT', 'IMPORT', 'IMPORT']);
  });

  it('keeps the batches committed before a failure, writes nothing of the failing batch, and a re-run completes the import', async () => {
    const ws = await newWorkspace('import-failure');
    // Relations 0–3 (first batch) link a0–a3 to a3–a0; relation 4 (second batch) links a4 to a5.
    const relations = csv('relations.csv', [
      'externalId,type,source,target',
      'r0,PARTNERS_WITH,a0,a3',
      'r1,PARTNERS_WITH,a1,a2',
      'r2,PARTNERS_WITH,a2,a1',
      'r3,PARTNERS_WITH,a3,a0',
      'r4,PARTNERS_WITH,a4,a5',
      'r5,PARTNERS_WITH,a5,a0',
    ]);
    await importFiles(api.db, SYSTEM, ws.id, [actorsFile(6)], { format: 'CSV' });
    const payload = { actors: [], relations: await readRelations(relations) };
    const prepared = await prepareImport(api.db, SYSTEM, ws.id, payload);
    expect(prepared.problems).toEqual([]);
    // a5 is deleted after the import was validated, before it is written: the second batch names it.
    const a5 = (await actorsOf(ws)).find((a) => a.externalId === 'a5')!;
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: a5.id }));
    await expect(writeImport(api.db, SYSTEM, prepared, payload, { batchSize: 4 })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    // The actors' batches and the first relation batch stay; nothing of the failing batch.
    expect((await relationsOf(ws)).map((r) => r[0])).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(await workspaceCounts(api.db, ws.id)).toMatchObject({ actors: 6, relations: 4 });
    // Restored, the same import completes: the relations written before are unchanged, not duplicated.
    dataOf(await api.gql('mutation($id: ID!) { restoreActor(id: $id) { id } }', { id: a5.id }));
    const rerun = await importFiles(api.db, SYSTEM, ws.id, [relations], { format: 'CSV', batchSize: 4 });
    expect(rerun.result).toMatchObject({ relationsCreated: 2, relationsUnchanged: 4 });
    expect((await relationsOf(ws)).map((r) => r[0])).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('with two batches at once, writes nothing of the failing batch, and a re-run completes the import', async () => {
    const ws = await newWorkspace('parallel-failure');
    // Batches of two: the first names a5 (deleted below), the others never share an actor with it.
    const relations = csv('relations.csv', [
      'externalId,type,source,target',
      'r0,PARTNERS_WITH,a4,a5',
      'r1,PARTNERS_WITH,a5,a4',
      'r2,PARTNERS_WITH,a0,a1',
      'r3,PARTNERS_WITH,a1,a2',
      'r4,PARTNERS_WITH,a2,a3',
      'r5,PARTNERS_WITH,a3,a0',
      'r6,PARTNERS_WITH,a0,a2',
      'r7,PARTNERS_WITH,a1,a3',
    ]);
    await importFiles(api.db, SYSTEM, ws.id, [actorsFile(6)], { format: 'CSV' });
    const payload = { actors: [], relations: await readRelations(relations) };
    const prepared = await prepareImport(api.db, SYSTEM, ws.id, payload);
    expect(prepared.problems).toEqual([]);
    const a5 = (await actorsOf(ws)).find((a) => a.externalId === 'a5')!;
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: a5.id }));
    const progress: number[] = [];
    await expect(
      writeImport(api.db, SYSTEM, prepared, payload, {
        batchSize: 2,
        parallel: 2,
        onProgress: (done) => progress.push(done),
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    // Only whole batches other than the failing one, each reported (when the failure is known, no
    // batch starts: see the unit test of eachInParallel; which ran beside it depends on timing).
    const written = (await relationsOf(ws)).map((r) => r[0]).sort();
    expect(written).not.toContain('r0');
    expect(written).not.toContain('r1');
    expect(written.length % 2).toBe(0);
    expect(progress).toHaveLength(written.length / 2);
    dataOf(await api.gql('mutation($id: ID!) { restoreActor(id: $id) { id } }', { id: a5.id }));
    const rerun = await importFiles(api.db, SYSTEM, ws.id, [relations], { format: 'CSV', batchSize: 2 });
    expect(rerun.result).toMatchObject({ relationsCreated: 8 - written.length, relationsUnchanged: written.length });
    expect((await relationsOf(ws)).map((r) => r[0]).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
  });
});
