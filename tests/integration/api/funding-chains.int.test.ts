import { closeAnalyticsService } from '../../../api/src/analytics/analytics-service';
import {
  ANONYMOUS,
  createActor,
  createRelation,
  errorOf,
  historyOf,
  startMigratedTestApi,
  workspaceCounts,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const CREATE = `mutation($ws: ID!, $input: RelationInput!) {
  createRelation(workspace: $ws, input: $input) { id version fundingSource fundingTerm fundingForm } }`;
const UPDATE = `mutation($id: ID!, $input: RelationPatch!, $v: Int!) {
  updateRelation(id: $id, input: $input, expectedVersion: $v) { id version type fundingTerm } }`;
const IMPORT = `mutation($ws: ID!, $input: ImportGraphInput!) { importGraph(workspace: $ws, input: $input) { relationsCreated } }`;
const CHAINS = `query($ws: ID!, $id: ID!) { analytics(workspace: $ws) {
  fundingChains(recipientId: $id) {
    recipientId shareBasis currency totalAmount grantCount directStateShare stateShare truncated
    ultimateFunders { funderId source share direct amounts { currency amount } paths { actorIds share } funder { name } }
    bySource { source share }
    inKind { funderId relationIds }
  }
  funding { recipients { recipientId directStateShare stateShare governmentShare } }
} }`;

interface Chains {
  recipientId: string;
  shareBasis: string;
  totalAmount: number | null;
  directStateShare: number;
  stateShare: number;
  ultimateFunders: Array<{
    funderId: string;
    source: string | null;
    share: number;
    direct: boolean;
    amounts: Array<{ currency: string; amount: number }>;
    paths: Array<{ actorIds: string[]; share: number }>;
    funder: { name: string } | null;
  }>;
  bySource: Array<{ source: string | null; share: number }>;
  inKind: Array<{ funderId: string; relationIds: string[] }>;
}
interface ChainsAnswer {
  analytics: {
    fundingChains: Chains | null;
    funding: { recipients: Array<{ recipientId: string; directStateShare: number; stateShare: number }> };
  };
}

/**
 * Funding modality and chains through the API on a real Neo4j: the EU funds the JMDI, which funds a
 * local project that a foundation funds too; a ministry's re-grant to the JMDI is RESTRICTED and must
 * change nothing an anonymous visitor sees.
 */
describe('funding chains through the API', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const id: Record<string, string> = {};

  const chains = async (recipientId: string, anonymous = false) => {
    const answer = await api.gql<ChainsAnswer>(CHAINS, { ws: ws.id, id: recipientId }, anonymous ? ANONYMOUS : {});
    return answer;
  };

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'funding-chains');
    id.eu = (await createActor(api, ws.id, { name: 'European Union', kind: 'EU_BODY', tier: 'SUPRANATIONAL' })).id;
    id.jmdi = (await createActor(api, ws.id, { name: 'JMDI', kind: 'PROGRAMME_OR_FUND', tier: 'GLOBAL' })).id;
    id.fdn = (await createActor(api, ws.id, { name: 'Open Foundation', kind: 'FOUNDATION', country: 'GR' })).id;
    id.ministry = (
      await createActor(api, ws.id, { name: 'Hidden Ministry', kind: 'MINISTRY', tier: 'NATIONAL', country: 'GR' })
    ).id;
    id.project = (await createActor(api, ws.id, { name: 'Local Project', country: 'GR' })).id;
    id.secret = (await createActor(api, ws.id, { name: 'Secret Shelter', country: 'GR', visibility: 'RESTRICTED' })).id;
  });
  afterAll(async () => {
    await closeAnalyticsService(api.db);
    await ws.remove();
    await api.close();
  });

  it('refuses a funding modality on a tie that is not FUNDS, and an unknown value, writing nothing', async () => {
    const before = await workspaceCounts(api.db, ws.id);
    const misplaced = await api.gql(CREATE, {
      ws: ws.id,
      input: { type: 'PARTNERS_WITH', sourceId: id.fdn, targetId: id.project, fundingSource: 'PRIVATE' },
    });
    expect(errorOf(misplaced).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fundingSource' });
    expect(errorOf(misplaced).message).toContain('only FUNDS relations carry a funding modality');
    const unknown = await api.gql(CREATE, {
      ws: ws.id,
      input: { type: 'FUNDS', sourceId: id.fdn, targetId: id.project, fundingForm: 'LOAN' },
    });
    expect(errorOf(unknown).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(unknown).message).toContain('fundingForm');
    expect(await workspaceCounts(api.db, ws.id)).toEqual(before);
  });

  it('stores the modality, keeps it in the history, and refuses a type change that would strand it', async () => {
    const created = dataOf(
      await api.gql<{ createRelation: { id: string; version: number; fundingSource: string; fundingForm: string } }>(
        CREATE,
        {
          ws: ws.id,
          input: {
            type: 'FUNDS',
            sourceId: id.eu,
            targetId: id.jmdi,
            amount: 100,
            currency: 'EUR',
            fundingSource: 'PUBLIC',
            fundingTerm: 'SHORT_TERM',
            fundingForm: 'REGRANT',
          },
        },
      ),
    ).createRelation;
    expect(created).toMatchObject({ fundingSource: 'PUBLIC', fundingTerm: 'SHORT_TERM', fundingForm: 'REGRANT' });

    const changed = dataOf(
      await api.gql<{ updateRelation: { fundingTerm: string } }>(UPDATE, {
        id: created.id,
        v: created.version,
        input: { fundingTerm: 'MULTI_YEAR' },
      }),
    ).updateRelation;
    expect(changed.fundingTerm).toBe('MULTI_YEAR');
    const [last] = await historyOf(api, created.id);
    expect(last?.before).toMatchObject({ fundingTerm: 'SHORT_TERM' });
    expect(last?.after).toMatchObject({ fundingTerm: 'MULTI_YEAR' });

    // A FUNDS tie turned into a partnership would keep its amount and modality: refused, each field named.
    const before = await workspaceCounts(api.db, ws.id);
    const refused = await api.gql(UPDATE, { id: created.id, v: created.version + 1, input: { type: 'PARTNERS_WITH' } });
    expect(errorOf(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(refused).extensions?.fields).toEqual(
      expect.arrayContaining([
        {
          field: 'input.fundingSource',
          reason: 'only FUNDS relations carry a funding modality (type is PARTNERS_WITH)',
        },
        { field: 'input.fundingTerm', reason: 'only FUNDS relations carry a funding modality (type is PARTNERS_WITH)' },
        { field: 'input.fundingForm', reason: 'only FUNDS relations carry a funding modality (type is PARTNERS_WITH)' },
      ]),
    );
    expect(await workspaceCounts(api.db, ws.id)).toEqual(before);

    await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: id.jmdi,
      targetId: id.project,
      amount: 60,
      currency: 'EUR',
    });
    await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: id.fdn,
      targetId: id.project,
      amount: 40,
      currency: 'EUR',
    });
    await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: id.ministry,
      targetId: id.jmdi,
      amount: 100,
      currency: 'EUR',
      fundingForm: 'REGRANT',
      visibility: 'RESTRICTED',
    });
    await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: id.ministry,
      targetId: id.project,
      fundingForm: 'IN_KIND',
      visibility: 'RESTRICTED',
    });
  });

  it('imports the modality with a relation', async () => {
    const answer = await api.gql<{ importGraph: { relationsCreated: number } }>(IMPORT, {
      ws: ws.id,
      input: {
        actors: [
          { externalId: 'donor', name: 'Imported Donor', kind: 'BUSINESS', tier: 'NATIONAL', country: 'GR' },
          { externalId: 'ngo', name: 'Imported NGO', kind: 'NGO', tier: 'LOCAL', country: 'GR' },
        ],
        relations: [
          {
            externalId: 'f1',
            type: 'FUNDS',
            source: 'donor',
            target: 'ngo',
            fundingSource: 'PHILANTHROPIC',
            fundingForm: 'IN_KIND',
          },
        ],
      },
    });
    expect(dataOf(answer).importGraph.relationsCreated).toBe(1);
    const rows = dataOf(
      await api.gql<{
        relations: { edges: Array<{ node: { externalId: string; fundingSource: string; fundingForm: string } }> };
      }>(
        'query($ws: ID!) { relations(workspace: $ws, filter: { types: [FUNDS] }, first: 50) { edges { node { externalId fundingSource fundingForm } } } }',
        { ws: ws.id },
      ),
    ).relations.edges.map((edge) => edge.node);
    expect(rows.find((row) => row.externalId === 'f1')).toMatchObject({
      fundingSource: 'PHILANTHROPIC',
      fundingForm: 'IN_KIND',
    });
  });

  it('follows the money back through the JMDI for a member: the EU and the ministry half each of its part', async () => {
    const { fundingChains, funding } = dataOf(await chains(id.project)).analytics;
    expect(fundingChains).toMatchObject({ recipientId: id.project, shareBasis: 'AMOUNT', totalAmount: 100 });
    const byFunder = new Map(fundingChains?.ultimateFunders.map((f) => [f.funderId, f]));
    expect(byFunder.get(id.fdn)).toMatchObject({
      source: 'PHILANTHROPIC',
      direct: true,
      funder: { name: 'Open Foundation' },
    });
    expect(byFunder.get(id.fdn)?.share).toBeCloseTo(0.4, 12);
    expect(byFunder.get(id.eu)?.share).toBeCloseTo(0.3, 12);
    expect(byFunder.get(id.eu)?.amounts).toEqual([{ currency: 'EUR', amount: 30 }]);
    expect(byFunder.get(id.eu)?.paths).toEqual([{ actorIds: [id.eu, id.jmdi, id.project], share: 0.3 }]);
    expect(byFunder.get(id.ministry)?.share).toBeCloseTo(0.3, 12);
    expect(fundingChains?.stateShare).toBeCloseTo(0.6, 12);
    expect(fundingChains?.directStateShare).toBeCloseTo(0.6, 12);
    expect(fundingChains?.inKind.map((k) => k.funderId)).toEqual([id.ministry]);
    expect(funding.recipients.find((r) => r.recipientId === id.project)?.stateShare).toBeCloseTo(0.6, 12);
  });

  it('shows an anonymous visitor the chain without the restricted ties, and nothing of the ministry', async () => {
    const answer = await chains(id.project, true);
    const { fundingChains } = dataOf(answer).analytics;
    expect(fundingChains?.ultimateFunders.map((f) => [f.funderId, f.share])).toEqual([
      [id.eu, 0.6],
      [id.fdn, 0.4],
    ]);
    expect(fundingChains?.inKind).toEqual([]);
    expect(JSON.stringify(answer)).not.toContain(id.ministry);
    expect(JSON.stringify(answer)).not.toContain('Hidden Ministry');
  });

  it('answers NOT_FOUND on recipientId for an unknown actor and, to an anonymous visitor, a restricted one', async () => {
    expect(errorOf(await chains('no-such-actor')).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'recipientId',
    });
    expect(errorOf(await chains(id.secret, true)).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'recipientId',
    });
    expect(dataOf(await chains(id.secret)).analytics.fundingChains).toBeNull();
  });
});
