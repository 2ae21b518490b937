import { ANALYSED_ACTOR_FIELDS, ANALYTICS_GRAPH } from '../../../api/src/db/queries/analytics.queries';
import {
  changesAnalysedGraph,
  importRevisionFlags,
  toChangeNode,
  type ChangeInput,
  type ImportedRecord,
} from '../../../api/src/repositories/change-log';

const change = (over: Partial<ChangeInput>): ChangeInput => ({
  workspaceId: 'ws',
  entityId: 'a1',
  entityKind: 'ACTOR',
  action: 'UPDATE',
  by: 'u',
  at: '2026-12-07T00:00:00Z',
  before: { description: 'old' },
  after: { description: 'new' },
  version: 2,
  ...over,
});

describe('which changes move the graph revision', () => {
  it('leaves the graph as it was for edits of fields no analysis reads', () => {
    expect(changesAnalysedGraph(change({}))).toBe(false);
    expect(changesAnalysedGraph(change({ before: { aliases: [] }, after: { aliases: ['x'], website: 'w' } }))).toBe(
      false,
    );
    expect(changesAnalysedGraph(change({ entityKind: 'RELATION', before: { description: 'a' }, after: {} }))).toBe(
      false,
    );
    expect(changesAnalysedGraph(change({ entityKind: 'SOURCE', action: 'CREATE', before: null }))).toBe(false);
    expect(toChangeNode(change({})).analysed).toBe(false);
  });

  it('moves it for every field the analytics graph reads, and for what decides membership', () => {
    for (const field of [...ANALYSED_ACTOR_FIELDS, 'visibility', 'readers']) {
      expect(changesAnalysedGraph(change({ before: { [field]: 1 }, after: { [field]: 2 } }))).toBe(true);
    }
    for (const field of ['type', 'since', 'confidence', 'themes', 'visibility']) {
      expect(changesAnalysedGraph(change({ entityKind: 'RELATION', before: { [field]: 1 }, after: {} }))).toBe(true);
    }
    // A revert or an import over a record is judged by its diff like an update.
    expect(
      changesAnalysedGraph(change({ action: 'REVERT', before: { tier: 'LOCAL' }, after: { tier: 'GLOBAL' } })),
    ).toBe(true);
    expect(changesAnalysedGraph(change({ action: 'IMPORT' }))).toBe(false);
  });

  it('moves it for creations, deletions, restores and any change to a workspace', () => {
    for (const action of ['CREATE', 'DELETE', 'RESTORE'] as const) {
      expect(changesAnalysedGraph(change({ action, before: {}, after: {} }))).toBe(true);
      expect(changesAnalysedGraph(change({ action, entityKind: 'RELATION', before: {}, after: {} }))).toBe(true);
    }
    expect(changesAnalysedGraph(change({ action: 'IMPORT', before: null, after: { name: 'n' } }))).toBe(true);
    expect(changesAnalysedGraph(change({ entityKind: 'WORKSPACE' }))).toBe(true);
  });

  it('reads exactly the analysed actor fields in the graph query', () => {
    const actorPart = /RETURN \[([^\]]*)\] AS actor/.exec(ANALYTICS_GRAPH.bounded.text)?.[1];
    expect(actorPart?.split(',').map((field) => field.trim())).toEqual(ANALYSED_ACTOR_FIELDS.map((f) => `a.${f}`));
  });
});

describe('the revisions an import batch moves (one change per batch, ADR 0026)', () => {
  const created = (
    visibility: ImportedRecord['visibility'],
    around: ImportedRecord['around'] = [],
  ): ImportedRecord => ({
    entry: { before: null, after: { name: 'x' }, version: 1 },
    visibility,
    around,
  });
  const edited = (before: object, after: object, visibility: ImportedRecord['visibility']): ImportedRecord => ({
    entry: { before, after, version: 2 },
    visibility,
    around: [],
  });

  it('moves the public and members revisions only when a record of the batch is theirs to see', () => {
    expect(importRevisionFlags('ACTOR', [created('RESTRICTED'), created('RESTRICTED')])).toEqual({
      membersSee: false,
      publicSees: false,
      analysed: true,
      membersGraph: false,
      publicGraph: false,
    });
    expect(importRevisionFlags('ACTOR', [created('RESTRICTED'), created('WORKSPACE')])).toMatchObject({
      membersSee: true,
      publicSees: false,
      membersGraph: true,
    });
    expect(importRevisionFlags('ACTOR', [created('PUBLIC')])).toMatchObject({ publicSees: true, publicGraph: true });
  });

  it("counts what a relation reveals (its actors), and a record's visibility before an update", () => {
    expect(importRevisionFlags('RELATION', [created('PUBLIC', ['PUBLIC', 'RESTRICTED'])])).toMatchObject({
      publicSees: false,
      membersSee: false,
    });
    // Made restricted by the import: the public saw it before, so the public revision moves.
    const hidden = edited({ visibility: 'PUBLIC' }, { visibility: 'RESTRICTED' }, 'RESTRICTED');
    expect(importRevisionFlags('ACTOR', [hidden])).toMatchObject({ publicSees: true, analysed: true });
  });

  it('leaves the graph revisions alone when the batch only edits fields no analysis reads', () => {
    const described = edited({ description: 'old' }, { description: 'new' }, 'PUBLIC');
    expect(importRevisionFlags('ACTOR', [described])).toEqual({
      membersSee: true,
      publicSees: true,
      analysed: false,
      membersGraph: false,
      publicGraph: false,
    });
  });
});
