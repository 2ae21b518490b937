import { Workbook, type CellValue } from 'exceljs';
import { tableKind } from './csv-import';
import { columnsOf, cellText as exportCellText, type ExportGraph, type ExportRow } from './export-graph';
import type { RecordKind } from './field-table';
import type { ImportDocument } from './import-document';

/** A cell as the text readCell reads: dates as YYYY-MM-DD (Excel's dates are days), formulas by their result. */
export function xlsxCellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return xlsxCellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

const ORDER: RecordKind[] = ['theme', 'actor', 'relation', 'source'];

/**
 * Reads an XLSX workbook whose sheets are the CSV files (actors, relations, and optional sources and
 * themes; what each holds from its name or headers). Problems name the file and sheet
 * (`map.xlsx#actors`) and the row as Excel numbers it.
 */
export async function readXlsx(document: ImportDocument, file: string, bytes: Uint8Array): Promise<void> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    document.problem({ file, row: null, element: null }, null, null, 'is not an XLSX workbook');
    return;
  }
  const sheets = workbook.worksheets.map((sheet) => {
    const headers: string[] = [];
    const rows: Array<{ line: number; cells: string[] }> = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = xlsxCellText(cell.value)));
      const filled = Array.from(cells, (cell) => cell ?? '');
      if (number === 1) headers.push(...filled);
      else if (filled.some((cell) => cell.trim() !== '')) rows.push({ line: number, cells: filled });
    });
    return { name: `${file}#${sheet.name}`, kind: tableKind(sheet.name, headers), headers, rows };
  });
  sheets.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  for (const sheet of sheets) {
    if (sheet.headers.every((header) => header.trim() === '')) continue;
    document.addTable(sheet.kind, sheet.name, sheet.headers, sheet.rows);
  }
}

/** An XLSX workbook with one sheet per CSV file (themes, actors, relations, sources), numbers as numbers. */
export async function writeXlsx(graph: ExportGraph): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Tiermap';
  const sheets: Array<[string, RecordKind, readonly ExportRow[]]> = [
    ['actors', 'actor', graph.actors],
    ['relations', 'relation', graph.relations],
    ['sources', 'source', graph.sources],
    ['themes', 'theme', graph.themes as unknown as ExportRow[]],
  ];
  for (const [name, kind, rows] of sheets) {
    const specs = columnsOf(kind, false);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(specs.map((spec) => spec.column));
    for (const row of rows) {
      sheet.addRow(
        specs.map((spec) => {
          const value = row[spec.field];
          if (typeof value === 'number') return value;
          const text = exportCellText(spec, value);
          return text === '' ? null : text;
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
