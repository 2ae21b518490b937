/**
 * Every named Cypher statement is planned with EXPLAIN against the real schema. Neo4j Community has
 * one database for every map, so a workspace-scoped read that scans all actors (or all relations)
 * would slow down with every workspace stored: none may.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Query } from '../../../api/src/db/query';
import { actorReadShapes } from '../../../api/src/db/queries/actor.queries';
import { relationReadShapes, relationsOfActorsReadShapes } from '../../../api/src/db/queries/relation.queries';
import { LOCAL_EDITOR } from '../../../api/src/auth/viewer';
import { applyMigrations } from '../../../api/src/db/migrations';
import { findWorkspace, purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import { generateGraph } from '../../../graph-seed/src/generate-graph';
import { loadGraphFiles } from '../../../graph-seed/src/load-graph';
import { startTestApi, type TestApi } from '../../helpers/test-api';

const QUERIES_DIR = path.resolve(__dirname, '../../../api/src/db/queries');

function isQuery(value: unknown): value is Query<object, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Query<object, unknown>).name === 'string' &&
    typeof (value as Query<object, unknown>).text === 'string'
  );
}

/** Every query object exported by db/queries/*.queries.ts, including those inside arrays and maps. */
function allQueries(): Array<Query<object, unknown>> {
  const found: Array<Query<object, unknown>> = [];
  for (const file of readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.queries.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(QUERIES_DIR, file)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (isQuery(value)) found.push(value);
      else if (Array.isArray(value)) found.push(...value.filter(isQuery));
      else if (value && typeof value === 'object') found.push(...Object.values(value).filter(isQuery));
    }
  }
  return found;
}

/** A value for every parameter a statement names; EXPLAIN needs them present, not meaningful. */
const SAMPLE: Record<string, unknown> = {
  ws: 'ws-1',
  id: 'id-1',
  key: 'seed-ecosystem',
  ids: ['id-1', 'id-2'],
  externalIds: ['x-1'],
  entityId: 'id-1',
  changeId: 'c-1',
  visibilities: ['PUBLIC'],
  visibility: null,
  includeDeleted: false,
  tiers: null,
  kinds: null,
  sectors: null,
  countries: null,
  themes: null,
  updatedSince: null,
  hasNoRelations: null,
  afterKey: null,
  afterId: null,
  limit: 10,
  withTotal: true,
  search: 'refugee',
  clauses: ['nameFold:(refugee OR refugee*)^3'],
  words: ['refugee'],
  nameWords: ['refugee'],
  builtInThemes: ['reception'],
  types: null,
  modes: null,
  engagements: null,
  asOf: null,
  minConfidence: null,
  formal: null,
  actorId: null,
  direction: 'BOTH',
  withDegrees: true,
  props: {},
  patch: {},
  expectedVersion: 1,
  sourceId: 'id-1',
  targetId: 'id-2',
  type: 'FUNDS',
  directed: true,
  sinceKey: null,
  untilKey: null,
  excludeId: null,
  rows: [],
  changes: [],
  batch: 100,
  subjectId: 'id-1',
  from: 'id-1',
  to: 'id-2',
};

function paramsFor(text: string): Record<string, unknown> {
  const names = new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  return Object.fromEntries([...names].map((name) => [name, name in SAMPLE ? SAMPLE[name] : null]));
}

