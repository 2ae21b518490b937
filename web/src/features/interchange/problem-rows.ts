import type { CsvPreview } from './csv-preview';

/** One problem as the API reports it (ImportProblem). */
export interface ImportProblemInput {
  file: string;
  row?: number | null;
  element?: string | null;
  column?: string | null;
  reason: string;
  suggestion?: string | null;
}

/** A line of the problem table. */
export interface ProblemRow {
  key: string;
  file: string;
  /** "Row 3", "node n7", or "Whole file". */
  place: string;
  row: number | null;
  column: string;
  /** The cell as the file has it (CSV files read here), else null: not known. */
  value: string | null;
  reason: string;
  suggestion: string;
}

/** The problems of one file, in the order of its rows. */
export interface ProblemGroup {
  file: string;
  rows: ProblemRow[];
}

/** The cell of a CSV file at a row (the line it starts on) and column (its header), if it is there. */
function cellOf(preview: CsvPreview | undefined, row: number | null, column: string): string | null {
  if (!preview || row === null || column === '') return null;
  const index = preview.headers.indexOf(column);
  const cells = preview.rows.get(row);
  return index < 0 || !cells ? null : (cells[index] ?? '');
}

/**
 * The problem table: one line per problem with its file, where in it (row or element), column, the
 * value found there (for the CSV files the browser has read), the reason and the suggestion; grouped by
 * file in the order the files were chosen (others after), each group in row order, problems about the
 * whole file first.
 */
export function problemGroups(
  problems: readonly ImportProblemInput[],
  previews: ReadonlyMap<string, CsvPreview>,
  fileOrder: readonly string[] = [],
): ProblemGroup[] {
  const groups = new Map<string, ProblemRow[]>();
  problems.forEach((problem, index) => {
    const row = problem.row ?? null;
    const column = problem.column ?? '';
    const place = problem.element ? problem.element : row !== null ? `Row ${row}` : 'Whole file';
    const line: ProblemRow = {
      key: `${index}`,
      file: problem.file,
      place,
      row,
      column,
      value: cellOf(previews.get(problem.file), row, column),
      reason: problem.reason,
      suggestion: problem.suggestion ?? '',
    };
    groups.set(problem.file, [...(groups.get(problem.file) ?? []), line]);
  });
  const rank = (file: string) => (fileOrder.includes(file) ? fileOrder.indexOf(file) : fileOrder.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([file, rows]) => ({
      file,
      // Stable: problems of one row keep the API's order.
      rows: rows.slice().sort((a, b) => (a.row ?? -1) - (b.row ?? -1)),
    }));
}
