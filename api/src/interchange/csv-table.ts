/** A table read from a delimited text file: its header and its rows, each with its line number. */
export interface CsvTable {
  readonly headers: string[];
  /** Rows after the header; blank rows are left out. `line` is the 1-based line the row starts on. */
  readonly rows: Array<{ line: number; cells: string[] }>;
  readonly separator: string;
  /** Set when the text is not a well-formed table (an unclosed quote), with the line it starts on. */
  readonly problem: { line: number; reason: string } | null;
}

const SEPARATORS = [',', ';', '\t', '|'] as const;

/**
 * The separator of a delimited file: the candidate that occurs most often, outside quotes, on the
 * header line (spreadsheets in much of Europe write `;`, "Unicode text" exports write tabs).
 */
export function detectSeparator(text: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) break;
      else if (!quoted && char === separator) count += 1;
    }
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Parses RFC 4180 text: quoted fields may hold separators, doubled quotes and line breaks; lines
 * end in LF or CRLF; rows whose cells are all empty (the blank rows spreadsheets leave at the end)
 * are dropped. Cells are trimmed of surrounding spaces unless quoted.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): CsvTable {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const reader = new CsvRowReader((row) => rows.push(row), separator);
  reader.push(text);
  const problem = reader.end();
  if (problem) return { headers: [], rows: [], separator, problem };
  const [header, ...body] = rows;
  return { headers: header?.cells ?? [], rows: body, separator, problem: null };
}

/**
 * parseCsv for text given in pieces (a file read as a stream): each row (the header first) is
 * handed to `onRow` as soon as it ends, so neither the whole text nor every row is held. A piece
 * may end anywhere, inside a quoted field or between the CR and LF of a line break. Without a
 * separator, it is detected on the header line (detectSeparator) once that line has arrived.
 */
export class CsvRowReader {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  private wasQuoted = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 0;
  /** Text not parsed yet: the start before the separator is known, or a last `"` or CR whose meaning the next piece decides. */
  private held = '';
  private separator: string | null;

  constructor(
    private readonly onRow: (row: { line: number; cells: string[] }) => void,
    separator?: string,
  ) {
    this.separator = separator ?? null;
  }

  push(piece: string): void {
    const text = this.held + piece;
    this.held = '';
    if (this.separator === null) {
      if (!endsHeaderLine(text)) {
        this.held = text;
        return;
      }
      this.separator = detectSeparator(text);
    }
    // A quote or CR at the very end may be the first half of `""` or CRLF: kept for the next piece.
    const last = text.charCodeAt(text.length - 1);
    this.held = text.slice(this.parse(text, last === 34 || last === 13 ? text.length - 1 : text.length));
  }

  /** Ends the text: the last row is handed on; answers the problem when a quoted field is never closed. */
  end(): { line: number; reason: string } | null {
    const text = this.held;
    this.held = '';
    this.separator ??= detectSeparator(text);
    this.parse(text, text.length);
    if (this.quoted) return { line: this.quoteLine, reason: 'a quoted field is never closed (a " is missing)' };
    if (this.cell !== '' || this.cells.length > 0) this.endRow();
    return null;
  }

  private endCell(): void {
    this.cells.push(this.wasQuoted ? this.cell : this.cell.trim());
    this.cell = '';
    this.wasQuoted = false;
  }

  private endRow(): void {
    this.endCell();
    if (this.cells.some((value) => value !== '')) this.onRow({ line: this.rowLine, cells: this.cells });
    this.cells = [];
  }

  /**
   * Parses text from its start up to `end` (a `""` or CRLF pair that starts before `end` is taken
   * whole); answers where the parse stopped.
   */
  private parse(text: string, end: number): number {
    const separator = this.separator!;
    const separatorCode = separator.charCodeAt(0);
    /** The separator, a line break or a quote. */
    const isSpecial = (code: number) => code === separatorCode || code === 10 || code === 13 || code === 34;
    let i = 0;
    for (; i < end; i += 1) {
      if (!this.quoted) {
        // A run of plain characters is taken as one slice (per character, large files read slowly).
        let stop = i;
        while (stop < end && !isSpecial(text.charCodeAt(stop))) stop += 1;
        if (stop > i) {
          this.cell += text.slice(i, stop);
          i = stop - 1;
          continue;
        }
      }
      const char = text[i]!;
      if (this.quoted) {
        if (char === '"') {
          if (text[i + 1] === '"') {
            this.cell += '"';
            i += 1;
          } else this.quoted = false;
        } else {
          if (char === '\n') this.line += 1;
          if (char === '\r' && text[i + 1] === '\n') continue;
          this.cell += char === '\r' ? '\n' : char;
        }
      } else if (char === '"' && this.cell.trim() === '') {
        this.quoted = true;
        this.wasQuoted = true;
        this.quoteLine = this.line;
        this.cell = '';
      } else if (char === separator) this.endCell();
      else if (char === '\n' || char === '\r') {
        if (char === '\r' && text[i + 1] === '\n') i += 1;
        this.endRow();
        this.line += 1;
        this.rowLine = this.line;
      } else this.cell += char;
    }
    return i;
  }
}

/** Whether the text holds the whole header line (a line break outside quotes). */
function endsHeaderLine(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return true;
  }
  return false;
}

/** One CSV line from cells: quoted when a cell holds the separator, a quote or a line break. */
export function csvLine(cells: readonly string[], separator = ','): string {
  return cells
    .map((value) =>
      value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim()
        ? `"${value.replace(/"/g, '""')}"`
        : value,
    )
    .join(separator);
}