const SCANS_OF_SHARED_DATA =
  /^(AllNodesScan|NodeByLabelScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/;

/** Scans allowed, each with its reason: listing workspaces reads every :Workspace (one node per map). */
const ALLOWED_SCANS: Array<{ query: string; operator: string; details: RegExp }> = [
  { query: 'workspace.list', operator: 'NodeByLabelScan', details: /^w:Workspace$/ },
];

/** Statements that only read: each must start from an index (a seek or an ordered index scan). */
const READ_QUERY =
  /^(actor\.(page|search|byIds)|relation\.(page|byIds|ofActors)|neighbourhood\.|workspace\.(find|actorCounts|relationCounts|themes)|source\.(ofSubjects|byIds)|change\.(history|byId|entityWorkspace)|analytics\.|mapGraph\.|map\.)/;
const INDEX_READ =
  /^(NodeIndexSeek|NodeUniqueIndexSeek|NodeIndexSeekByRange|NodeIndexScan|NodeIndexContainsScan|NodeIndexEndsWithScan|MultiNodeIndexSeek|DirectedRelationshipIndexSeek|UndirectedRelationshipIndexSeek|DirectedRelationshipIndexScan|UndirectedRelationshipIndexScan|DirectedRelationshipIndexSeekByRange|UndirectedRelationshipIndexSeekByRange|DirectedRelationshipUniqueIndexSeek|UndirectedRelationshipUniqueIndexSeek|ProcedureCall)$/;

describe('query plans of every named Cypher statement', () => {
  let api: TestApi;
  const named = allQueries().filter((q) => !q.name.startsWith('schema.') && !q.name.startsWith('system.'));
  // Pages and searches are made per shape (filters given, total, cursor): check representative ones.
  const shaped = [...actorReadShapes(), ...relationReadShapes(), ...relationsOfActorsReadShapes()];
  const queries = [...named, ...shaped.map((s) => s.query)];
  const reads = [
    ...named.filter((q) => READ_QUERY.test(q.name)).map((query) => ({ label: query.name, query })),
    ...shaped.map(({ shape, query }) => ({ label: `${query.name} ${shape}`, query })),
  ];

  const slugs: string[] = [];

  // Plans depend on statistics: with an empty database every plan looks cheap. Two populated
  // workspaces make a scan of all actors visibly worse than an index seek, as in production.
  beforeAll(async () => {
    api = await startTestApi();
    await applyMigrations(api.db);
    for (const seed of [1, 2]) {
      const files = generateGraph({ actors: 1500, relationsPerActor: 3, seed });
      const slug = `test-plans-${seed}-${Date.now()}`;
      slugs.push(slug);
      await loadGraphFiles(api.db, { ...files, workspace: { ...files.workspace, slug } }, { batchSize: 2000 });
    }
    // Fresh statistics so the planner sees the data just written.
    await api.db.write({ name: 'test.resampleIndexes', text: 'CALL db.resampleOutdatedIndexes()' }, {});
  });
  afterAll(async () => {
    for (const slug of slugs) {
      const workspace = await findWorkspace(api.db, LOCAL_EDITOR, slug);
      if (workspace) await purgeWorkspace(api.db, workspace.id);
    }
    await api.close();
  });

  it('finds the statements to check', () => {
    expect(named.length).toBeGreaterThan(30);
    expect(new Set(named.map((q) => q.name)).size).toBe(named.length);
    expect(reads.length).toBeGreaterThan(100);
    // Every read the API serves is in the list (a new read query must be classified here).
    for (const name of [
      'actor.page.NAME_ASC',
      'actor.search',
      'relation.page',
      'neighbourhood.depth2',
      'workspace.find',
    ])
      expect(reads.some((read) => read.query.name === name)).toBe(true);
  });

  it('never starts a workspace-scoped statement from a scan of all actors, sources, changes or relations', async () => {
    const offenders: string[] = [];
    for (const query of queries) {
      const plan = await api.db.explain(query, paramsFor(query.text));
      const scans = plan.filter(
        (step) =>
          SCANS_OF_SHARED_DATA.test(step.operator) &&
          !ALLOWED_SCANS.some(
            (allowed) =>
              allowed.query === query.name && allowed.operator === step.operator && allowed.details.test(step.details),
          ),
      );
      if (scans.length > 0) {
        offenders.push(`${query.name}: ${scans.map((s) => `${s.operator} ${s.details}`).join('; ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('starts every read statement from an index', async () => {
    const offenders: string[] = [];
    for (const { label, query } of reads) {
      const plan = await api.db.explain(query, paramsFor(query.text));
      // Reads scoped by a workspace start with its one-node lookup; the data itself must come from
      // an index too (only workspace.find reads nothing else).
      const dataIndex = plan.some((step) => INDEX_READ.test(step.operator) && !/:Workspace\(/.test(step.details));
      const lookupOnly = query.name === 'workspace.find' && plan.some((step) => INDEX_READ.test(step.operator));
      if (!dataIndex && !lookupOnly) offenders.push(label);
    }
    expect(offenders).toEqual([]);
  });

  it('reads a page of actors from the order’s index and stops after the page', async () => {
    for (const { shape, query } of actorReadShapes()) {
      const parsed = JSON.parse(shape) as { order?: string; filters: string[] };
      if (!parsed.order || parsed.filters.length > 0) continue;
      const plan = await api.db.explain(query as Query<object, unknown>, paramsFor(query.text));
      const key = { NAME_ASC: 'nameKey', NAME_DESC: 'nameKey', UPDATED_DESC: 'updatedAt', CREATED_ASC: 'createdAt' }[
        parsed.order
      ]!;
      expect({
        shape,
        seek: plan.some((s) => s.operator === 'NodeIndexSeek' && s.details.includes(`(workspaceId, ${key})`)),
      }).toEqual({ shape, seek: true });
      expect({ shape, partial: plan.some((s) => s.operator === 'PartialTop') }).toEqual({ shape, partial: true });
    }
  });

  it('reads a page of relations of one type from (workspaceId, type, createdAt) in order', async () => {
    for (const { shape, query } of relationReadShapes()) {
      const parsed = JSON.parse(shape) as { oneType: boolean; ofActor: boolean; filters: string[] };
      if (!parsed.oneType || parsed.ofActor) continue;
      const plan = await api.db.explain(query as Query<object, unknown>, paramsFor(query.text));
      expect({
        shape,
        seek: plan.some(
          (s) => s.operator === 'DirectedRelationshipIndexSeek' && s.details.includes('(workspaceId, type, createdAt)'),
        ),
      }).toEqual({ shape, seek: true });
      // With only the type given, reading in index order stops after the page; with more filters
      // the planner may rightly prefer sorting what they leave.
      if (parsed.filters.length === 1) {
        expect({ shape, partial: plan.some((s) => s.operator === 'PartialTop') }).toEqual({ shape, partial: true });
      }
    }
  });

  it('looks a workspace up without reading its actors or relations', async () => {
    const find = named.find((q) => q.name === 'workspace.find')!;
    const plan = await api.db.explain(find, paramsFor(find.text));
    expect(plan.filter((step) => /Actor|RELATES/.test(step.details))).toEqual([]);
  });
});
