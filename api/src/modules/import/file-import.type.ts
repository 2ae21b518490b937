import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportResult } from './import.type';

export const ImportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX', JSON: 'JSON', GRAPHML: 'GRAPHML', GEXF: 'GEXF' } as const;
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'File formats an import reads (XLSX: one sheet per CSV file).',
});

export const ImportRecordKindEnum = { ACTOR: 'ACTOR', RELATION: 'RELATION', SOURCE: 'SOURCE', THEME: 'THEME' } as const;
registerEnumType(ImportRecordKindEnum, { name: 'ImportRecordKind', description: 'What the rows of a file are.' });

export const ImportJobStatusEnum = { RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED' } as const;
registerEnumType(ImportJobStatusEnum, { name: 'ImportJobStatus', description: 'Where an import job stands.' });

export const ImportPhaseEnum = {
  READING: 'READING',
  VALIDATING: 'VALIDATING',
  WRITING: 'WRITING',
  FINISHED: 'FINISHED',
} as const;
registerEnumType(ImportPhaseEnum, { name: 'ImportPhase', description: 'What an import job is doing.' });

@ObjectType({ simpleResolvers: true, description: 'One problem with an imported file, where its author can find it.' })
export class ImportProblem {
  @Field(() => String, { description: 'The file (upload name).' })
  file!: string;

  @Field(() => Int, { nullable: true, description: 'Row or line (CSV: the line a spreadsheet shows; XML: the line).' })
  row!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The element, for JSON (actors[3]) and GraphML/GEXF (node x, edge y).',
  })
  element!: string | null;

  @Field(() => String, { nullable: true, description: 'The column or attribute as the file names it.' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'Our field name.' })
  field!: string | null;

  @Field(() => String, { description: 'What is wrong.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What was most likely meant (a valid value, or "add theme x").' })
  suggestion!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'What an import does (or a dry run would do) with the rows of one kind.',
})
export class ImportOutcome {
  @Field(() => Int, { description: 'Rows that create a record.' })
  createdCount!: number;

  @Field(() => Int, { description: 'Rows that change a record already there (same externalId).' })
  updatedCount!: number;

  @Field(() => Int, { description: 'Rows equal to the record already there.' })
  unchangedCount!: number;

  @Field(() => Int, { description: 'Rows with a problem (not written).' })
  refusedCount!: number;

  @Field(() => [String], { description: 'externalIds created (the first 1000).' })
  created!: string[];

  @Field(() => [String], { description: 'externalIds updated (the first 1000).' })
  updated!: string[];

  @Field(() => [String], { description: 'externalIds unchanged (the first 1000).' })
  unchanged!: string[];

  @Field(() => [String], { description: 'externalIds (or #row) refused (the first 1000).' })
  refused!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Columns or attributes that named no field and were left out.' })
export class IgnoredColumns {
  @Field(() => String, { description: 'The file (upload name).' })
  file!: string;

  @Field(() => [String], { description: 'Its columns or attributes that were left out.' })
  columns!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What a file import found and did.' })
export class FileImportReport {
  @Field(() => Boolean, { description: 'True when nothing was to be written.' })
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'True when rows were written.' })
  written!: boolean;

  @Field(() => ImportOutcome, { description: 'What happens to the actor rows.' })
  actors!: ImportOutcome;

  @Field(() => ImportOutcome, { description: 'What happens to the relation rows.' })
  relations!: ImportOutcome;

  @Field(() => Int, { description: 'How many problems there are in all.' })
  problemCount!: number;

  @Field(() => [ImportProblem], { description: 'The problems (the first 5000), in file order.' })
  problems!: ImportProblem[];

  @Field(() => [IgnoredColumns], { description: 'Columns or attributes that named no field, by file.' })
  ignoredColumns!: IgnoredColumns[];

  @Field(() => [String], { description: 'Themes added because rows used them (addUnknownThemes).' })
  addedThemes!: string[];

  @Field(() => ImportResult, { nullable: true, description: 'What was written (null when nothing was).' })
  result!: ImportResult | null;
}

@ObjectType({ simpleResolvers: true, description: 'Why an import job failed.' })
export class ImportJobError {
  @Field(() => String, { description: 'The error code (e.g. CONFLICT, INTERNAL_SERVER_ERROR).' })
  code!: string;

  @Field(() => String, { description: 'What went wrong.' })
  message!: string;
}

@ObjectType('ImportJob', {
  simpleResolvers: true,
  description: 'An import running in the background; poll it with importJob(id).',
})
export class ImportJobType {
  @Field(() => ID, { description: 'The job id, for importJob(id).' })
  id!: string;

  @Field(() => ImportJobStatusEnum, { description: 'RUNNING, then DONE or FAILED.' })
  status!: keyof typeof ImportJobStatusEnum;

  @Field(() => ImportPhaseEnum, { description: 'What the job is doing now.' })
  phase!: keyof typeof ImportPhaseEnum;

  @Field(() => Int, { description: 'Rows read, then records written, in the current phase.' })
  done!: number;

  @Field(() => Int, { description: 'Out of how many.' })
  total!: number;

  @Field(() => String, { description: 'When the job started (ISO date-time).' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'When it finished (null while RUNNING).' })
  finishedAt!: string | null;

  @Field(() => FileImportReport, { nullable: true, description: 'Set once the job is DONE.' })
  report!: FileImportReport | null;

  @Field(() => ImportJobError, { nullable: true, description: 'Set when the job FAILED.' })
  error!: ImportJobError | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A field an imported file may fill, with the names a column or attribute may give it.',
})
export class ImportField {
  @Field(() => ImportRecordKindEnum, { description: 'The kind of records it belongs to.' })
  record!: keyof typeof ImportRecordKindEnum;

  @Field(() => String, { description: 'Our field name (what a mapping names).' })
  field!: string;

  @Field(() => String, { description: 'The CSV header and GraphML/GEXF attribute an export writes for it.' })
  column!: string;

  @Field(() => [String], { description: 'Other names read as this field (compared without case, spaces, _ or -).' })
  aliases!: string[];

  @Field(() => [String], { description: 'The values it takes, for a closed vocabulary (else empty).' })
  values!: string[];
}
