import { normaliseFilter, type TopBrokers } from '../../../api/src/analytics/analytics-job';
import { LoadedGraph, UnknownActorError } from '../../../api/src/analytics/loaded-graph';
import { brokers } from '../../../api/src/graph/brokers';
import { filterGraph } from '../../../api/src/graph/subgraph-filter';
import { syntheticGraph } from './synthetic-graph';

describe('LoadedGraph: the brokers job', () => {
  const data = syntheticGraph(200, 3);
  const graph = new LoadedGraph(data);
  const all = brokers(data);
  const run = (top: number, actorId: string | null, themes: string[] | null = null): TopBrokers =>
    graph.run(normaliseFilter({ themes }), { kind: 'brokers', top, actorId }) as TopBrokers;

  it('answers the top rows with their ranks, as the whole analysis orders them', () => {
    const answer = run(5, null);
    expect(answer.actorCount).toBe(200);
    expect(answer.actors).toEqual(all.actors.slice(0, 5).map((row, index) => ({ ...row, rank: index + 1 })));
  });

  it.each([0, 99, 199])('gives the actor ranked %i its own row and rank, whatever top says', (position) => {
    const row = all.actors[position];
    if (!row) throw new Error('no such row');
    const answer = run(1, row.actorId);
    expect(answer.actors).toEqual([{ ...row, rank: position + 1 }]);
    expect(answer.actorCount).toBe(200);
  });

  it('gives no row to an actor the filter leaves out, and counts the actors it keeps', () => {
    const theme = data.actors[0]?.themes[0] as string;
    const kept = filterGraph(data, { themes: [theme] }).actors;
    const outside = data.actors.find((a) => !kept.some((k) => k.id === a.id));
    if (!outside) throw new Error('the filter keeps every actor');
    const answer = run(20, outside.id, [theme]);
    expect(answer.actors).toEqual([]);
    expect(answer.actorCount).toBe(kept.length);
  });

  it('refuses an actor the graph does not hold', () => {
    expect(() => run(20, 'no-such-actor')).toThrow(UnknownActorError);
  });
});
