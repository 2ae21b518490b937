import { parseArgs } from 'node:util';

/** Exit codes of `npm run cli`: documented in README.md (Import, export and the command line). */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, PROBLEMS: 3 } as const;

export class UsageError extends Error {}

export const HELP: Record<string, string> = {
  main: `usage: npm run cli -- <command> [options]

commands:
  import     import CSV, XLSX, JSON, GraphML or GEXF files into a workspace (every problem listed)
  export     write a workspace (or a view of it) as CSV, XLSX, JSON, GraphML or GEXF
  seed       load a map folder (graph-seed), e.g. the seed map
  generate   write a synthetic map folder (graph-seed)
  analytics  print a workspace's brokers, silos and funding dependence

Each command takes --help. By default the CLI talks to the database at NEO4J_URI (or the local one
that npm start runs); with --api URL and --token tmk_… (or TIERMAP_TOKEN) it talks to a running API.
Exit codes: 0 done, 1 failed, 2 wrong usage, 3 the files have problems.`,
  import: `usage: npm run cli -- import --workspace SLUG [options] FILE...

  --workspace, -w SLUG   workspace id or slug (required)
  --format FORMAT        csv | xlsx | json | graphml | gexf (default: from the first file's extension)
  --dry-run              say what would be created, updated, unchanged and refused; write nothing
  --valid-rows-only      write the rows without problems (by default any problem writes nothing)
  --add-themes           add the themes rows use that the workspace lacks
  --map KIND:COLUMN=FIELD  read a column as one of our fields (e.g. actor:Org code=externalId); repeatable
  --batch N              records per transaction (default 500)
  --problems FILE        write every problem to FILE as CSV
  --api URL --token TOKEN  import through a running API (TIERMAP_TOKEN may hold the token)

CSV: give the actors, relations and optional sources and themes files; what each holds is read
from its name (actors.csv, relations.csv…) or its headers.`,
  export: `usage: npm run cli -- export --workspace SLUG --format FORMAT [options]

  --workspace, -w SLUG   workspace id or slug (required)
  --format FORMAT        csv | xlsx | json | graphml | gexf (required)
  --out PATH             file to write (csv: a prefix, PATH-actors.csv, -relations.csv, -sources.csv,
                         -themes.csv); default: the workspace slug in the current folder
  --tiers, --kinds, --sectors, --countries, --themes LIST   export only the view of these actors (comma-separated;
                         countries scope it as the map does: the actors based there and those tied to them)
  --types, --modes, --engagements LIST   only the relations of these types, modes, engagement levels
  --as-of DATE           what was there on DATE (YYYY, YYYY-MM or YYYY-MM-DD), as the map's time bar
  --api URL --token TOKEN  export through a running API (what the token's role may read)`,
  analytics: `usage: npm run cli -- analytics --workspace SLUG [--top N] [--api URL --token TOKEN]

Prints the top brokers, the number of communities and the recipients dependent on one funder.`,
};

export interface CliArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses a command's options; unknown options are a usage error. */
export function parseCommand(args: string[]): CliArgs {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        workspace: { type: 'string', short: 'w' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'valid-rows-only': { type: 'boolean' },
        'add-themes': { type: 'boolean' },
        map: { type: 'string', multiple: true },
        batch: { type: 'string' },
        problems: { type: 'string' },
        api: { type: 'string' },
        token: { type: 'string' },
        out: { type: 'string' },
        tiers: { type: 'string' },
        kinds: { type: 'string' },
        countries: { type: 'string' },
        themes: { type: 'string' },
        sectors: { type: 'string' },
        types: { type: 'string' },
        modes: { type: 'string' },
        engagements: { type: 'string' },
        'as-of': { type: 'string' },
        top: { type: 'string' },
      },
    }) as CliArgs;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function stringOption(args: CliArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredOption(args: CliArgs, name: string): string {
  const value = stringOption(args, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

/** `actor:Org code=externalId` → { actor: { 'Org code': 'externalId' } }; `=` with nothing after leaves a column out. */
export function mappingOf(entries: readonly string[]): Record<string, Record<string, string | null>> {
  const mapping: Record<string, Record<string, string | null>> = {};
  for (const entry of entries) {
    const match = /^(actor|relation|source|theme):(.+)=(.*)$/.exec(entry);
    if (!match)
      throw new UsageError(`--map ${entry}: write KIND:COLUMN=FIELD, KIND being actor, relation, source or theme`);
    (mapping[match[1]!] ??= {})[match[2]!] = match[3] === '' ? null : match[3]!;
  }
  return mapping;
}
