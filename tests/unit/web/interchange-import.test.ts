import { parseCsv } from '../../../api/src/interchange/csv-table';
import { FIELD_TABLE, matchHeaders } from '../../../api/src/interchange/field-table';
import {
  autoMap,
  duplicateTargets,
  mappingInput,
  tableChoices,
} from '../../../web/src/features/interchange/column-mapping';
import { readCsvPreview } from '../../../web/src/features/interchange/csv-preview';
import { chosenFormat, formatOf, guessKind } from '../../../web/src/features/interchange/import-files';
import {
  templateCsv,
  type ImportFieldSpec,
  type RecordKind,
} from '../../../web/src/features/interchange/import-fields';
import { problemGroups } from '../../../web/src/features/interchange/problem-rows';

/** The fields as the API's importFields answers them (the same mapping as its resolver). */
const FIELDS: ImportFieldSpec[] = FIELD_TABLE.filter((spec) => !spec.derived).map((spec) => ({
  record: spec.record.toUpperCase() as RecordKind,
  field: spec.field,
  column: spec.column,
  aliases: spec.aliases ?? [],
  values: spec.type.kind === 'enum' ? spec.type.values : [],
}));

describe('readCsvPreview', () => {
  const TRICKY = '\uFEFFExternal ID;Name;Notes\r\na1;"Ngo; one";"two\r\nlines"\r\n;;\r\n  a2 ;Two;"say ""hi"""\r\n\r\n';

  it('reads headers and rows the way the API does: separator, quotes, line breaks in quotes, blank rows', () => {
    const preview = readCsvPreview(TRICKY);
    expect(preview.headers).toEqual(['External ID', 'Name', 'Notes']);
    expect(preview.rows.get(2)).toEqual(['a1', 'Ngo; one', 'two\nlines']);
    // Row 4 is blank (dropped); a2 starts on line 5, after the quoted line break.
    expect(preview.rows.has(4)).toBe(false);
    expect(preview.rows.get(5)).toEqual(['a2', 'Two', 'say "hi"']);
  });

  it('reads tab-separated text and an empty file', () => {
    expect(readCsvPreview('a\tb\n1\t2\n').rows.get(2)).toEqual(['1', '2']);
    expect(readCsvPreview('')).toEqual({ headers: [], rows: new Map() });
    // A quote never closed: no columns to offer (the check reports the file).
    expect(readCsvPreview('a,b\n"1,2\n').headers).toEqual([]);
  });
});

describe('autoMap', () => {
  it('maps exact names, names in another case or spelling, and the aliases the API knows', () => {
    expect(autoMap(['externalId', 'NAME', 'actor type', 'Country Code', 'colour'], FIELDS, 'ACTOR')).toEqual([
      'ACTOR:externalId',
      'ACTOR:name',
      'ACTOR:kind',
      'ACTOR:country',
      null,
    ]);
  });

  it('gives a field to the first column naming it only', () => {
    expect(autoMap(['name', 'Label'], FIELDS, 'ACTOR')).toEqual(['ACTOR:name', null]);
  });

  it('agrees with the API on which headers name which field', () => {
    const headers = ['ID', 'from', 'To', 'relation type', 'Engagement Level', 'sum', 'whatever', 'notes'];
    const api = matchHeaders('relation', headers).fields.map((spec) => (spec ? `RELATION:${spec.field}` : null));
    expect(autoMap(headers, FIELDS, 'RELATION')).toEqual(api);
  });
});

describe('column choices and the mapping startImport takes', () => {
  it('pre-fills choices and sends each column for its kind, null for a column left out', () => {
    const choices = tableChoices('orgs.csv', 'ACTOR', ['Org ID', 'Label', ' '], FIELDS);
    expect(choices).toEqual([
      { file: 'orgs.csv', record: 'ACTOR', column: 'Org ID', target: null },
      { file: 'orgs.csv', record: 'ACTOR', column: 'Label', target: 'ACTOR:name' },
    ]);
    choices[0]!.target = 'ACTOR:externalId';
    expect(mappingInput(choices)).toEqual([
      { record: 'ACTOR', column: 'Org ID', field: 'externalId' },
      { record: 'ACTOR', column: 'Label', field: 'name' },
    ]);
  });

  it('maps a graph file column to the kind chosen, and leaves an unmapped one out for actors and relations', () => {
    const input = mappingInput([
      { file: 'g.graphml', record: null, column: 'weight', target: 'RELATION:strength' },
      { file: 'g.graphml', record: null, column: 'colour', target: null },
    ]);
    expect(input).toEqual([
      { record: 'RELATION', column: 'weight', field: 'strength' },
      { record: 'ACTOR', column: 'colour', field: null },
      { record: 'RELATION', column: 'colour', field: null },
    ]);
  });

  it('finds two columns of one file read as the same field', () => {
    const twice = duplicateTargets([
      { file: 'a.csv', record: 'ACTOR', column: 'x', target: 'ACTOR:name' },
      { file: 'a.csv', record: 'ACTOR', column: 'y', target: 'ACTOR:name' },
      { file: 'b.csv', record: 'ACTOR', column: 'z', target: 'ACTOR:name' },
    ]);
    expect([...twice]).toEqual(['a.csv\u0000ACTOR:name']);
  });
});

