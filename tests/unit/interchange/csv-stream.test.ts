import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FILE_PIECE_BYTES, readCsvFiles } from '../../../api/src/interchange/csv-import';
import { CsvRowReader, parseCsv } from '../../../api/src/interchange/csv-table';
import { ImportDocument } from '../../../api/src/interchange/import-document';

/** Rows read by a CsvRowReader given the text in the pieces cut at `cuts`. */
function readInPieces(text: string, cuts: number[]) {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const reader = new CsvRowReader((row) => rows.push(row));
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    reader.push(text.slice(start, cut));
    start = cut;
  }
  return { rows, problem: reader.end() };
}

describe('CsvRowReader (CSV parsed as it streams in)', () => {
  const text =
    'id;text;n\r\n1;"a; ""b""\r\nc";2\r\n\r\n2;plain ;"x"\r3;"""";\n4;"ends in quote""";5\r\n;;\r\n5;"é\r\nè";6';

  it('reads the rows parseCsv reads wherever the pieces are cut (inside quotes, between CR and LF, after a quote)', () => {
    const whole = parseCsv(text);
    const expected = [{ line: 1, cells: whole.headers }, ...whole.rows];
    expect(whole.rows).toHaveLength(5);
    for (let cut = 0; cut <= text.length; cut += 1) {
      expect(readInPieces(text, [cut])).toEqual({ rows: expected, problem: null });
    }
    for (let first = 0; first < text.length; first += 3) {
      for (let second = first; second <= text.length; second += 5) {
        expect(readInPieces(text, [first, second]).rows).toEqual(expected);
      }
    }
    // One character a piece.
    expect(
      readInPieces(
        text,
        Array.from({ length: text.length }, (_, i) => i),
      ).rows,
    ).toEqual(expected);
  });

  it('says where an unclosed quote starts, whatever the pieces', () => {
    for (let cut = 0; cut <= 20; cut += 1) {
      expect(readInPieces('a,b\n1,2\n3,"open\n4,5\n', [cut]).problem).toEqual({
        line: 3,
        reason: 'a quoted field is never closed (a " is missing)',
      });
    }
  });
});

