import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMigratedTestApi, workspaceCounts } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs `npm run cli -- …` as a user would (tsx), against the test database unless --api is given. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'cli', 'cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TIERMAP_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run cli', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let dir: string;
  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'cli');
    dir = mkdtempSync(join(tmpdir(), 'tiermap-cli-'));
    writeFileSync(
      join(dir, 'actors.csv'),
      'externalId,name,kind,tier,country\na1,One,NGO,LOCAL,GR\na2,Two,MINISTRY,NATIONAL,Greece\n',
    );
    writeFileSync(join(dir, 'relations.csv'), 'externalId,type,source,target\nr1,PARTNERS_WITH,a1,a2\n');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('prints help with exit code 0, and refuses wrong usage with exit code 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('import     import CSV, XLSX, JSON, GraphML or GEXF files');
    expect((await cli(['import', '--help'])).stdout).toContain('--dry-run');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missing = await cli(['import', join(dir, 'actors.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--workspace is required');
  });

  it('lists the problems with exit code 3 and writes nothing; writes them to a CSV on request', async () => {
    const problems = join(dir, 'problems.csv');
    const run = await cli([
      'import',
      '-w',
      ws.slug,
      join(dir, 'actors.csv'),
      join(dir, 'relations.csv'),
      '--problems',
      problems,
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Nothing written');
    expect(run.stdout).toContain('actors.csv, row 3, country: must be an ISO 3166-1 alpha-2 country code');
    expect(run.stdout).toContain('(GR)');
    expect(readFileSync(problems, 'utf8').split('\r\n')[1]).toMatch(/^actors\.csv,3,,country,country,/);
    expect((await workspaceCounts(api.db, ws.id)).actors).toBe(0);
  });

  it('imports with progress and a summary, dry run first; exports GraphML', async () => {
    writeFileSync(
      join(dir, 'actors.csv'),
      'externalId,name,kind,tier,country\na1,One,NGO,LOCAL,GR\na2,Two,MINISTRY,NATIONAL,GR\n',
    );
    const dry = await cli(['import', '-w', ws.slug, '--dry-run', join(dir, 'actors.csv'), join(dir, 'relations.csv')]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run (nothing written)');
    expect(dry.stdout).toContain('actors: 2 created, 0 updated, 0 unchanged, 0 refused');
    expect((await workspaceCounts(api.db, ws.id)).actors).toBe(0);
    const run = await cli(['import', '-w', ws.slug, join(dir, 'actors.csv'), join(dir, 'relations.csv')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Imported in \d+\.\d s/);
    expect(run.stdout).toContain('relations: 1 created');
    expect(run.stderr).toMatch(/rows written \[#+\] 100% 3\/3/);
    const analytics = await cli(['analytics', '-w', ws.slug, '--top', '2']);
    expect(analytics.stdout).toMatch(/Brokers \(exact betweenness\):\n {2}\d\.\d{3} {2}(One|Two)\n/);
    expect(analytics.stdout).toContain('Communities: 1');
    expect(analytics.code).toBe(0);
    const out = join(dir, 'map.graphml');
    const exported = await cli(['export', '-w', ws.slug, '--format', 'graphml', '--out', out]);
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<edge id="r1" source="a1" target="a2" directed="false">');
  });

  it('talks to a running API with a token', async () => {
    const token = api.admin!.headers.authorization!.replace(/^Bearer /, '');
    writeFileSync(join(dir, 'more.csv'), 'externalId,name,kind,tier\na3,Three,NGO,LOCAL\n');
    const run = await cli(['import', '-w', ws.slug, '--api', api.origin, '--token', token, join(dir, 'more.csv')]);
    expect(run.stdout).toContain('actors: 1 created');
    expect(run.code).toBe(0);
    const out = join(dir, 'remote');
    const exported = await cli([
      'export',
      '-w',
      ws.slug,
      '--format',
      'csv',
      '--out',
      out,
      '--api',
      api.origin,
      '--token',
      token,
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(`${out}-actors.csv`, 'utf8')).toContain('a3,Three');
    // A view through the API: the relation facets and the as-of date travel as GET /export's parameters.
    const view = (...options: string[]) =>
      cli([
        'export',
        '-w',
        ws.slug,
        '--format',
        'json',
        '--out',
        join(dir, 'view.json'),
        '--api',
        api.origin,
        '--token',
        token,
        ...options,
      ]);
    const relationIds = () =>
      (
        JSON.parse(readFileSync(join(dir, 'view.json'), 'utf8')) as { relations: Array<{ externalId: string }> }
      ).relations.map((r) => r.externalId);
    expect((await view('--types', 'FUNDS')).code).toBe(0);
    expect(relationIds()).toEqual([]);
    expect((await view('--as-of', '2024-05', '--types', 'PARTNERS_WITH,FUNDS,COORDINATES')).code).toBe(0);
    expect(relationIds()).toEqual(['r1']);
    const badDate = await view('--as-of', '2024-13');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('asOf');
    const refused = await cli([
      'export',
      '-w',
      ws.slug,
      '--format',
      'json',
      '--api',
      api.origin,
      '--token',
      'not-a-token',
    ]);
    expect(refused.code).toBe(1);
  });
});
