/**
 * `npm run bench:import`: imports a generated CSV map of BENCH_IMPORT_ACTORS actors (100,000 by
 * default) and four relations per actor into a new workspace, as `npm run cli -- import` does
 * (importFiles: read, validate, write in batches), and writes the time, the rate, the CPU time of
 * Node and Neo4j and the Node process's peak memory to the `import` section of BENCHMARKS.md. The target (issue 19): under
 * 60 s and 1.5 GiB for 100,000 actors and 400,000 relations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEM } from '../../api/src/auth/viewer';
import { applyMigrations } from '../../api/src/db/migrations';
import { purgeWorkspace } from '../../api/src/repositories/workspace.repository';
import { FILE_IMPORT_BATCH, FILE_IMPORT_PARALLEL, importFiles } from '../../api/src/services/file-import.service';
import { WorkspaceService } from '../../api/src/services/workspace.service';
import { SeededRandom } from '../../graph-seed/src/seeded-random';
import { benchNeo4j, processCpuMs } from './bench-neo4j';
import { writeSection } from './benchmarks-file';
import { benchDatabase } from './generated-workspace';

const log = (line: string) => process.stderr.write(`[bench:import] ${line}\n`);
const KINDS = ['NGO', 'MUNICIPALITY', 'MINISTRY', 'FOUNDATION', 'UN_AGENCY', 'ACADEMIC', 'NETWORK'];
const TIERS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'SUPRANATIONAL', 'GLOBAL'];
const COUNTRIES = ['GR', 'IT', 'ES', 'SN', 'DE', 'FR', 'US', 'MA'];
const THEMES = ['reception', 'protection', 'integration-inclusion', 'labour-migration'];
const TYPES = ['PARTNERS_WITH', 'COORDINATES', 'MEMBER_OF', 'DELIVERS_SERVICES_FOR', 'FUNDS'];

/** Writes actors.csv and relations.csv of a deterministic synthetic map; answers their paths. */
function generateCsv(dir: string, actors: number, perActor: number): { actors: string; relations: string } {
  const seeded = new SeededRandom(19);
  const random = () => seeded.next();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const actorLines = ['externalId,name,kind,tier,country,themes,founded'];
  for (let i = 0; i < actors; i += 1) {
    actorLines.push(
      `a${i},Actor ${i},${pick(KINDS)},${pick(TIERS)},${pick(COUNTRIES)},${pick(THEMES)},${1950 + (i % 70)}`,
    );
  }
  const relationLines = ['externalId,type,source,target,amount,currency,since,confidence'];
  for (let i = 0; i < actors * perActor; i += 1) {
    const source = i % actors;
    let target = Math.floor(random() * actors);
    if (target === source) target = (target + 1) % actors;
    const type = pick(TYPES);
    const money = type === 'FUNDS' ? `${1000 * (1 + (i % 500))},EUR` : ',';
    relationLines.push(`r${i},${type},a${source},a${target},${money},${2000 + (i % 25)},0.9`);
  }
  const paths = { actors: path.join(dir, 'actors.csv'), relations: path.join(dir, 'relations.csv') };
  writeFileSync(paths.actors, `${actorLines.join('\r\n')}\r\n`);
  writeFileSync(paths.relations, `${relationLines.join('\r\n')}\r\n`);
  return paths;
}