describe('readCsvFiles from files on disk, read as a stream', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'tiermap-csv-stream-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * An actors file larger than `breakAt` bytes where one row's quoted description has a line break
   * whose CR is byte `breakAt - 1` and LF byte `breakAt`: the last of one piece, the first of the next.
   */
  function bigActorsFile(breakAt: number) {
    const header = 'externalId,name,kind,tier,description\r\n';
    const lines: string[] = [];
    let bytes = Buffer.byteLength(header);
    let i = 0;
    let quoted = -1;
    while (bytes < breakAt + 200_000) {
      let row = `a${i},Actor ${i} é,NGO,LOCAL,plain text number ${i}\r\n`;
      if (quoted < 0 && bytes + 2 * Buffer.byteLength(row) > breakAt) {
        const start = `a${i},Actor ${i} é,NGO,LOCAL,"before the break `;
        row = `${start}${'x'.repeat(breakAt - 1 - bytes - Buffer.byteLength(start))}\r\nafter the break"\r\n`;
        quoted = i;
      }
      lines.push(row);
      bytes += Buffer.byteLength(row);
      i += 1;
    }
    const text = header + lines.join('');
    const file = path.join(dir, `actors-${breakAt}.csv`);
    writeFileSync(file, text);
    return { file, count: i, quoted, breakByte: Buffer.byteLength(text.slice(0, text.indexOf('\r\nafter the break'))) };
  }

  it('reads a file larger than one piece, with a quoted line break across the boundary between two pieces', async () => {
    const { file, count, quoted, breakByte } = bigActorsFile(FILE_PIECE_BYTES);
    // The line break (CR LF) inside the quotes is cut by the boundary of the first two pieces.
    expect(breakByte).toBe(FILE_PIECE_BYTES - 1);
    const document = new ImportDocument();
    expect(await readCsvFiles(document, [{ name: 'actors.csv', path: file }])).toEqual(['utf-8']);
    expect(document.problems).toEqual([]);
    const { actors } = document.payload();
    expect(actors).toHaveLength(count);
    expect(actors[quoted]!.description).toMatch(/^before the break x*\nafter the break$/);
    expect(actors[quoted + 1]).toMatchObject({ externalId: `a${quoted + 1}`, name: `Actor ${quoted + 1} é` });
    // Rows after the quoted break keep their line numbers (the quoted row takes two lines).
    expect(document.actorOrigins[quoted + 1]!.row).toBe(quoted + 4);
    expect(actors.at(-1)).toMatchObject({ externalId: `a${count - 1}`, description: `plain text number ${count - 1}` });
  });

  it('reads the same records in pieces of any size, a character split between two pieces included', async () => {
    const text =
      'externalId;name;kind;tier;description\r\nb1;Société "A";NGO;LOCAL;"un; deux\r\ntrois"\r\nb2;Ελληνική;NGO;LOCAL;€ ok\r\n';
    const file = path.join(dir, 'semicolons-actors.csv');
    writeFileSync(file, text);
    const read = async (size: number) => {
      const document = new ImportDocument();
      await readCsvFiles(document, [{ name: 'actors.csv', path: file }], size);
      return { actors: document.payload().actors, rows: document.actorOrigins.map((o) => o.row) };
    };
    const whole = await read(FILE_PIECE_BYTES);
    expect(whole.actors).toEqual([
      expect.objectContaining({ externalId: 'b1', name: 'Société "A"', description: 'un; deux\ntrois' }),
      expect.objectContaining({ externalId: 'b2', name: 'Ελληνική', description: '€ ok' }),
    ]);
    expect(whole.rows).toEqual([2, 4]);
    for (const size of [1, 2, 3, 5, 16]) expect(await read(size)).toEqual(whole);
  });

  it('finds Windows-1252 and UTF-8 with a byte-order mark when read in pieces', async () => {
    const cp1252 = path.join(dir, 'cp1252-actors.csv');
    // "Caf\xe9 \x80" is "Café €" in Windows-1252 (and not UTF-8), after 40 bytes of ASCII.
    writeFileSync(
      cp1252,
      Buffer.concat([
        Buffer.from('externalId,name,kind,tier\r\nc1,Caf'),
        Buffer.from([0xe9, 0x20, 0x80]),
        Buffer.from(',NGO,LOCAL\r\n'),
      ]),
    );
    const bom = path.join(dir, 'bom-actors.csv');
    writeFileSync(
      bom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('externalId,name,kind,tier\nd1,Été,NGO,LOCAL\n')]),
    );
    for (const size of [2, 7, FILE_PIECE_BYTES]) {
      const document = new ImportDocument();
      const encodings = await readCsvFiles(
        document,
        [
          { name: 'actors.csv', path: cp1252 },
          { name: 'more-actors.csv', path: bom },
        ],
        size,
      );
      expect(encodings).toEqual(['windows-1252', 'utf-8-bom']);
      expect(document.payload().actors.map((a) => [a.externalId, a.name])).toEqual([
        ['c1', 'Café €'],
        ['d1', 'Été'],
      ]);
    }
  });

  it('refuses a file whose quote is never closed as a whole, keeping the rows of the other files', async () => {
    const open = path.join(dir, 'open-relations.csv');
    writeFileSync(open, 'externalId,type,source,target\nr1,PARTNERS_WITH,a1,a2\nr2,PARTNERS_WITH,"a2,a3\nr3,x,y,z\n');
    const actors = path.join(dir, 'fine-actors.csv');
    writeFileSync(actors, 'externalId,name,kind,tier,extra\na1,One,NGO,LOCAL,?\n');
    const document = new ImportDocument();
    await readCsvFiles(
      document,
      [
        { name: 'relations.csv', path: open },
        { name: 'actors.csv', path: actors },
      ],
      8,
    );
    expect(document.payload().relations).toEqual([]);
    expect(document.relationOrigins).toEqual([]);
    expect(document.payload().actors.map((a) => a.externalId)).toEqual(['a1']);
    expect(document.ignoredColumns).toEqual([{ file: 'actors.csv', columns: ['extra'] }]);
    expect(document.problems).toEqual([
      expect.objectContaining({
        file: 'relations.csv',
        row: 3,
        column: null,
        reason: expect.stringMatching(/never closed/),
      }),
    ]);
  });
});
