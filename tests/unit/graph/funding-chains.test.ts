import type { GraphData, GraphRelation } from '../../../api/src/graph/analytics-graph';
import { funding } from '../../../api/src/graph/funding';
import type { FundingChains } from '../../../api/src/graph/funding-chains';
import { fundingChains, MAX_CHAIN_DEPTH } from '../../../api/src/graph/funding-chains';
import { actor, frozen, relation } from './graph-fixtures';

const grant = (
  id: string,
  funder: string,
  recipient: string,
  amount: number | null = null,
  currency: string | null = amount === null ? null : 'EUR',
  overrides: Partial<GraphRelation> = {},
) => relation(id, 'FUNDS', funder, recipient, { directed: true, amount, currency, ...overrides });

const chainsOf = (data: GraphData, recipientId: string): FundingChains => {
  const chains = fundingChains(frozen(data), recipientId);
  if (!chains) throw new Error(`no funding for ${recipientId}`);
  return chains;
};
const shares = (chains: FundingChains) => chains.ultimateFunders.map((f) => [f.funderId, f.share] as const);
const sourceShare = (chains: FundingChains, source: string | null) =>
  chains.bySource.find((s) => s.source === source)?.share;

describe('fundingChains', () => {
  it('follows EU → JMDI → a local project: EU 60 %, the foundation giving directly 40 %', () => {
    const data: GraphData = {
      actors: [
        actor('eu', { kind: 'EU_BODY', tier: 'SUPRANATIONAL', country: null }),
        actor('jmdi', { kind: 'PROGRAMME_OR_FUND', tier: 'GLOBAL', country: null }),
        actor('fdn', { kind: 'FOUNDATION', tier: 'NATIONAL' }),
        actor('project'),
      ],
      relations: [
        grant('g1', 'eu', 'jmdi', 100),
        grant('g2', 'jmdi', 'project', 60),
        grant('g3', 'fdn', 'project', 40),
      ],
    };
    const chains = chainsOf(data, 'project');
    expect(chains).toMatchObject({ shareBasis: 'AMOUNT', currency: 'EUR', totalAmount: 100, grantCount: 2 });
    expect(shares(chains)).toEqual([
      ['eu', 0.6],
      ['fdn', 0.4],
    ]);
    const [eu, fdn] = chains.ultimateFunders;
    expect(eu).toMatchObject({ source: 'PUBLIC', direct: false, amounts: [{ currency: 'EUR', amount: 60 }] });
    expect(eu?.paths).toEqual([{ actorIds: ['eu', 'jmdi', 'project'], share: 0.6 }]);
    expect(fdn).toMatchObject({ source: 'PHILANTHROPIC', direct: true, amounts: [{ currency: 'EUR', amount: 40 }] });
    expect(sourceShare(chains, 'PUBLIC')).toBeCloseTo(0.6, 12);
    expect(sourceShare(chains, 'PHILANTHROPIC')).toBeCloseTo(0.4, 12);
    expect(sourceShare(chains, 'PRIVATE')).toBe(0);
    expect(chains.truncated).toBe(false);
  });

  it('splits an intermediary’s onward grant between its two funders in proportion to their amounts', () => {
    const data: GraphData = {
      actors: [actor('a', { kind: 'MINISTRY' }), actor('b', { kind: 'FOUNDATION' }), actor('i'), actor('r')],
      relations: [grant('g1', 'a', 'i', 30), grant('g2', 'b', 'i', 10), grant('g3', 'i', 'r', 20)],
    };
    const chains = chainsOf(data, 'r');
    expect(shares(chains)).toEqual([
      ['a', 0.75],
      ['b', 0.25],
    ]);
    expect(chains.ultimateFunders.map((f) => f.amounts)).toEqual([
      [{ currency: 'EUR', amount: 15 }],
      [{ currency: 'EUR', amount: 5 }],
    ]);
    // The NGO in between passes money of any source on: the direct tie's own source is unknown.
    expect(chains.directStateShare).toBe(0);
    expect(chains.stateShare).toBeCloseTo(0.75, 12);
  });

  it('counts what an intermediary gives out beyond what it receives as its own money', () => {
    const data: GraphData = {
      actors: [actor('a', { kind: 'MINISTRY' }), actor('i', { kind: 'FOUNDATION' }), actor('r'), actor('s')],
      relations: [grant('g1', 'a', 'i', 10), grant('g2', 'i', 'r', 20), grant('g3', 'i', 's', 20)],
    };
    // i gives 40 and receives 10: a quarter of each of its grants is the ministry's money.
    const chains = chainsOf(data, 'r');
    expect(shares(chains)).toEqual([
      ['i', 0.75],
      ['a', 0.25],
    ]);
    expect(chains.ultimateFunders[0]).toMatchObject({ source: 'PHILANTHROPIC', direct: true });
    expect(chains.ultimateFunders[0]?.amounts).toEqual([{ currency: 'EUR', amount: 15 }]);
  });

  it('ends at a cycle: a tie from an actor already on the chain is not followed', () => {
    const data: GraphData = {
      actors: ['a', 'b', 'c', 'e', 'r'].map((id) => actor(id)),
      relations: [
        grant('ab', 'a', 'b'),
        grant('ba', 'b', 'a'),
        grant('ea', 'e', 'a'),
        grant('br', 'b', 'r'),
        grant('bc', 'b', 'c'),
        grant('cb', 'c', 'b'),
      ],
    };
    const chains = chainsOf(data, 'r');
    expect(chains.shareBasis).toBe('COUNT');
    // b is financed by a and c by count; a by e (b is on the chain), c by nobody else (b is on the chain).
    expect(shares(chains)).toEqual([
      ['c', 0.5],
      ['e', 0.5],
    ]);
    expect(chains.ultimateFunders.find((f) => f.funderId === 'e')?.paths[0]?.actorIds).toEqual(['e', 'a', 'b', 'r']);
  });

  it('makes the first actor of a closed funding ring its ultimate funder', () => {
    const data: GraphData = {
      actors: ['a', 'b', 'c', 'r'].map((id) => actor(id)),
      relations: [grant('ab', 'a', 'b'), grant('bc', 'b', 'c'), grant('ca', 'c', 'a'), grant('cr', 'c', 'r')],
    };
    const chains = chainsOf(data, 'r');
    expect(shares(chains)).toEqual([['a', 1]]);
    expect(chains.ultimateFunders[0]?.paths[0]?.actorIds).toEqual(['a', 'b', 'c', 'r']);
  });

  it('keeps currencies apart: shares by count, amounts per currency, never converted', () => {
    const data: GraphData = {
      actors: [
        actor('a', { kind: 'MINISTRY' }),
        actor('b', { kind: 'BUSINESS' }),
        actor('usd', { kind: 'FOUNDATION' }),
        actor('i'),
        actor('r'),
      ],
      relations: [
        grant('g1', 'a', 'r', 60, 'EUR'),
        grant('g2', 'b', 'r', 40, 'USD'),
        // An intermediary financed in dollars that gives in euros splits by count, not by amount.
        grant('g3', 'usd', 'i', 1000, 'USD'),
        grant('g4', 'a', 'i', 10, 'EUR'),
        grant('g5', 'i', 'r', 30, 'EUR'),
      ],
    };
    const chains = chainsOf(data, 'r');
    expect(chains).toMatchObject({ shareBasis: 'COUNT', currency: null, totalAmount: null, grantCount: 3 });
    const a = chains.ultimateFunders.find((f) => f.funderId === 'a');
    const b = chains.ultimateFunders.find((f) => f.funderId === 'b');
    const usd = chains.ultimateFunders.find((f) => f.funderId === 'usd');
    expect(a?.share).toBeCloseTo(1 / 3 + 1 / 6, 12);
    expect(a?.amounts).toEqual([{ currency: 'EUR', amount: 75 }]);
    expect(b?.amounts).toEqual([{ currency: 'USD', amount: 40 }]);
    expect(usd?.share).toBeCloseTo(1 / 6, 12);
    expect(usd?.amounts).toEqual([{ currency: 'EUR', amount: 15 }]);
    expect(chains.bySource.find((s) => s.source === 'PUBLIC')?.amounts).toEqual([{ currency: 'EUR', amount: 75 }]);
  });

  it('lists support in kind apart and counts it in no sum, share or onward financing', () => {
    const data: GraphData = {
      actors: [actor('city', { kind: 'MUNICIPALITY' }), actor('fdn', { kind: 'FOUNDATION' }), actor('i'), actor('r')],
      relations: [
        grant('k1', 'city', 'r', 500, 'EUR', { fundingForm: 'IN_KIND' }),
        grant('g1', 'fdn', 'r', 100),
        grant('k2', 'city', 'i', 900, 'EUR', { fundingForm: 'IN_KIND' }),
        grant('g2', 'i', 'r', 100),
      ],
    };
    const chains = chainsOf(data, 'r');
    expect(chains).toMatchObject({ shareBasis: 'AMOUNT', totalAmount: 200, grantCount: 2 });
    expect(shares(chains)).toEqual([
      ['fdn', 0.5],
      ['i', 0.5],
    ]);
    expect(chains.inKind).toEqual([{ funderId: 'city', relationIds: ['k1'] }]);
    expect(chains.stateShare).toBe(0);
  });

  it('answers support in kind alone with no money shares', () => {
    const data: GraphData = {
      actors: [actor('city', { kind: 'MUNICIPALITY' }), actor('r')],
      relations: [grant('k1', 'city', 'r', null, null, { fundingForm: 'IN_KIND' })],
    };
    const chains = chainsOf(data, 'r');
    expect(chains).toMatchObject({ grantCount: 0, ultimateFunders: [], stateShare: 0 });
    expect(chains.inKind).toEqual([{ funderId: 'city', relationIds: ['k1'] }]);
  });

  it('counts state money arriving through an intermediary as state funding, REGRANT ties first', () => {
    const actors = [
      actor('ministry', { kind: 'MINISTRY', tier: 'NATIONAL' }),
      actor('fdn', { kind: 'FOUNDATION' }),
      actor('network', { kind: 'NETWORK', tier: 'NATIONAL' }),
      actor('r'),
    ];
    const pooled: GraphData = {
      actors,
      relations: [
        grant('g1', 'ministry', 'network', 80),
        grant('g2', 'fdn', 'network', 20),
        grant('g3', 'network', 'r', 50),
      ],
    };
    const chains = chainsOf(pooled, 'r');
    expect(chains.directStateShare).toBe(0);
    expect(chains.stateShare).toBeCloseTo(0.8, 12);

    // The ministry's grant is a re-grant: the network passes that money on, the foundation's is for its own work.
    const earmarked: GraphData = {
      actors,
      relations: [
        grant('g1', 'ministry', 'network', 80, 'EUR', { fundingForm: 'REGRANT' }),
        grant('g2', 'fdn', 'network', 20),
        grant('g3', 'network', 'r', 50),
      ],
    };
    expect(shares(chainsOf(earmarked, 'r'))).toEqual([['ministry', 1]]);
    expect(chainsOf(earmarked, 'r').stateShare).toBe(1);
  });

  it('takes a recorded funding source over the funder’s sector', () => {
    const data: GraphData = {
      actors: [actor('ministry', { kind: 'MINISTRY' }), actor('company', { kind: 'BUSINESS' }), actor('r')],
      relations: [
        grant('g1', 'ministry', 'r', 50),
        grant('g2', 'company', 'r', 50, 'EUR', { fundingSource: 'PHILANTHROPIC' }),
      ],
    };
    const chains = chainsOf(data, 'r');
    expect(chains.ultimateFunders.find((f) => f.funderId === 'company')?.source).toBe('PHILANTHROPIC');
    expect(sourceShare(chains, 'PHILANTHROPIC')).toBe(0.5);
    expect(sourceShare(chains, 'PRIVATE')).toBe(0);
    expect(chains.directStateShare).toBe(0.5);
  });

  it(`stops after ${MAX_CHAIN_DEPTH} ties and says so`, () => {
    const ids = Array.from({ length: MAX_CHAIN_DEPTH + 3 }, (_, i) => `x${String(i).padStart(2, '0')}`);
    const data: GraphData = {
      actors: ids.map((id) => actor(id)),
      relations: ids.slice(1).map((id, i) => grant(`g${i}`, ids[i] as string, id, 10)),
    };
    const last = ids[ids.length - 1] as string;
    const chains = chainsOf(data, last);
    expect(chains.truncated).toBe(true);
    const [funder] = chains.ultimateFunders;
    expect(funder?.share).toBe(1);
    expect(funder?.paths[0]?.actorIds).toHaveLength(MAX_CHAIN_DEPTH + 1);
    expect(funder?.funderId).toBe(ids[ids.length - 1 - MAX_CHAIN_DEPTH]);
  });

  it('answers null for an actor that receives no FUNDS tie', () => {
    const data: GraphData = { actors: [actor('a'), actor('b')], relations: [grant('g', 'a', 'b', 1)] };
    expect(fundingChains(frozen(data), 'a')).toBeNull();
  });
});

describe('funding: state share in the dependence table', () => {
  it('gives each recipient its state share, direct and through intermediaries', () => {
    const data: GraphData = frozen({
      actors: [
        actor('eu', { kind: 'EU_BODY', tier: 'SUPRANATIONAL', country: null }),
        actor('ngo', { kind: 'NGO', tier: 'NATIONAL' }),
        actor('fdn', { kind: 'FOUNDATION' }),
        actor('project'),
      ],
      relations: [grant('g1', 'eu', 'ngo', 100), grant('g2', 'ngo', 'project', 60), grant('g3', 'fdn', 'project', 40)],
    });
    const rows = funding(data).recipients;
    expect(rows.find((r) => r.recipientId === 'project')).toMatchObject({
      governmentShare: 0,
      directStateShare: 0,
      topFunderId: 'ngo',
    });
    expect(rows.find((r) => r.recipientId === 'project')?.stateShare).toBeCloseTo(0.6, 12);
    expect(rows.find((r) => r.recipientId === 'ngo')).toMatchObject({ directStateShare: 1, stateShare: 1 });
  });
});
