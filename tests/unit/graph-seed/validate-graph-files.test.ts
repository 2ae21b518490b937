import type { ActorRecord, GraphFiles, RelationRecord } from '../../../graph-seed/src/graph-file.types';
import { validateGraphFiles } from '../../../graph-seed/src/validate-graph-files';

const DOC = 'report.txt';
const documents = new Map([
  [DOC, 'The City of Athens works with\nthe   Athens Coordination Centre on the reception of refugees.'],
]);

function actor(externalId: string, name: string, overrides: Partial<ActorRecord> = {}): ActorRecord {
  return {
    externalId,
    name,
    aliases: [],
    kind: 'MUNICIPALITY',
    tier: 'LOCAL',
    country: 'GR',
    city: 'Athens',
    originCountries: [],
    themes: ['reception'],
    description: null,
    website: null,
    founded: null,
    sources: [{ document: DOC, quote: 'The City of Athens works with the Athens Coordination Centre' }],
    ...overrides,
  };
}

function relation(overrides: Partial<RelationRecord> = {}): RelationRecord {
  return {
    externalId: 'rel-1',
    type: 'PARTNERS_WITH',
    source: 'athens',
    target: 'accmr',
    directed: false,
    mode: 'COOPERATION',
    engagement: 'COLLABORATE',
    formal: true,
    role: null,
    themes: ['reception'],
    since: '2016',
    until: '2018-05',
    amount: null,
    currency: null,
    strength: 3,
    confidence: 0.8,
    notes: null,
    sources: [{ document: DOC, quote: 'works with the Athens Coordination Centre on the reception of refugees' }],
    ...overrides,
  };
}

/** A small valid map; every test changes one thing and expects exactly the matching complaint. */
function fixture(change: (files: GraphFiles) => void = () => undefined): GraphFiles {
  const files: GraphFiles = {
    workspace: { slug: 'fixture', title: 'Fixture', description: 'Hand-made', visibility: 'PUBLIC' },
    themes: [{ id: 'city-networks', label: 'City networks', description: 'Cities working together.' }],
    actors: [
      actor('athens', 'City of Athens', { aliases: ['Athens'] }),
      actor('accmr', 'Athens Coordination Centre', { kind: 'FORUM_OR_MECHANISM', themes: ['city-networks'] }),
    ],
    relations: [relation()],
  };
  change(files);
  return files;
}

const problemsAfter = (change: (files: GraphFiles) => void): string[] => validateGraphFiles(fixture(change), documents);

