import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { InputChecker } from '../../domain/validation';
import { FIELD_TABLE, fieldsOf, type RecordKind } from '../../interchange/field-table';
import type { ColumnMapping } from '../../interchange/import-document';
import type { OutcomeLists } from '../../services/file-import.service';
import { IMPORT_JOBS, type ImportJob } from '../../services/import-jobs.service';
import { StartImportInput } from './file-import.input';
import { ImportField, ImportJobType, type ImportOutcome } from './file-import.type';

const LISTED = 1000;
const LISTED_PROBLEMS = 5000;

@Resolver()
export class FileImportResolver {
  @Mutation(() => ImportJobType, {
    description:
      'Imports uploaded files (POST /import/uploads) into a workspace in the background: CSV, JSON, GraphML or GEXF. Every problem is reported with its file, row or element, column and reason; with any problem nothing is written unless validRowsOnly. Editors only. Poll importJob(id).',
  })
  async startImport(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('input', () => StartImportInput) input: StartImportInput,
  ): Promise<ImportJobType> {
    const check = new InputChecker();
    check.range(['input', 'batchSize'], input.batchSize, 1, 5000, { integer: true });
    const mapping: Record<string, Record<string, string | null>> = {};
    check.list(['input', 'mapping'], input.mapping, 200, (path, entry) => {
      const record = entry.record.toLowerCase() as RecordKind;
      if (entry.field && !fieldsOf(record).some((spec) => spec.field === entry.field))
        check.add([...path, 'field'], `is not a field of ${record}s: "${entry.field}"`);
      (mapping[record] ??= {})[entry.column] = entry.field ?? null;
    });
    check.throwIfAny();
    const job = await IMPORT_JOBS.start(
      db,
      viewer,
      workspace,
      input.files.map((file) => ({ uploadId: file.uploadId, kind: (file.kind?.toLowerCase() as RecordKind) ?? null })),
      {
        format: input.format,
        mapping: mapping as ColumnMapping,
        dryRun: input.dryRun ?? false,
        validRowsOnly: input.validRowsOnly ?? false,
        addUnknownThemes: input.addUnknownThemes ?? false,
        ...(input.batchSize ? { batchSize: input.batchSize } : {}),
      },
    );
    return jobView(job);
  }

  @Query(() => [ImportField], {
    description:
      'The fields files may fill, by kind of record (the one field table every format reads), for mapping the columns of a file that does not use our names and for templates.',
  })
  importFields(): ImportField[] {
    return FIELD_TABLE.filter((spec) => !spec.derived).map((spec) => ({
      record: spec.record.toUpperCase() as ImportField['record'],
      field: spec.field,
      column: spec.column,
      aliases: [...(spec.aliases ?? [])],
      values: spec.type.kind === 'enum' ? [...spec.type.values] : [],
    }));
  }

  @Query(() => ImportJobType, {
    description: 'An import job of the caller, with its progress and, once done, its report.',
  })
  importJob(@Ctx() { viewer }: ApiContext, @Arg('id', () => ID) id: string): ImportJobType {
    return jobView(IMPORT_JOBS.job(viewer, id));
  }
}

function outcome(lists: OutcomeLists): ImportOutcome {
  return {
    createdCount: lists.created.length,
    updatedCount: lists.updated.length,
    unchangedCount: lists.unchanged.length,
    refusedCount: lists.refused.length,
    created: lists.created.slice(0, LISTED),
    updated: lists.updated.slice(0, LISTED),
    unchanged: lists.unchanged.slice(0, LISTED),
    refused: lists.refused.slice(0, LISTED),
  };
}

function jobView(job: ImportJob): ImportJobType {
  const report = job.report;
  return {
    id: job.id,
    status: job.status,
    phase: job.phase,
    done: job.done,
    total: job.total,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.error,
    report: report && {
      dryRun: report.dryRun,
      written: report.written,
      actors: outcome(report.actors),
      relations: outcome(report.relations),
      problemCount: report.problems.length,
      problems: report.problems.slice(0, LISTED_PROBLEMS),
      ignoredColumns: report.ignoredColumns,
      addedThemes: report.addedThemes,
      result: report.result,
    },
  };
}