describe('problemGroups', () => {
  const preview = readCsvPreview('externalId,name,country\na1,One,Grece\na2,Two,\n');
  const problems = [
    { file: 'relations.csv', row: 2, column: 'target', reason: 'no actor "a9"', suggestion: null },
    { file: 'actors.csv', row: 3, column: 'country', reason: 'is required', suggestion: null },
    { file: 'actors.csv', row: 2, column: 'country', reason: 'is not a country: "Grece"', suggestion: 'GR' },
    { file: 'actors.csv', row: null, column: null, reason: 'has no header row' },
    { file: 'map.graphml', row: 14, element: 'node n7', column: 'tier', reason: 'unknown tier', suggestion: 'LOCAL' },
  ];

  it('groups problems by file in the order the files were chosen, rows in order, with the values found', () => {
    const groups = problemGroups(problems, new Map([['actors.csv', preview]]), ['actors.csv', 'relations.csv']);
    expect(groups.map((group) => group.file)).toEqual(['actors.csv', 'relations.csv', 'map.graphml']);
    expect(groups[0]!.rows.map((row) => [row.place, row.column, row.value, row.suggestion])).toEqual([
      ['Whole file', '', null, ''],
      ['Row 2', 'country', 'Grece', 'GR'],
      ['Row 3', 'country', '', ''],
    ]);
    // No preview of the relations file: the value is not known (null), not empty.
    expect(groups[1]!.rows[0]).toMatchObject({ place: 'Row 2', value: null, reason: 'no actor "a9"' });
    expect(groups[2]!.rows[0]).toMatchObject({ place: 'node n7', column: 'tier', suggestion: 'LOCAL' });
  });
});

describe('chosen files', () => {
  it('tells the format by extension and the kind of a CSV file by its name, then its headers', () => {
    expect(formatOf('Map.GraphML')).toBe('GRAPHML');
    expect(formatOf('notes.pdf')).toBeNull();
    expect(guessKind('my-map-relations.csv', [])).toBe('RELATION');
    expect(guessKind('export.csv', ['Source', 'target'])).toBe('RELATION');
    expect(guessKind('evidence.csv', [])).toBe('SOURCE');
    expect(guessKind('list.csv', ['name'])).toBe('ACTOR');
  });

  it('accepts CSV files together or one other file, and says why not otherwise', () => {
    expect(chosenFormat(['actors.csv', 'relations.csv'])).toEqual({ format: 'CSV' });
    expect(chosenFormat(['map.gexf'])).toEqual({ format: 'GEXF' });
    expect(chosenFormat([])).toEqual({ problem: 'Choose a file to import.' });
    expect(chosenFormat(['actors.csv', 'map.json'])).toEqual({
      problem: 'Choose CSV files together, or one file of another format, not a mix.',
    });
    expect(chosenFormat(['a.graphml', 'b.graphml'])).toEqual({
      problem: 'Choose one GraphML file (it holds actors and relations).',
    });
    expect(chosenFormat(['x.doc'])).toMatchObject({
      problem: expect.stringContaining('“x.doc” is not a file we read'),
    });
  });
});

describe('templateCsv', () => {
  it('writes our columns of a kind of record as a header line the API reads back as those fields', () => {
    const text = templateCsv(FIELDS, 'RELATION');
    const headers = parseCsv(text.replace(/^\uFEFF/, '')).headers;
    expect(headers.slice(0, 4)).toEqual(['externalId', 'type', 'source', 'target']);
    expect(matchHeaders('relation', headers).ignored).toEqual([]);
  });
});