describe('validateGraphFiles', () => {
  it('accepts the valid fixture, whose quotes differ from the document only in whitespace', () => {
    expect(validateGraphFiles(fixture(), documents)).toEqual([]);
  });

  it('reports a lifespan with a bad date or out of order, and a succession without its date', () => {
    const problems = problemsAfter((f) => {
      f.actors[0]!.since = '2019';
      f.actors[0]!.until = '2018-05';
      f.actors[1]!.until = 'May 2018';
      f.relations[0]!.type = 'MERGED_INTO';
      f.relations[0]!.since = null;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/since 2019 is after until 2018-05/),
        expect.stringMatching(/invalid until date May 2018/),
        expect.stringMatching(/a MERGED_INTO relation needs its date in since/),
      ]),
    );
  });

  it('reports a quote that was changed', () => {
    const problems = problemsAfter((f) => {
      f.relations[0]!.sources[0]!.quote = 'works with the Athens Coordination Centre on the resettlement of refugees';
    });
    expect(problems).toEqual([expect.stringMatching(/^relation rel-1: quote not found verbatim in report\.txt/)]);
  });

  it('reports a source in a document it does not know', () => {
    const problems = problemsAfter((f) => {
      f.actors[0]!.sources[0]!.document = 'missing.txt';
    });
    expect(problems).toEqual(['actor athens: unknown document missing.txt']);
  });

  it('reports a document source without a quote', () => {
    const problems = problemsAfter((f) => {
      f.actors[1]!.sources = [{ document: DOC }];
    });
    expect(problems).toEqual(['actor accmr: source in report.txt has no quote']);
  });

  it('reports records without sources and sources that name nothing', () => {
    const problems = problemsAfter((f) => {
      f.actors[0]!.sources = [];
      f.relations[0]!.sources = [{ quote: 'floating quote' }];
    });
    expect(problems).toEqual([
      'actor athens: has no source',
      'relation rel-1: source names neither a document, a title nor a URL',
    ]);
  });

  it('accepts a title-only source, as synthetic maps use, without looking for a quote', () => {
    expect(problemsAfter((f) => (f.actors[0]!.sources = [{ title: 'Synthetic data' }]))).toEqual([]);
  });

  it('reports a relation whose endpoint is not an actor', () => {
    const problems = problemsAfter((f) => {
      f.relations[0]!.target = 'ghost';
    });
    expect(problems).toEqual(['relation rel-1: target ghost is not an actor (orphan)']);
  });

  it('reports a relation from an actor to itself', () => {
    expect(problemsAfter((f) => (f.relations[0]!.target = 'athens'))).toEqual(['relation rel-1: self-relation']);
  });

  it('reports an alias that another actor already uses, ignoring case and punctuation', () => {
    const problems = problemsAfter((f) => {
      f.actors[1]!.aliases = ['ATHENS!'];
    });
    expect(problems).toEqual([
      expect.stringMatching(/^actor accmr: name or alias "ATHENS!" is also used by actor athens/),
    ]);
  });

  it('reports a duplicate externalId', () => {
    const problems = problemsAfter((f) => {
      f.actors.push(actor('athens', 'Municipality of Athens'));
    });
    expect(problems).toContain('actor athens: duplicate externalId');
  });

  it.each([
    ['actor kind', (f: GraphFiles) => Object.assign(f.actors[0]!, { kind: 'CITY' }), 'actor athens: invalid kind CITY'],
    ['actor tier', (f: GraphFiles) => Object.assign(f.actors[0]!, { tier: 'CITY' }), 'actor athens: invalid tier CITY'],
    [
      'relation type',
      (f: GraphFiles) => Object.assign(f.relations[0]!, { type: 'LIKES' }),
      'relation rel-1: invalid type LIKES',
    ],
    [
      'mode',
      (f: GraphFiles) => Object.assign(f.relations[0]!, { mode: 'COMPETITION' }),
      'relation rel-1: invalid mode COMPETITION',
    ],
    [
      'engagement',
      (f: GraphFiles) => Object.assign(f.relations[0]!, { engagement: 'LISTEN' }),
      'relation rel-1: invalid engagement LISTEN',
    ],
    [
      'country',
      (f: GraphFiles) => Object.assign(f.actors[0]!, { country: 'Greece' }),
      'actor athens: invalid country Greece',
    ],
    [
      'theme',
      (f: GraphFiles) => Object.assign(f.actors[0]!, { themes: ['sports'] }),
      'actor athens: unknown theme sports',
    ],
  ])('reports an invalid %s', (_field, change, expected) => {
    expect(problemsAfter(change)).toEqual([expected]);
  });

  it('reports a confidence of 1.5', () => {
    expect(problemsAfter((f) => (f.relations[0]!.confidence = 1.5))).toEqual([
      'relation rel-1: confidence 1.5 outside 0–1',
    ]);
  });

  it('reports a relation that ends before it starts, comparing partial dates at their common precision', () => {
    expect(problemsAfter((f) => (f.relations[0]!.since = '2019'))).toEqual([
      'relation rel-1: since 2019 is after until 2018-05',
    ]);
    expect(problemsAfter((f) => (f.relations[0]!.since = '2018-07'))).toEqual([
      'relation rel-1: since 2018-07 is after until 2018-05',
    ]);
    expect(problemsAfter((f) => Object.assign(f.relations[0]!, { since: '2018-05-14', until: '2018' }))).toEqual([]);
  });

  it('reports an amount without a currency and a currency that is not an ISO code', () => {
    expect(problemsAfter((f) => Object.assign(f.relations[0]!, { type: 'FUNDS', amount: 5000 }))).toEqual([
      'relation rel-1: amount without currency',
    ]);
    expect(
      problemsAfter((f) => Object.assign(f.relations[0]!, { type: 'FUNDS', amount: 5000, currency: 'euro' })),
    ).toEqual(['relation rel-1: invalid currency euro']);
  });

  it('accepts a funding modality on FUNDS, and reports one on another type or with an unknown value', () => {
    expect(
      problemsAfter((f) =>
        Object.assign(f.relations[0]!, { type: 'FUNDS', fundingForm: 'REGRANT', fundingTerm: 'MULTI_YEAR' }),
      ),
    ).toEqual([]);
    expect(problemsAfter((f) => Object.assign(f.relations[0]!, { fundingSource: 'PUBLIC' }))).toEqual([
      'relation rel-1: only FUNDS relations carry a fundingSource',
    ]);
    expect(problemsAfter((f) => Object.assign(f.relations[0]!, { type: 'FUNDS', fundingForm: 'LOAN' }))).toEqual([
      'relation rel-1: invalid fundingForm LOAN',
    ]);
  });
});
