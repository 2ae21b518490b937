import type { GraphData, GraphRelation } from '../../../api/src/graph/analytics-graph';
import { hubIndices } from '../../../api/src/graph/hubs';
import { HUB_TOLL, partners } from '../../../api/src/graph/partner-finder';
import { actor, relation } from './graph-fixtures';

/**
 * The seeker s and the candidate c share no tie. A programme h (a hub: s, c and ten members m00–m09,
 * every tie of unknown strength) links them, and so does x, a small NGO with strength-3 ties to both:
 * by steps and by tie cost the two routes are equal, so the hub toll decides. A weak link y (strength
 * 1 ties) is the third route.
 */
function network(options: { withX: boolean }): GraphData {
  const members = Array.from({ length: 10 }, (_, i) => `m0${i}`);
  const relations: GraphRelation[] = [
    relation('h-s', 'MEMBER_OF', 's', 'h'),
    relation('h-c', 'MEMBER_OF', 'c', 'h'),
    ...members.map((m) => relation(`h-${m}`, 'MEMBER_OF', m, 'h')),
    relation('y-s', 'CONSULTS', 's', 'y', { strength: 1 }),
    relation('y-c', 'CONSULTS', 'c', 'y', { strength: 1 }),
  ];
  if (options.withX) {
    relations.push(relation('x-s', 'PARTNERS_WITH', 's', 'x', { strength: 3 }));
    relations.push(relation('x-c', 'PARTNERS_WITH', 'c', 'x', { strength: 3 }));
  }
  return { actors: ['c', 'h', 's', 'x', 'y', ...members].map((id) => actor(id)), relations };
}

const candidateC = (data: GraphData) => partners(data, 's').candidates.find((c) => c.actorId === 'c');

describe('introductions over weighted ties', () => {
  it('takes the programme as a hub: 12 partners against a mean of about 2', () => {
    const data = network({ withX: true });
    const hubs = [...hubIndices(data)];
    expect(hubs).toHaveLength(1);
    expect(data.actors.map((a) => a.id).sort()[hubs[0] as number]).toBe('h');
  });

  it('prefers an intermediary with ties to both ends as strong as the hub’s over the hub', () => {
    const c = candidateC(network({ withX: true }));
    expect(c).toMatchObject({ introductionPath: ['s', 'x', 'c'], intermediaryIds: ['x'], onlyThroughHub: false });
    // Two strength-3 ties: 2 × 5/3.
    expect(c?.introductionCost).toBeCloseTo(10 / 3, 12);
    expect(c?.reasons.at(-1)).toBe('can be introduced through X');
  });

  it('still goes through the hub when the other route is much weaker, and says it is not the only one', () => {
    const c = candidateC(network({ withX: false }));
    // Through h: 2 × 5/3 + the toll, 5.33; through y: two strength-1 ties, 10.
    expect(c).toMatchObject({ introductionPath: ['s', 'h', 'c'], onlyThroughHub: false });
    expect(c?.introductionCost).toBeCloseTo(10 / 3 + HUB_TOLL, 12);
  });

  it('says when the only route runs through a hub, naming it with its number of partners', () => {
    const data = network({ withX: false });
    const withoutY = { ...data, relations: data.relations.filter((r) => !r.id.startsWith('y-')) };
    const c = candidateC(withoutY);
    expect(c).toMatchObject({ introductionPath: ['s', 'h', 'c'], onlyThroughHub: true });
    expect(c?.reasons.at(-1)).toBe('can be introduced only through H: every route runs through a hub, H (12 partners)');
  });

  it('prefers the tolled hub to an intermediary whose ties are doubtful: confidence raises a tie’s cost', () => {
    const data = network({ withX: true });
    const doubtful = {
      ...data,
      relations: data.relations.map((r) => (r.id.startsWith('x-') ? { ...r, confidence: 0.2 } : r)),
    };
    // At confidence 0.2 x's ties cost 5/(3 × 0.2) = 8.33 each: the tolled hub (5.33) is cheaper.
    expect(candidateC(doubtful)?.introductionPath).toEqual(['s', 'h', 'c']);
  });
});
