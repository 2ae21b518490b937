import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, partnerships } from './graph-fixtures';

/**
 * A hand-checkable network for link scoring. Local NGOs a and b share the partners h1 and h2 (with
 * h1–h2 tied); h2 bridges to a national triangle n1–n2–n3; d is an isolated diaspora organisation in
 * DE with origins in GR. Reception has actors in LOCAL (a, b, d) and NATIONAL (n1) only and no tie
 * between them, so LOCAL–NATIONAL is a vertical gap on reception. Louvain splits {a, b, h1, h2},
 * {n1, n2, n3} and {d}.
 */
export const linkNetwork: GraphData = frozen({
  actors: [
    actor('a', { themes: ['reception', 'protection'] }),
    actor('b', { themes: ['reception'] }),
    actor('h1'),
    actor('h2'),
    actor('d', { kind: 'DIASPORA_ORGANISATION', country: 'DE', originCountries: ['GR'], themes: ['reception'] }),
    actor('n1', { tier: 'NATIONAL', kind: 'MINISTRY', themes: ['reception'] }),
    actor('n2', { tier: 'NATIONAL', kind: 'NATIONAL_AGENCY' }),
    actor('n3', { tier: 'NATIONAL', kind: 'NATIONAL_AGENCY' }),
  ],
  relations: partnerships('a-h1', 'a-h2', 'b-h1', 'b-h2', 'h1-h2', 'h2-n1', 'n1-n2', 'n2-n3', 'n1-n3'),
});

/** AA/(1 + AA) as the score uses it. */
export const squash = (aa: number): number => aa / (1 + aa);

// Adamic–Adar of the pairs: h1 has degree 3, h2 degree 4, n1 degree 3.
export const AA_A_B = 1 / Math.log(3) + 1 / Math.log(4);
export const AA_A_N1 = 1 / Math.log(4);
