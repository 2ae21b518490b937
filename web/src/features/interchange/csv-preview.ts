/** The header and rows of a CSV file as read in the browser, before it is sent: for mapping and problems. */
export interface CsvPreview {
  headers: string[];
  /** Each row's cells by the line it starts on (the row number the API's problems give). */
  rows: Map<number, string[]>;
}

const SEPARATORS = [',', ';', '\t', '|'] as const;

/** The separator of the header line: the candidate found most often there outside quotes. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n|\r/, 1)[0]!.replace(/"[^"]*"/g, '');
  let best: string = ',';
  for (const candidate of SEPARATORS) if (header.split(candidate).length > header.split(best).length) best = candidate;
  return best;
}

/**
 * Reads delimited text the way the API does (RFC 4180 quotes with doubled quotes and line breaks,
 * `,` `;` tab or `|` separators, CRLF, a byte order mark, blank rows left out, unquoted cells trimmed),
 * so that its headers are the columns the API will see and its row numbers are the API's.
 */
export function readCsvPreview(text: string): CsvPreview {
  const body = text.replace(/^\uFEFF/, '');
  const separator = separatorOf(body);
  const rows = new Map<number, string[]>();
  let headers: string[] | null = null;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let rowLine = 1;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (cells.some((value) => value !== '')) {
      if (headers === null) headers = cells;
      else rows.set(rowLine, cells);
    }
    cells = [];
  };
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        if (!(char === '\r' && body[i + 1] === '\n')) cell += char === '\r' ? '\n' : char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (char === separator) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { headers: headers ?? [], rows };
}
