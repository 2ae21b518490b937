/**
 * `npm run cli -- import|export|seed|generate|analytics …`: files in and out of Tiermap from the
 * command line, on the database (NEO4J_URI, or the local one) or through a running API with a
 * token. `npm run cli -- --help` lists the commands; each takes --help. Exit codes: see EXIT.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { writeProblemsCsv } from '../../api/src/interchange/file-writers';
import type { ExportFormat } from '../../api/src/services/export.service';
import type { FileImportReport, ImportFormat } from '../../api/src/services/file-import.service';
import { progressBar } from '../../graph-seed/src/progress-bar';
import {
  EXIT,
  HELP,
  mappingOf,
  parseCommand,
  requiredOption,
  stringOption,
  UsageError,
  type CliArgs,
} from './cli-args';
import { apiTarget, databaseTarget, type CliTarget } from './cli-targets';

const FORMATS: Record<string, ImportFormat> = {
  xlsx: 'XLSX',
  csv: 'CSV',
  tsv: 'CSV',
  txt: 'CSV',
  json: 'JSON',
  graphml: 'GRAPHML',
  gexf: 'GEXF',
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return command ? EXIT.OK : EXIT.USAGE;
  }
  // The graph-seed commands keep their own options; they run as they do with npm run seed / generate.
  if (command === 'seed' || command === 'generate') {
    const script = join(
      __dirname,
      '..',
      '..',
      'graph-seed',
      'src',
      command === 'seed' ? 'load-cli.ts' : 'generate-cli.ts',
    );
    return (
      spawnSync(process.execPath, ['--import', 'tsx', script, ...rest], { stdio: 'inherit' }).status ?? EXIT.FAILED
    );
  }
  const handler = COMMANDS[command];
  if (!handler) throw new UsageError(`unknown command "${command}" (import, export, seed, generate, analytics)`);
  const args = parseCommand(rest);
  if (args.values.help) {
    console.log(HELP[command]);
    return EXIT.OK;
  }
  const api = stringOption(args, 'api');
  const token = stringOption(args, 'token') ?? process.env.TIERMAP_TOKEN;
  if (api && !token) throw new UsageError('--api needs --token (or TIERMAP_TOKEN)');
  const target = api ? apiTarget(api, token!) : await databaseTarget();
  try {
    return await handler(args, target);
  } finally {
    await target.close();
  }
}

const COMMANDS: Record<string, (args: CliArgs, target: CliTarget) => Promise<number>> = {
  async import(args, target) {
    const workspace = requiredOption(args, 'workspace');
    if (args.positionals.length === 0) throw new UsageError('give at least one file to import');
    const format = (stringOption(args, 'format') ?? extname(args.positionals[0]!).slice(1)).toLowerCase();
    if (!FORMATS[format]) throw new UsageError(`--format must be csv, xlsx, json, graphml or gexf (got "${format}")`);
    const batch = stringOption(args, 'batch');
    if (batch !== undefined && !/^\d+$/.test(batch))
      throw new UsageError(`--batch must be a whole number (got "${batch}")`);
    // Read as the import needs them (a CSV file as a stream); a file that cannot be read fails here.
    const files = args.positionals.map((path) => {
      accessSync(path, constants.R_OK);
      return { name: basename(path), path };
    });
    const started = Date.now();
    const bars = new Map<string, ReturnType<typeof progressBar>>();
    const report = await target.importFiles(
      workspace,
      files,
      {
        format: FORMATS[format],
        mapping: mappingOf((args.values.map as string[] | undefined) ?? []),
        dryRun: args.values['dry-run'] === true,
        validRowsOnly: args.values['valid-rows-only'] === true,
        addUnknownThemes: args.values['add-themes'] === true,
        ...(batch ? { batchSize: Number(batch) } : {}),
      },
      (phase, done, total) => {
        const label = {
          READING: 'rows read   ',
          VALIDATING: 'validating  ',
          WRITING: 'rows written',
          UPLOADING: 'uploaded    ',
        }[phase];
        if (!label) return;
        if (!bars.has(phase)) {
          for (const bar of bars.values()) bar.done();
          bars.set(phase, progressBar(label));
        }
        bars.get(phase)!.update(done, total);
      },
    );
    for (const bar of bars.values()) bar.done();
    printSummary(report, (Date.now() - started) / 1000);
    const problemsFile = stringOption(args, 'problems');
    if (problemsFile) {
      writeFileSync(problemsFile, writeProblemsCsv(report.problems));
      console.log(`  every problem written to ${problemsFile}`);
    }
    return report.problems.length > 0 ? EXIT.PROBLEMS : EXIT.OK;
  },

  async export(args, target) {
    const workspace = requiredOption(args, 'workspace');
    const format = requiredOption(args, 'format').toLowerCase();
    const filter = {
      ...Object.fromEntries(
        (['tiers', 'kinds', 'sectors', 'countries', 'themes', 'types', 'modes', 'engagements'] as const).map((key) => [
          key,
          stringOption(args, key)?.split(','),
        ]),
      ),
      asOf: stringOption(args, 'as-of') ?? null,
    };
    const formats: ExportFormat[] =
      format === 'csv'
        ? ['CSV_ACTORS', 'CSV_RELATIONS', 'CSV_SOURCES', 'CSV_THEMES']
        : format === 'json' || format === 'graphml' || format === 'gexf'
          ? [format.toUpperCase() as ExportFormat]
          : [];
    if (formats.length === 0 && format !== 'xlsx')
      throw new UsageError(`--format must be csv, xlsx, json, graphml or gexf (got "${format}")`);
    const out = stringOption(args, 'out');
    if (format === 'xlsx') {
      const path = out ?? `${workspace}.xlsx`;
      const bytes = await target.exportWorkbook(workspace, filter);
      writeFileSync(path, bytes);
      console.log(`✔ ${path} (${bytes.length} bytes)`);
      return EXIT.OK;
    }
    for (const one of formats) {
      const file = await target.exportFile(workspace, one, filter);
      const path = out ? (format === 'csv' ? `${out}-${one.slice(4).toLowerCase()}.csv` : out) : file.fileName;
      writeFileSync(path, file.text);
      console.log(`✔ ${path} (${Buffer.byteLength(file.text)} bytes)`);
    }
    return EXIT.OK;
  },

  async analytics(args, target) {
    const workspace = requiredOption(args, 'workspace');
    const top = Number(stringOption(args, 'top') ?? 5);
    const data = await target.graphql<{
      analytics: {
        brokers: { method: string; actors: Array<{ actor: { name: string }; betweenness: number }> };
        silos: { communityCount: number };
        funding: { dependentCount: number };
      };
    }>(
      `query($ws: ID!, $top: Int) { analytics(workspace: $ws) {
        brokers(top: $top) { method actors { actor { name } betweenness } }
        silos { communityCount } funding { dependentCount } } }`,
      { ws: workspace, top },
    );
    const { brokers, silos, funding } = data.analytics;
    console.log(`Brokers (${brokers.method.toLowerCase()} betweenness):`);
    for (const one of brokers.actors) console.log(`  ${one.betweenness.toFixed(3)}  ${one.actor.name}`);
    console.log(`Communities: ${silos.communityCount}`);
    console.log(`Recipients dependent on one funder: ${funding.dependentCount}`);
    return EXIT.OK;
  },
};

function count(outcome: FileImportReport['actors'], key: 'created' | 'updated' | 'unchanged' | 'refused'): number {
  const counted = (outcome as unknown as Record<string, number | undefined>)[`${key}Count`];
  return counted ?? outcome[key].length;
}

function printSummary(report: FileImportReport, seconds: number): void {
  const line = (name: string, outcome: FileImportReport['actors']) =>
    `  ${name}: ${count(outcome, 'created')} created, ${count(outcome, 'updated')} updated, ${count(outcome, 'unchanged')} unchanged, ${count(outcome, 'refused')} refused`;
  const verb = report.dryRun ? 'Dry run (nothing written)' : report.written ? 'Imported' : 'Nothing written';
  console.log(`${verb} in ${seconds.toFixed(1)} s`);
  if (report.written || report.problems.length === 0) {
    console.log(line('actors', report.actors));
    console.log(line('relations', report.relations));
  }
  if (report.result)
    console.log(`  sources added: ${report.result.sourcesCreated}; transactions: ${report.result.batches}`);
  if (report.addedThemes.length) console.log(`  themes added: ${report.addedThemes.join(', ')}`);
  for (const ignored of report.ignoredColumns)
    console.log(`  left out of ${ignored.file}: ${ignored.columns.join(', ')}`);
  if (report.problems.length === 0) return;
  console.log(`${report.problems.length} problem(s):`);
  for (const problem of report.problems.slice(0, 50)) {
    const where = [problem.file, problem.row !== null ? `row ${problem.row}` : problem.element, problem.column]
      .filter(Boolean)
      .join(', ');
    console.log(`  ${where}: ${problem.reason}${problem.suggestion ? ` (${problem.suggestion})` : ''}`);
  }
  if (report.problems.length > 50)
    console.log(`  … and ${report.problems.length - 50} more (--problems FILE writes them all)`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`✖ ${error.message}\n  npm run cli -- --help`);
      process.exitCode = EXIT.USAGE;
    } else {
      console.error(`✖ ${(error as Error).message}`);
      process.exitCode = EXIT.FAILED;
    }
  },
);
