import type { MapActor, MapRelation } from '../../../web/src/lib/domain';
import { applyGraphChanges } from '../../../web/src/lib/graph-changes';

const actor = (id: string, name = id): MapActor => ({
  id,
  name,
  kind: 'NGO',
  tier: 'LOCAL',
  since: null,
  until: null,
  formerNames: [],
  renamedOn: [],
  shortName: null,
  sector: 'CIVIL_SOCIETY',
  country: 'GR',
  themes: [],
});
const relation = (id: string, sourceId: string, targetId: string): MapRelation => ({
  id,
  type: 'PARTNERS_WITH',
  sourceId,
  targetId,
  directed: false,
  mode: null,
  engagement: null,
  themes: [],
  since: null,
  until: null,
  amount: null,
  currency: null,
  confidence: 1,
});

describe('applyGraphChanges', () => {
  const graph = { workspace: 'w', actors: [actor('a'), actor('b')], relations: [relation('r1', 'a', 'b')] };

  it('returns the same graph when nothing changed', () => {
    expect(applyGraphChanges(graph, [])).toBe(graph);
  });

  it('adds a new actor and replaces a saved one in place, leaving the input untouched', () => {
    const next = applyGraphChanges(graph, [
      { kind: 'actor-saved', actor: actor('c') },
      { kind: 'actor-saved', actor: actor('a', 'Renamed') },
    ]);
    expect(next.actors.map((a) => `${a.id}:${a.name}`)).toEqual(['a:Renamed', 'b:b', 'c:c']);
    expect(graph.actors.map((a) => a.name)).toEqual(['a', 'b']);
    expect(next.workspace).toBe('w');
  });

  it('removes a deleted actor with its relations, and a restore brings both back', () => {
    const deleted = applyGraphChanges(graph, [{ kind: 'actor-deleted', actorId: 'a' }]);
    expect(deleted.actors.map((a) => a.id)).toEqual(['b']);
    expect(deleted.relations).toEqual([]);
    const restored = applyGraphChanges(graph, [
      { kind: 'actor-deleted', actorId: 'a' },
      { kind: 'actor-saved', actor: actor('a'), relations: [relation('r1', 'a', 'b')] },
    ]);
    expect(restored.actors.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(restored.relations.map((r) => r.id)).toEqual(['r1']);
  });

  it('adds, updates and deletes relations', () => {
    const next = applyGraphChanges(graph, [
      { kind: 'relation-saved', relation: relation('r2', 'b', 'a') },
      { kind: 'relation-saved', relation: { ...relation('r1', 'a', 'b'), type: 'FUNDS' } },
      { kind: 'relation-deleted', relationId: 'r2' },
    ]);
    expect(next.relations.map((r) => `${r.id}:${r.type}`)).toEqual(['r1:FUNDS']);
  });
});
