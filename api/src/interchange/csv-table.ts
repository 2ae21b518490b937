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
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (cells.some((value) => value !== '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  const separatorCode = separator.charCodeAt(0);
  /** The separator, a line break or a quote. */
  const isSpecial = (code: number) => code === separatorCode || code === 10 || code === 13 || code === 34;
  for (let i = 0; i < text.length; i += 1) {
    if (!quoted) {
      // A run of plain characters is taken as one slice (per character, large files read slowly).
      let end = i;
      while (end < text.length && !isSpecial(text.charCodeAt(end))) end += 1;
      if (end > i) {
        cell += text.slice(i, end);
        i = end - 1;
        continue;
      }
    }
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        if (char === '\r' && text[i + 1] === '\n') continue;
        cell += char === '\r' ? '\n' : char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === separator) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) {
    return {
      headers: [],
      rows: [],
      separator,
      problem: { line: quoteLine, reason: 'a quoted field is never closed (a " is missing)' },
    };
  }
  if (cell !== '' || cells.length > 0) endRow();
  const [header, ...body] = rows;
  return { headers: header?.cells ?? [], rows: body, separator, problem: null };
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
