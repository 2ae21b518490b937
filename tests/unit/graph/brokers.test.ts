import { betweenness } from '../../../api/src/graph/betweenness';
import { brokerageRoles } from '../../../api/src/graph/brokerage-roles';
import type { ActorBrokerageRoles } from '../../../api/src/graph/brokerage-roles';
import { brokerRows, brokers, rankBrokers } from '../../../api/src/graph/brokers';
import { burtConstraint } from '../../../api/src/graph/constraint';
import { effectiveSize } from '../../../api/src/graph/effective-size';
import { sampledBetweenness } from '../../../api/src/graph/sampled-betweenness';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import type { Tier } from '../../../api/src/domain/vocabulary';
import { seededRandom } from '../../../api/src/graph/seeded-random';
import { actor, frozen, relation, simpleGraph } from './graph-fixtures';

const valueOf = <T extends { actorId: string }, K extends keyof T>(rows: T[], key: K, id: string): T[K] =>
  (rows.find((row) => row.actorId === id) as T)[key];

describe('betweenness', () => {
  it('normalises by (n − 1)(n − 2) on undirected graphs: 2/3 for the inner nodes of a 4-path', () => {
    const result = betweenness(frozen(simpleGraph(['a', 'b', 'c', 'd'], 'a-b', 'b-c', 'c-d')));
    expect(result.method).toBe('EXACT');
    expect(result.pivots).toBeNull();
    expect(result.scores.map((s) => s.betweenness)).toEqual([0, 2 / 3, 2 / 3, 0]);
  });

  it('gives the centre of a star betweenness 1', () => {
    const result = betweenness(simpleGraph(['c', 'l1', 'l2', 'l3', 'l4'], 'c-l1', 'c-l2', 'c-l3', 'c-l4'));
    expect(valueOf(result.scores, 'betweenness', 'c')).toBeCloseTo(1, 12);
  });

  it('samples pivots above the exact limit and states their number and the error bound', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const ring = ids.map((id, i) => `${id}-${ids[(i + 1) % ids.length]}`);
    const result = betweenness(simpleGraph(ids, ...ring), { exactLimit: 30, pivots: 10, seed: 3 });
    expect(result.method).toBe('SAMPLED');
    expect(result.pivots).toBe(10);
    expect(result.errorConfidence).toBe(0.95);
    expect(result.errorBound).toBeCloseTo((40 / 39) * Math.sqrt(Math.log((2 * 40) / 0.05) / 20), 12);
    // On a ring every source sees the same total dependency, so the mean over actors is exact, and
    // each estimate lies within the stated bound.
    const exact = betweenness(simpleGraph(ids, ...ring)).scores.map((s) => s.betweenness);
    const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(result.scores.map((s) => s.betweenness))).toBeCloseTo(mean(exact), 12);
    result.scores.forEach((score, i) => {
      expect(Math.abs(score.betweenness - (exact[i] as number))).toBeLessThanOrEqual(result.errorBound as number);
      expect(score.standardError).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('sampledBetweenness', () => {
  it('is exact when every node is a pivot', () => {
    const data = simpleGraph(['a', 'b', 'c', 'd', 'e'], 'a-b', 'b-c', 'c-d', 'b-d', 'd-e');
    const exact = betweenness(data).scores.map((s) => s.betweenness);
    const sampled = sampledBetweenness(data, { pivots: 99, seed: 5 });
    expect(sampled.pivots).toBe(5);
    expect(sampled.errorBound).toBe(0);
    sampled.scores.forEach((s, i) => expect(s.betweenness).toBeCloseTo(exact[i] as number, 12));
  });

  it('gives the same estimate for the same seed', () => {
    const data = simpleGraph(['a', 'b', 'c', 'd', 'e'], 'a-b', 'b-c', 'c-d', 'b-d', 'd-e');
    expect(sampledBetweenness(data, { pivots: 2, seed: 9 })).toEqual(sampledBetweenness(data, { pivots: 2, seed: 9 }));
  });
});

// Triangle a–b–c with d hanging off a, and an isolated e.
const triangleWithTail = frozen(simpleGraph(['a', 'b', 'c', 'd', 'e'], 'a-b', 'b-c', 'a-c', 'a-d'));

describe('burtConstraint', () => {
  it('sums (p_ij + Σ p_iq·p_qj)² over neighbours, with p = 1/degree', () => {
    const rows = burtConstraint(triangleWithTail);
    expect(valueOf(rows, 'constraint', 'a')).toBeCloseTo(1 / 4 + 1 / 4 + 1 / 9, 12);
    expect(valueOf(rows, 'constraint', 'b')).toBeCloseTo(9 / 16 + 4 / 9, 12);
    expect(valueOf(rows, 'constraint', 'd')).toBe(1);
  });

  it('is null for an isolated actor', () => {
    expect(valueOf(burtConstraint(triangleWithTail), 'constraint', 'e')).toBeNull();
  });
});

describe('effectiveSize', () => {
  it('is n − 2t/n: contacts minus the redundancy of ties among them', () => {
    const rows = effectiveSize(triangleWithTail);
    expect(valueOf(rows, 'effectiveSize', 'a')).toBeCloseTo(7 / 3, 12);
    expect(valueOf(rows, 'effectiveSize', 'b')).toBe(1);
    expect(valueOf(rows, 'effectiveSize', 'd')).toBe(1);
    expect(valueOf(rows, 'effectiveSize', 'e')).toBeNull();
  });
});

/** x → y → z with the given tiers; y is the potential broker. */
function twoPath(tiers: [Tier, Tier, Tier]): GraphData {
  return {
    actors: [actor('x', { tier: tiers[0] }), actor('y', { tier: tiers[1] }), actor('z', { tier: tiers[2] })],
    relations: [
      relation('r1', 'SUPPORTS', 'x', 'y', { directed: true }),
      relation('r2', 'SUPPORTS', 'y', 'z', { directed: true }),
    ],
  };
}

const rolesOfY = (data: GraphData) => {
  const row = brokerageRoles(data).find((r) => r.actorId === 'y') as ActorBrokerageRoles;
  const { actorId: _id, tier: _tier, ...roles } = row;
  return roles;
};
const only = (role: string) => ({
  coordinator: 0,
  itinerant: 0,
  gatekeeper: 0,
  representative: 0,
  liaison: 0,
  [role]: 1,
  total: 1,
});

describe('brokerageRoles', () => {
  it('counts a coordinator when A, B and C share a tier', () => {
    expect(rolesOfY(twoPath(['LOCAL', 'LOCAL', 'LOCAL']))).toEqual(only('coordinator'));
  });

  it('counts an itinerant when A and C share a tier the broker is not in', () => {
    expect(rolesOfY(twoPath(['LOCAL', 'NATIONAL', 'LOCAL']))).toEqual(only('itinerant'));
  });

  it('counts a gatekeeper when the broker shares the tier of C but not of A', () => {
    expect(rolesOfY(twoPath(['NATIONAL', 'LOCAL', 'LOCAL']))).toEqual(only('gatekeeper'));
  });

  it('counts a representative when the broker shares the tier of A but not of C', () => {
    expect(rolesOfY(twoPath(['LOCAL', 'LOCAL', 'NATIONAL']))).toEqual(only('representative'));
  });

  it('counts a liaison when all three tiers differ', () => {
    expect(rolesOfY(twoPath(['LOCAL', 'NATIONAL', 'GLOBAL']))).toEqual(only('liaison'));
  });

  it('counts nothing when A already reaches C directly', () => {
    const data = twoPath(['LOCAL', 'LOCAL', 'LOCAL']);
    const closed = {
      ...data,
      relations: [...data.relations, relation('r3', 'SUPPORTS', 'x', 'z', { directed: true })],
    };
    expect(rolesOfY(closed).total).toBe(0);
  });

  it('counts the reverse tie C → A as no obstacle, since direction matters', () => {
    const data = twoPath(['LOCAL', 'LOCAL', 'LOCAL']);
    const reverse = {
      ...data,
      relations: [...data.relations, relation('r3', 'SUPPORTS', 'z', 'x', { directed: true })],
    };
    expect(rolesOfY(reverse).coordinator).toBe(1);
  });

  it('reads undirected relations both ways but never brokers A to itself', () => {
    const data = simpleGraph(['x', 'y', 'z'], 'x-y', 'y-z');
    expect(rolesOfY(data)).toEqual({ ...only('coordinator'), coordinator: 2, total: 2 });
    expect(rolesOfY(simpleGraph(['x', 'y'], 'x-y')).total).toBe(0);
  });

  it('ignores non-cooperative ties', () => {
    const data = twoPath(['LOCAL', 'LOCAL', 'LOCAL']);
    const challenged = { ...data, relations: data.relations.map((r) => ({ ...r, type: 'CHALLENGES' as const })) };
    expect(rolesOfY(challenged).total).toBe(0);
  });
});

describe('brokerageRoles on a random graph with hubs', () => {
  /** The definition read literally: every A → B → C with A ≠ C and no arc A → C, classified by tiers. */
  function rolesByDefinition(data: GraphData): Map<string, ActorBrokerageRoles> {
    const arcs = new Set<string>();
    const out = new Map<string, Set<string>>(data.actors.map((a) => [a.id, new Set<string>()]));
    const into = new Map<string, Set<string>>(data.actors.map((a) => [a.id, new Set<string>()]));
    const add = (from: string, to: string) => {
      arcs.add(`${from}>${to}`);
      out.get(from)?.add(to);
      into.get(to)?.add(from);
    };
    for (const r of data.relations) {
      if (r.source === r.target) continue;
      add(r.source, r.target);
      if (!r.directed) add(r.target, r.source);
    }
    const tierOf = new Map(data.actors.map((a) => [a.id, a.tier]));
    return new Map(
      data.actors.map((broker) => {
        const roles = { ...only('coordinator'), coordinator: 0, total: 0, actorId: broker.id, tier: broker.tier };
        for (const a of into.get(broker.id) ?? []) {
          for (const c of out.get(broker.id) ?? []) {
            if (a === c || arcs.has(`${a}>${c}`)) continue;
            const [ta, tb, tc] = [tierOf.get(a), broker.tier, tierOf.get(c)];
            const role =
              ta === tb && tc === tb
                ? 'coordinator'
                : ta === tc
                  ? 'itinerant'
                  : tc === tb
                    ? 'gatekeeper'
                    : ta === tb
                      ? 'representative'
                      : 'liaison';
            roles[role] += 1;
            roles.total += 1;
          }
        }
        return [broker.id, roles];
      }),
    );
  }

  it('matches the definition on 150 actors with two hubs and mixed directions', () => {
    const random = seededRandom(7);
    const tiers: Tier[] = ['LOCAL', 'REGIONAL', 'NATIONAL', 'SUPRANATIONAL', 'GLOBAL'];
    const ids = Array.from({ length: 150 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    const actors = ids.map((id) => actor(id, { tier: tiers[Math.floor(random() * tiers.length)] as Tier }));
    const relations = Array.from({ length: 600 }, (_, i) => {
      // A third of the ties touch one of two hubs, so some brokers have long in- and out-lists.
      const hub = random() < 0.33 ? (ids[random() < 0.5 ? 0 : 1] as string) : null;
      const source = hub ?? (ids[Math.floor(random() * ids.length)] as string);
      const target = ids[Math.floor(random() * ids.length)] as string;
      return relation(`r${i}`, 'PARTNERS_WITH', source, target, { directed: random() < 0.5 });
    });
    const data: GraphData = { actors, relations };
    const expected = rolesByDefinition(data);
    const computed = brokerageRoles(data);
    expect(computed).toHaveLength(150);
    expect(computed.reduce((sum, row) => sum + row.total, 0)).toBeGreaterThan(1000);
    for (const row of computed) expect(row).toEqual(expected.get(row.actorId));
  });
});

describe('brokers', () => {
  it('puts every measure in one row per actor, highest betweenness first', () => {
    const result = brokers(triangleWithTail);
    expect(result.betweennessMethod).toBe('EXACT');
    expect(result.actors.map((a) => a.actorId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const a = result.actors[0];
    expect(a).toMatchObject({ actorId: 'a', degree: 3, betweennessStandardError: null });
    expect(a?.betweenness).toBeCloseTo(2 / 6, 12);
    expect(a?.effectiveSize).toBeCloseTo(7 / 3, 12);
    expect(a?.roles).toMatchObject({ tier: 'LOCAL', coordinator: 4, total: 4 });
  });

  it('gives a few ranked actors the rows of the all-actor measures, in the order asked', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const random = seededRandom(11);
    const pairs = ids.flatMap((id, i) => [1, 2, 3].map(() => `${id}-${ids[(i + 1 + Math.floor(random() * 59)) % 60]}`));
    const data: GraphData = {
      ...simpleGraph(ids, ...pairs),
      // Tiers vary, so that brokerage roles other than coordinator occur.
      actors: ids.map((id, i) => actor(id, { tier: (['LOCAL', 'NATIONAL', 'GLOBAL'] as const)[i % 3] })),
    };
    const { ranked } = rankBrokers(data);
    expect(ranked.map((score) => score.betweenness)).toEqual(
      [...ranked.map((score) => score.betweenness)].sort((x, y) => y - x),
    );
    const picked = [ranked[59], ranked[0], ranked[17]].filter((score) => score !== undefined);
    const rows = brokerRows(data, picked);
    expect(rows.map((row) => row.actorId)).toEqual(picked.map((score) => score.actorId));
    const degree = new Map(ids.map((id) => [id, new Set<string>()]));
    for (const r of data.relations) {
      degree.get(r.source)?.add(r.target);
      degree.get(r.target)?.add(r.source);
    }
    const roles = brokerageRoles(data);
    for (const row of rows) {
      expect(row.betweenness).toBe(valueOf(betweenness(data).scores, 'betweenness', row.actorId));
      expect(row.degree).toBe(degree.get(row.actorId)?.size);
      expect(row.constraint).toBe(valueOf(burtConstraint(data), 'constraint', row.actorId));
      expect(row.effectiveSize).toBe(valueOf(effectiveSize(data), 'effectiveSize', row.actorId));
      const { actorId: _id, ...expected } = roles.find((r) => r.actorId === row.actorId) as ActorBrokerageRoles;
      expect(row.roles).toEqual(expected);
    }
    expect(rows.some((row) => row.roles.total > row.roles.coordinator)).toBe(true);
  });
});
