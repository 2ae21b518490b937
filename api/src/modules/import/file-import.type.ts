import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportResult } from './import.type';

export const ImportFormatEnum = { CSV: 'CSV', JSON: 'JSON', GRAPHML: 'GRAPHML', GEXF: 'GEXF' } as const;
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'File formats an import reads (XLSX is not read yet).',
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
  @Field(() => Int)
  createdCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => Int)
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
  @Field(() => String)
  file!: string;

  @Field(() => [String])
  columns!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What a file import found and did.' })
export class FileImportReport {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'True when rows were written.' })
  written!: boolean;

  @Field(() => ImportOutcome)
  actors!: ImportOutcome;

  @Field(() => ImportOutcome)
  relations!: ImportOutcome;

  @Field(() => Int, { description: 'How many problems there are in all.' })
  problemCount!: number;

  @Field(() => [ImportProblem], { description: 'The problems (the first 5000), in file order.' })
  problems!: ImportProblem[];

  @Field(() => [IgnoredColumns])
  ignoredColumns!: IgnoredColumns[];

  @Field(() => [String], { description: 'Themes added because rows used them (addUnknownThemes).' })
  addedThemes!: string[];

  @Field(() => ImportResult, { nullable: true, description: 'What was written (null when nothing was).' })
  result!: ImportResult | null;
}

@ObjectType({ simpleResolvers: true, description: 'Why an import job failed.' })
export class ImportJobError {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An import running in the background; poll it with importJob(id).' })
export class ImportJobType {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportJobStatusEnum)
  status!: keyof typeof ImportJobStatusEnum;

  @Field(() => ImportPhaseEnum)
  phase!: keyof typeof ImportPhaseEnum;

  @Field(() => Int, { description: 'Rows read, then records written, in the current phase.' })
  done!: number;

  @Field(() => Int, { description: 'Out of how many.' })
  total!: number;

  @Field(() => String)
  startedAt!: string;

  @Field(() => String, { nullable: true })
  finishedAt!: string | null;

  @Field(() => FileImportReport, { nullable: true, description: 'Set once the job is DONE.' })
  report!: FileImportReport | null;

  @Field(() => ImportJobError, { nullable: true, description: 'Set when the job FAILED.' })
  error!: ImportJobError | null;
}
