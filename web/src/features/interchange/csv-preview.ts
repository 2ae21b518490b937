// The API's own parser (pure, no imports): the browser reads a file exactly as the import will.
import { parseCsv } from '../../../../api/src/interchange/csv-table';

/** The header and rows of a CSV file as read in the browser, before it is sent: for mapping and problems. */
export interface CsvPreview {
  headers: string[];
  /** Each row's cells by the line it starts on (the row number the API's problems give). */
  rows: Map<number, string[]>;
}

/**
 * Reads delimited text as the API's import does (separator detected, RFC 4180 quotes with line breaks,
 * CRLF, blank rows left out; a byte order mark dropped, as the API's decoding does), so that its headers
 * are the columns the API will see and its row numbers are the API's. A file whose quotes never close
 * has no preview (the check reports it).
 */
export function readCsvPreview(text: string): CsvPreview {
  const table = parseCsv(text.replace(/^\uFEFF/, ''));
  return { headers: table.headers, rows: new Map(table.rows.map((row) => [row.line, row.cells])) };
}
