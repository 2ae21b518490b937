/**
 * Every named Cypher statement is planned with EXPLAIN against the real schema. Neo4j Community has
 * one database for every map, so a workspace-scoped read that scans all actors (or all relations)
 * would slow down with every workspace stored: none may.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Query } from '../../../api/src/db/query';
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
  types: null,
  modes: null,
  engagements: null,
  asOf: null,
  minConfidence: null,
  formal: null,
  actorId: null,
  direction: 'BOTH',
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

describe('query plans of every named Cypher statement', () => {
  let api: TestApi;
  const queries = allQueries().filter((q) => !q.name.startsWith('schema.') && !q.name.startsWith('system.'));

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
    expect(queries.length).toBeGreaterThan(30);
    expect(new Set(queries.map((q) => q.name)).size).toBe(queries.length);
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

  it('seeks actors of a workspace through an index', async () => {
    const page = queries.find((q) => q.name === 'actor.page.NAME_ASC')!;
    const plan = await api.db.explain(page, paramsFor(page.text));
    expect(
      plan.some(
        (step) =>
          /NodeIndexSeek|NodeUniqueIndexSeek|NodeIndexScan/.test(step.operator) && step.details.includes(':Actor'),
      ),
    ).toBe(true);
  });
});
