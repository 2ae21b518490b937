import { readCell, readNumber } from '../../../api/src/interchange/cell-values';
import { closestValue, likelyCountry } from '../../../api/src/interchange/closest-value';
import { csvLine, detectSeparator, parseCsv } from '../../../api/src/interchange/csv-table';
import { FIELD_TABLE, matchHeaders } from '../../../api/src/interchange/field-table';
import { decodeText } from '../../../api/src/interchange/text-decoding';

const spec = (record: string, field: string) => FIELD_TABLE.find((s) => s.record === record && s.field === field)!;

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark, and reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({
      text: 'aé',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({
      text: 'café €',
      encoding: 'windows-1252',
    });
    expect(decodeText(Buffer.from('Οίκος')).encoding).toBe('utf-8');
    expect(decodeText(Buffer.from('\ufeffhi', 'utf16le'))).toEqual({ text: 'hi', encoding: 'utf-16le' });
  });
});

describe('parseCsv', () => {
  it('detects the separator on the header line, outside quotes', () => {
    expect(detectSeparator('a;b;c\n1,2;3')).toBe(';');
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('a\tb\n')).toBe('\t');
  });

  it('reads quoted separators, doubled quotes, line breaks inside quotes and CRLF, with the line each row starts on', () => {
    const table = parseCsv('id,text\r\n1,"a, ""b""\r\nc"\r\n2,plain \r\n\r\n,\r\n');
    expect(table.headers).toEqual(['id', 'text']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'a, "b"\nc'] },
      { line: 4, cells: ['2', 'plain'] },
    ]);
  });

  it('keeps a quote inside a cell as text, quotes after spaces as quoting, and trims unquoted cells', () => {
    const table = parseCsv('a;b;c;d\n x y ;say "hi";  "q;1" ;tail\nlast;;;\n', ';');
    expect(table.rows).toEqual([
      { line: 2, cells: ['x y', 'say "hi"', 'q;1 ', 'tail'] },
      { line: 3, cells: ['last', '', '', ''] },
    ]);
  });

  it('says where an unclosed quote starts', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5\n').problem).toEqual({
      line: 3,
      reason: 'a quoted field is never closed (a " is missing)',
    });
  });

  it('writes what it reads back', () => {
    const cells = ['plain', 'with, comma', 'with "quote"', 'two\nlines', ' padded '];
    expect(parseCsv(`${csvLine(['a', 'b', 'c', 'd', 'e'])}\n${csvLine(cells)}\n`).rows[0]!.cells).toEqual(cells);
  });
});

describe('readCell', () => {
  it('reads enum values in any case, with spaces or hyphens, and suggests the closest otherwise', () => {
    expect(readCell(spec('actor', 'kind'), 'Faith-based organisation')).toEqual({ value: 'FAITH_BASED_ORGANISATION' });
    expect(readCell(spec('actor', 'kind'), 'ngo')).toEqual({ value: 'NGO' });
    expect(readCell(spec('relation', 'type'), 'partner with')).toMatchObject({ suggestion: 'PARTNERS_WITH' });
    expect(readCell(spec('actor', 'tier'), 'zzzz')).toEqual({ problem: 'is not a tier we know: "zzzz"' });
  });

  it('reads Excel serial days, date-times and year/month as dates, never a bare year as a serial day', () => {
    const founded = spec('actor', 'founded');
    expect(readCell(founded, '43466')).toEqual({ value: '2019-01-01' });
    expect(readCell(founded, '2019-01-01T00:00:00Z')).toEqual({ value: '2019-01-01' });
    expect(readCell(founded, '2019/05')).toEqual({ value: '2019-05' });
    expect(readCell(founded, '1950')).toEqual({ value: '1950' });
    expect(readCell(founded, '31.12.2019')).toMatchObject({ suggestion: '2019-12-31' });
    expect(readCell(spec('source', 'accessed'), '2019')).toMatchObject({
      problem: 'must be a date as YYYY-MM-DD (got "2019")',
    });
  });

  it('reads numbers as spreadsheets write them', () => {
    expect([
      readNumber('250,000.50'),
      readNumber('250.000,50'),
      readNumber('0,8'),
      readNumber('1 500'),
      readNumber('1e3'),
    ]).toEqual([250000.5, 250000.5, 0.8, 1500, 1000]);
    expect(readNumber('12abc')).toBeNull();
  });

  it('reads lists, booleans and sources', () => {
    expect(readCell(spec('actor', 'aliases'), 'A | B|C')).toEqual({ value: ['A', 'B', 'C'] });
    expect(readCell(spec('actor', 'originCountries'), 'sn; ml')).toEqual({ value: ['SN', 'ML'] });
    expect(readCell(spec('actor', 'themes'), 'Labour migration')).toEqual({ value: ['labour-migration'] });
    expect(readCell(spec('relation', 'formal'), 'Yes')).toEqual({ value: true });
    expect(readCell(spec('actor', 'sources'), '[{"document":"d.txt","quote":"q","id":"x"}]')).toEqual({
      value: [{ document: 'd.txt', quote: 'q' }],
    });
    expect(readCell(spec('actor', 'sector'), 'GOVERNMENT')).toEqual({ value: undefined });
  });
});

