import { Field, ID, InputType, Int } from 'type-graphql';
import { ImportFormatEnum, ImportRecordKindEnum } from './file-import.type';

@InputType({
  description: 'An uploaded file (POST /import/uploads) and, if its name does not tell, what its rows are.',
})
export class ImportFileInput {
  @Field(() => ID, { description: 'What POST /import/uploads answered.' })
  uploadId!: string;

  @Field(() => ImportRecordKindEnum, {
    nullable: true,
    description: 'CSV only; else guessed from the name (actors.csv…) or the headers.',
  })
  kind?: keyof typeof ImportRecordKindEnum | null;
}

@InputType({ description: 'Reads a column (or attribute) of a file as one of our fields, or leaves it out.' })
export class ColumnMappingInput {
  @Field(() => ImportRecordKindEnum, { description: 'The kind of records whose column this is.' })
  record!: keyof typeof ImportRecordKindEnum;

  @Field(() => String, { description: 'The column or attribute as the file names it.' })
  column!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Our field (e.g. externalId, kind); null leaves the column out.',
  })
  field?: string | null;
}

@InputType({ description: 'An import of uploaded files.' })
export class StartImportInput {
  @Field(() => [ImportFileInput], { description: '1–8 uploads of the caller.' })
  files!: ImportFileInput[];

  @Field(() => ImportFormatEnum, { description: 'The files’ format.' })
  format!: keyof typeof ImportFormatEnum;

  @Field(() => Boolean, { nullable: true, description: 'Answer what would be written; write nothing.' })
  dryRun?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Write the rows without problems (by default any problem writes nothing).',
  })
  validRowsOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Add the themes rows use that the workspace lacks.' })
  addUnknownThemes?: boolean | null;

  @Field(() => [ColumnMappingInput], {
    nullable: true,
    description: 'Columns to read as our fields (or to leave out), for files that do not use our names.',
  })
  mapping?: ColumnMappingInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Records per transaction, 1–5000 (default 500).' })
  batchSize?: number | null;
}