async function main(): Promise<void> {
  const actors = Number(process.env.BENCH_IMPORT_ACTORS ?? 100_000);
  const perActor = 4;
  const batch = Number(process.env.BENCH_IMPORT_BATCH ?? FILE_IMPORT_BATCH);
  const parallel = Number(process.env.BENCH_IMPORT_PARALLEL ?? FILE_IMPORT_PARALLEL);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tiermap-bench-import-'));
  const neo4j = await benchNeo4j('import', log);
  const db = benchDatabase(neo4j.uri, 'bench-import');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  let workspaceId: string | null = null;
  try {
    await applyMigrations(db);
    log(`writing ${actors} actors and ${actors * perActor} relations as CSV…`);
    const files = generateCsv(dir, actors, perActor);
    const workspace = await new WorkspaceService(db, 30).create(SYSTEM, {
      slug: `bench-import-${Date.now()}`,
      title: 'Import benchmark',
    });
    workspaceId = workspace.id;
    const phases: Record<string, number> = {};
    const dbCpuBefore = neo4j.pid === null ? null : processCpuMs(neo4j.pid);
    const nodeCpuBefore = process.cpuUsage();
    const started = performance.now();
    let lastPhase = '';
    const report = await importFiles(
      db,
      SYSTEM,
      workspace.id,
      [
        { name: 'actors.csv', path: files.actors },
        { name: 'relations.csv', path: files.relations },
      ],
      {
        format: 'CSV',
        batchSize: batch,
        parallel,
        onProgress: (phase, done, total) => {
          if (phase !== lastPhase) {
            phases[phase] = (performance.now() - started) / 1000;
            lastPhase = phase;
            log(`${phase.toLowerCase()} at ${phases[phase]!.toFixed(1)} s`);
          }
          if (phase === 'WRITING' && done % (batch * 25) === 0) log(`  ${done}/${total} written`);
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const dbCpu = dbCpuBefore === null || neo4j.pid === null ? null : (processCpuMs(neo4j.pid) - dbCpuBefore) / 1000;
    const nodeUsage = process.cpuUsage(nodeCpuBefore);
    const nodeCpu = (nodeUsage.user + nodeUsage.system) / 1e6;
    const load = os.loadavg();
    if (!report.written) throw new Error(`the import was refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
    const rows = actors * (1 + perActor);
    const gib = peakRss / 1024 ** 3;
    log(`${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)}/s), peak RSS ${gib.toFixed(2)} GiB`);
    const section = `<!-- bench:import:begin -->
## Import of a generated CSV map (issue 19)

Generated by \`npm run bench:import\` (tests/bench/import.bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:
${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, shared with other work (load average ${load.map((l) => l.toFixed(1)).join(' / ')} over 1 / 5 / 15 min at the end);
Neo4j ${neo4j.local ? 'local, started for the run (2 GiB heap, 512 MiB page cache)' : 'at NEO4J_URI'}.
${actors.toLocaleString('en')} actors and ${(actors * perActor).toLocaleString('en')} relations in two CSV files read as streams, imported by
\`importFiles\` (what \`npm run cli -- import\` and \`startImport\` run) into a new workspace, ${batch} records per transaction,
${parallel} transaction${parallel === 1 ? '' : 's'} at once, one change record per batch (ADRs 0026, 0034). The CPU times say what the work costs whatever else the machine runs.

| | |
|---|---:|
| total | ${seconds.toFixed(1)} s |
| reading, validating and the first batch written | ${(phases.WRITING ?? seconds).toFixed(1)} s |
| rate | ${Math.round(rows / seconds).toLocaleString('en')} rows/s |
| CPU time of the Node process | ${nodeCpu.toFixed(1)} s |
| CPU time of Neo4j | ${dbCpu === null ? 'not known (NEO4J_URI without BENCH_NEO4J_PID)' : `${dbCpu.toFixed(1)} s`} |
| peak RSS of the Node process | ${gib.toFixed(2)} GiB |
| target (issue 19, at 100,000 actors and 400,000 relations) | under 60 s and 1.5 GiB${actors === 100_000 ? `: ${seconds < 60 && gib < 1.5 ? 'met' : 'not met'}` : ': not measured at this size'} |

Command: \`npm run bench:import\` (\`BENCH_IMPORT_ACTORS\`, \`BENCH_IMPORT_BATCH\`, \`BENCH_IMPORT_PARALLEL\` change the size, the batch and the transactions at once).
<!-- bench:import:end -->`;
    writeSection('import', section);
    log('wrote the import section of BENCHMARKS.md');
  } finally {
    clearInterval(sampler);
    if (workspaceId) await purgeWorkspace(db, workspaceId).catch(() => undefined);
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
