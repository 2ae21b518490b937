import type { FieldProblem } from '../errors';
import type { SourceFields } from '../domain/source';
import type { ThemeDefinition } from '../domain/vocabulary';
import type { ImportActor, ImportPayload, ImportRelation } from '../services/import.service';
import { readCell, type CellReading } from './cell-values';
import { matchHeaders, type FieldSpec, type RecordKind } from './field-table';

/** Where a record came from: its file, and its row (CSV, XLSX) or element (JSON, GraphML, GEXF). */
export interface RowOrigin {
  readonly file: string;
  readonly row: number | null;
  readonly element: string | null;
  /** The header or attribute each field was read from (field → column). */
  readonly columns: Readonly<Record<string, string>>;
}

/** One problem with an imported file, said the way its author can find it. */
export interface ImportProblem {
  file: string;
  row: number | null;
  element: string | null;
  column: string | null;
  /** Our field name, when the problem is about one. */
  field: string | null;
  reason: string;
  /** The value that was most likely meant (an enum value, a country code, a date), if any. */
  suggestion: string | null;
}

/** Header (or attribute name) → our field name, or null to leave that column out; per kind of record. */
export type ColumnMapping = Partial<Record<RecordKind, Readonly<Record<string, string | null>>>>;

/** The length of each list of an ImportDocument at one moment (see `mark`). */
export interface DocumentMark {
  readonly actors: number;
  readonly relations: number;
  readonly themes: number;
  readonly sources: number;
  readonly problems: number;
  readonly ignored: number;
}

interface PendingSource {
  origin: RowOrigin;
  subjectKind: 'ACTOR' | 'RELATION' | null;
  subject: string | null;
  fields: SourceFields;
}

/**
 * Collects the records read from one import's files (any format) with where each came from, and
 * every problem found while reading. Readers add records as cells (text) or values (JSON); the
 * result is an ImportPayload plus what is needed to say a validation problem's file, row and column.
 */
export class ImportDocument {
  readonly themes: ThemeDefinition[] = [];
  readonly actors: ImportActor[] = [];
  readonly actorOrigins: RowOrigin[] = [];
  readonly relations: ImportRelation[] = [];
  readonly relationOrigins: RowOrigin[] = [];
  /** Rows refused while reading, by kind and index. */
  readonly refusedActors = new Set<number>();
  readonly refusedRelations = new Set<number>();
  readonly problems: ImportProblem[] = [];
  readonly ignoredColumns: Array<{ file: string; columns: string[] }> = [];
  /** Origins of sources (by "actors.3.sources.0" path prefix) that came from a sources file. */
  private readonly sourceOrigins = new Map<string, RowOrigin>();
  private readonly pendingSources: PendingSource[] = [];

  constructor(readonly mapping: ColumnMapping = {}) {}

  /** Records a problem of a whole file (it cannot be read) or of a row. */
  problem(
    origin: Pick<RowOrigin, 'file' | 'row' | 'element'>,
    column: string | null,
    field: string | null,
    reason: string,
    suggestion: string | null = null,
  ): void {
    this.problems.push({
      file: origin.file,
      row: origin.row,
      element: origin.element,
      column,
      field,
      reason,
      suggestion,
    });
  }

  /**
   * Adds the rows of a table (CSV, XLSX sheet) of one kind of record. Row numbers are the lines or
   * sheet rows a spreadsheet shows.
   */
  addTable(
    kind: RecordKind,
    file: string,
    headers: readonly string[],
    rows: ReadonlyArray<{ line: number; cells: readonly string[] }>,
  ): void {
    const addRow = this.beginTable(kind, file, headers);
    for (const { line, cells } of rows) addRow(line, cells);
  }

  /**
   * Starts a table read row by row (a CSV file parsed as it streams in): answers the function that
   * adds each row after the header, with its line.
   */
  beginTable(
    kind: RecordKind,
    file: string,
    headers: readonly string[],
  ): (line: number, cells: readonly string[]) => void {
    const { fields, ignored, unknownMappings } = matchHeaders(kind, headers, this.mapping[kind]);
    if (ignored.length > 0) this.ignoredColumns.push({ file, columns: ignored });
    for (const field of unknownMappings)
      this.problem(
        { file, row: null, element: null },
        null,
        field,
        `the mapping names "${field}", which is not a ${kind} field`,
      );
    // Every row of a table has the same columns: one object for all (large files hold many rows).
    const columns: Record<string, string> = {};
    fields.forEach((spec, index) => spec && (columns[spec.field] = headers[index]!));
    return (line, cells) => {
      const values: Array<[FieldSpec, CellReading]> = [];
      fields.forEach((spec, index) => spec && values.push([spec, readCell(spec, cells[index] ?? '')]));
      this.addRecord(kind, { file, row: line, element: null, columns }, values);
    };
  }

  /** How far the document has got: `rollBack` forgets what was added after it (a file found unreadable at its end). */
  mark(): DocumentMark {
    return {
      actors: this.actors.length,
      relations: this.relations.length,
      themes: this.themes.length,
      sources: this.pendingSources.length,
      problems: this.problems.length,
      ignored: this.ignoredColumns.length,
    };
  }

