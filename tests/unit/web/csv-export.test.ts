import { actorsCsv, relationsCsv, toCsv } from '../../../web/src/features/sharing/csv-export';
import { relationRows } from '../../../web/src/lib/table-rows';
import { actor, tie } from './map-fixture';

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', 'plain'],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",plain\r\n');
  });

  it('writes null as an empty field and numbers as they are, negative ones too', () => {
    expect(toCsv(['n', 'm', 'k'], [[null, 0.85, -3]])).toBe('n,m,k\r\n,0.85,-3\r\n');
  });

  it('keeps text that a spreadsheet would run as a formula from becoming one', () => {
    const csv = toCsv(['name'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['a=b']]);
    expect(csv.split('\r\n').slice(1, 6)).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+1", "'-2", "'@SUM(A1)", 'a=b']);
  });
});

describe('actorsCsv and relationsCsv', () => {
  it('writes one line per actor with its vocabulary values and theme ids', () => {
    const lines = actorsCsv([{ ...actor('a', 'LOCAL', 'CIVIL_SOCIETY'), name: 'Aid, Athens' }]).split('\r\n');
    expect(lines[0]).toBe('id,name,kind,tier,sector,country,themes');
    expect(lines[1]).toBe('a,"Aid, Athens",NGO,LOCAL,CIVIL_SOCIETY,GR,reception');
  });

  it('writes one line per relation with both ends by id and name, themes by id and label, dates and money', () => {
    const relation = {
      ...tie('r1', 'a', 'b'),
      type: 'FUNDS' as const,
      mode: 'COOPERATION' as const,
      themes: ['reception', 'data'],
      since: '2018-05',
      amount: 25000,
      currency: 'EUR',
      confidence: 0.8,
    };
    const rows = relationRows(
      [relation],
      new Map([
        ['a', 'Fund A'],
        ['b', 'Shelter "B"'],
      ]),
      new Map([['reception', 'Reception']]),
      '',
      null,
    );
    const lines = relationsCsv(rows).split('\r\n');
    expect(lines[0]).toBe(
      'id,source_id,source,target_id,target,type,mode,engagement,confidence,themes,theme_labels,since,until,amount,currency',
    );
    expect(lines[1]).toBe(
      'r1,a,Fund A,b,"Shelter ""B""",FUNDS,COOPERATION,,0.8,reception;data,Reception; data,2018-05,,25000,EUR',
    );
    expect(lines).toHaveLength(3);
  });
});
