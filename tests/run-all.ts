/**
 * `npm test`: runs the unit, integration and e2e projects in one Jest run, then prints the plain
 * summary line CI reads as the very last line. Extra arguments go to Jest
 * (e.g. `npm test -- --selectProjects unit`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const summaryFile = path.join(__dirname, '.results', 'summary.txt');
rmSync(summaryFile, { force: true });

const jest = spawnSync(
  process.execPath,
  [
    require.resolve('jest/bin/jest', { paths: [__dirname] }),
    '--config',
    'tests/jest.config.js',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
);

const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').trim() : 'tests: 0 passed, 1 failed';
console.log(summary);
process.exit(jest.status ?? 1);