  rollBack(mark: DocumentMark): void {
    for (const index of this.refusedActors) if (index >= mark.actors) this.refusedActors.delete(index);
    for (const index of this.refusedRelations) if (index >= mark.relations) this.refusedRelations.delete(index);
    this.actors.length = this.actorOrigins.length = mark.actors;
    this.relations.length = this.relationOrigins.length = mark.relations;
    this.themes.length = mark.themes;
    this.pendingSources.length = mark.sources;
    this.problems.length = mark.problems;
    this.ignoredColumns.length = mark.ignored;
  }

  /**
   * Adds one record from values already read (see readCell / readJsonValue), each with its spec.
   * A value that could not be read is reported at the record's origin and the record is refused.
   */
  addRecord(kind: RecordKind, origin: RowOrigin, values: ReadonlyArray<readonly [FieldSpec, CellReading]>): void {
    const record: Record<string, unknown> = {};
    let refused = false;
    for (const [spec, reading] of values) {
      if ('problem' in reading) {
        this.problem(
          origin,
          origin.columns[spec.field] ?? spec.column,
          spec.field,
          reading.problem,
          reading.suggestion ?? null,
        );
        refused = true;
      } else if (reading.value !== undefined) record[spec.field] = reading.value;
    }
    if (kind === 'actor') {
      if (refused) this.refusedActors.add(this.actors.length);
      this.actors.push(record as unknown as ImportActor);
      this.actorOrigins.push(origin);
    } else if (kind === 'relation') {
      if (refused) this.refusedRelations.add(this.relations.length);
      this.relations.push(record as unknown as ImportRelation);
      this.relationOrigins.push(origin);
    } else if (kind === 'theme') {
      if (!refused) this.themes.push({ id: '', label: '', description: '', ...record } as ThemeDefinition);
    } else if (!refused) {
      const { subjectKind, subject, ...fields } = record;
      this.pendingSources.push({
        origin,
        subjectKind: (subjectKind as PendingSource['subjectKind']) ?? null,
        subject: (subject as string | undefined) ?? null,
        fields: fields as SourceFields,
      });
    }
  }

  /**
   * Attaches the rows of sources files to their actors and relations (by externalId) and answers
   * the payload to validate. Call once, after every file was read.
   */
  payload(): ImportPayload {
    const actorIndex = new Map(this.actors.map((actor, index) => [actor.externalId, index]));
    const relationIndex = new Map(this.relations.map((relation, index) => [relation.externalId, index]));
    for (const source of this.pendingSources) {
      const column = source.origin.columns.subject ?? 'subject';
      if (!source.subject) {
        this.problem(
          source.origin,
          column,
          'subject',
          'is required: the externalId of the actor or relation this source supports',
        );
        continue;
      }
      const asActor = source.subjectKind !== 'RELATION' ? actorIndex.get(source.subject) : undefined;
      const asRelation = source.subjectKind !== 'ACTOR' ? relationIndex.get(source.subject) : undefined;
      const target =
        asActor !== undefined
          ? { list: 'actors', record: this.actors[asActor]!, index: asActor }
          : asRelation !== undefined
            ? { list: 'relations', record: this.relations[asRelation]!, index: asRelation }
            : null;
      if (!target) {
        this.problem(
          source.origin,
          column,
          'subject',
          `no ${source.subjectKind === 'RELATION' ? 'relation' : source.subjectKind === 'ACTOR' ? 'actor' : 'actor or relation'} with externalId "${source.subject}" in this import`,
        );
        continue;
      }
      const list = (target.record.sources ??= []);
      this.sourceOrigins.set(`${target.list}.${target.index}.sources.${list.length}`, source.origin);
      list.push(source.fields);
    }
    this.pendingSources.length = 0;
    return { themes: this.themes, actors: this.actors, relations: this.relations };
  }

  /** A validation problem (path actors.3.country …) said with its file, row and column. */
  locate(problem: FieldProblem): ImportProblem {
    const [list, index, field, sub, sourceField] = problem.field;
    if (list === 'themes') {
      return {
        file: '',
        row: null,
        element: `themes[${String(index)}]`,
        column: String(field ?? ''),
        field: String(field ?? ''),
        reason: problem.reason,
        suggestion: null,
      };
    }
    const origins = list === 'actors' ? this.actorOrigins : this.relationOrigins;
    const origin = origins[Number(index)];
    const fieldName = typeof field === 'string' ? field : null;
    if (origin && fieldName === 'sources' && typeof sub === 'number') {
      const fromFile = this.sourceOrigins.get(`${String(list)}.${String(index)}.sources.${sub}`);
      if (fromFile) return this.at(fromFile, typeof sourceField === 'string' ? sourceField : null, problem.reason);
    }
    if (!origin)
      return {
        file: '',
        row: null,
        element: problem.field.join('.'),
        column: null,
        field: fieldName,
        reason: problem.reason,
        suggestion: null,
      };
    const reason =
      fieldName === 'themes' || fieldName === 'sources' || sub === undefined
        ? problem.reason
        : `${fieldName}.${String(sub)}: ${problem.reason}`;
    return this.at(origin, fieldName, reason);
  }

  private at(origin: RowOrigin, field: string | null, reason: string): ImportProblem {
    const column =
      field === null
        ? null
        : (origin.columns[field] ??
          (field === 'sourceId' ? origin.columns.source : field === 'targetId' ? origin.columns.target : field) ??
          field);
    return { file: origin.file, row: origin.row, element: origin.element, column, field, reason, suggestion: null };
  }
}