describe('closestValue and likelyCountry', () => {
  it('prefers a prefix, then the nearest by edit distance, and gives up when nothing is close', () => {
    expect(closestValue('UN', ['UN_AGENCY', 'NGO'])).toBe('UN_AGENCY');
    expect(closestValue('Minsitry', ['MINISTRY', 'MUNICIPALITY'])).toBe('MINISTRY');
    expect(closestValue('qqqqqq', ['MINISTRY', 'NGO'])).toBeNull();
  });

  it('finds a country code from a name, another name, a misspelling or an alpha-3 code', () => {
    expect(['Senegal', 'UK', 'Grece', 'ITA', 'DRC'].map(likelyCountry)).toEqual(['SN', 'GB', 'GR', 'IT', 'CD']);
    expect(likelyCountry('Atlantis')).toBeNull();
  });
});

describe('capacity profile cells', () => {
  it('reads populations and services in any case and spelling, and languages in any case', () => {
    expect(readCell(spec('actor', 'populationsServed'), 'Refugees | unaccompanied children')).toEqual({
      value: ['REFUGEES', 'UNACCOMPANIED_CHILDREN'],
    });
    expect(readCell(spec('actor', 'services'), 'legal-aid; HOUSING')).toEqual({ value: ['LEGAL_AID', 'HOUSING'] });
    expect(readCell(spec('actor', 'languages'), 'WO|fr')).toEqual({ value: ['wo', 'fr'] });
  });

  it('names the closest value of an unknown population or service, and the code of a language name', () => {
    expect(readCell(spec('actor', 'services'), 'legal aide')).toMatchObject({ suggestion: 'LEGAL_AID' });
    expect(readCell(spec('actor', 'languages'), 'fr|Greek')).toMatchObject({ suggestion: 'el' });
    expect(readCell(spec('actor', 'languages'), 'Wollof')).toMatchObject({ suggestion: 'wo' });
    expect(readCell(spec('actor', 'languages'), 'qqqq')).toEqual({
      problem: 'must be an ISO 639-1 language code such as wo or el (got "qqqq")',
    });
  });
});

describe('matchHeaders', () => {
  it('matches headers in any case and spelling, by alias, and by an explicit mapping, listing the rest', () => {
    const { fields, ignored } = matchHeaders(
      'relation',
      ['FROM', 'To', 'Relation Type', 'External_ID', 'weight', 'Kosten'],
      {
        Kosten: 'amount',
      },
    );
    expect(fields.map((f) => f?.field ?? null)).toEqual(['source', 'target', 'type', 'externalId', null, 'amount']);
    expect(ignored).toEqual(['weight']);
  });
});
