import { buildAnalyticsFixture, type AnalyticsFixture } from './analytics-fixture';
import { dataOf } from '../../helpers/workspace-fixture';

interface Evidence {
  relationIds: string[];
  successionIds: string[];
  relations: Array<{ id: string }>;
}

interface MeasureAnswer {
  diff: {
    betweennessMethod: string;
    betweennessErrorBound: number | null;
    brokerageChanges: Array<{
      actorId: string;
      actor: { name: string } | null;
      betweennessFrom: number | null;
      betweennessTo: number | null;
      delta: number;
      rankFrom: number | null;
      rankTo: number | null;
      rolesFrom: { total: number } | null;
      rolesTo: { total: number } | null;
      evidence: Evidence;
    }>;
    gapsOpened: Array<{ theme: string; countries: string[]; lowerTier: string; upperTier: string; evidence: Evidence }>;
    gapsClosed: Array<{
      theme: string;
      countries: string[];
      lowerTier: string;
      upperTier: string;
      fromStatus: string;
      toStatus: string;
      relations: Array<{ id: string }>;
      evidence: Evidence;
    }>;
    communityChanges: Array<{ kind: string; parts: Array<{ size: number; jaccard: number }> }>;
    fundingChanges: Array<{
      kind: string;
      funder: { id: string };
      recipient: { id: string };
      shareFrom: number | null;
      shareTo: number | null;
      evidence: Evidence;
    }>;
    deliveryWithoutVoiceAppeared: Array<{
      civilSocietyActor: { id: string };
      governmentActor: { id: string };
      deliveryRelations: Array<{ id: string }>;
      evidence: Evidence;
    }>;
    deliveryWithoutVoiceEnded: Array<{ civilSocietyActorId: string }>;
  };
}

const EVIDENCE = 'evidence { relationIds successionIds relations { id } }';
const SELECTION = (from: string, to: string, limit = 20) => `diff(from: "${from}", to: "${to}") {
  betweennessMethod betweennessErrorBound
  brokerageChanges(limit: ${limit}) { actorId actor { name } betweennessFrom betweennessTo delta rankFrom rankTo
    rolesFrom { total } rolesTo { total } ${EVIDENCE} }
  gapsOpened { theme countries lowerTier upperTier ${EVIDENCE} }
  gapsClosed { theme countries lowerTier upperTier fromStatus toStatus relations { id } ${EVIDENCE} }
  communityChanges { kind parts { size jaccard } }
  fundingChanges { kind funder { id } recipient { id } shareFrom shareTo ${EVIDENCE} }
  deliveryWithoutVoiceAppeared { civilSocietyActor { id } governmentActor { id } deliveryRelations { id } ${EVIDENCE} }
  deliveryWithoutVoiceEnded { civilSocietyActorId }
}`;

describe('the measure diff through GraphQL (issue 21 point 5), on a real database', () => {
  let fx: AnalyticsFixture;
  /** A3 starts funding A2 in 2020, beside A6. */
  let grant: string;
  /** A RESTRICTED tie A1–A8 from 2020: evidence an editor sees and an anonymous visitor must not. */
  let hidden: string;

  beforeAll(async () => {
    fx = await buildAnalyticsFixture('diff-measures');
    const create = async (input: Record<string, unknown>) =>
      dataOf(
        await fx.api.gql<{ createRelation: { id: string } }>(
          'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
          { ws: fx.workspace.id, input },
        ),
      ).createRelation.id;
    grant = await create({
      type: 'FUNDS',
      sourceId: fx.actor.A3,
      targetId: fx.actor.A2,
      amount: 1000,
      currency: 'EUR',
      since: '2020',
    });
    hidden = await create({
      type: 'PARTNERS_WITH',
      sourceId: fx.actor.A1,
      targetId: fx.actor.A8,
      since: '2020',
      visibility: 'RESTRICTED',
    });
  });
  afterAll(async () => {
    await fx.close();
  });

  const measures = async (from: string, to: string, anonymous = false) =>
    dataOf(await fx.analytics<MeasureAnswer>(SELECTION(from, to), { anonymous })).analytics.diff;

  it('answers every measure with its evidence, resolved to relations, for an editor', async () => {
    const diff = await measures('2017', '2022');
    expect(diff.betweennessMethod).toBe('EXACT');
    expect(diff.betweennessErrorBound).toBeNull();

    // The local–national gap on integration in Greece closes when Athens starts consulting the ministry (R10).
    const closed = diff.gapsClosed.find((g) => g.theme === 'integration-inclusion' && g.countries.includes('GR'));
    expect(closed).toMatchObject({ lowerTier: 'LOCAL', upperTier: 'NATIONAL', fromStatus: 'GAP', toStatus: 'TIED' });
    expect(closed?.evidence.relationIds).toEqual([fx.relation.R10]);
    expect(closed?.relations.map((r) => r.id)).toEqual([fx.relation.R10]);

    // The NGO's delivery for Athens from 2018 (R1), with no voice: a case that appeared.
    expect(diff.deliveryWithoutVoiceAppeared).toEqual([
      {
        civilSocietyActor: { id: fx.actor.A2 },
        governmentActor: { id: fx.actor.A1 },
        deliveryRelations: [{ id: fx.relation.R1 }],
        evidence: { relationIds: [fx.relation.R1], successionIds: [], relations: [{ id: fx.relation.R1 }] },
      },
    ]);
    expect(diff.deliveryWithoutVoiceEnded).toEqual([]);

    // The ministry starts funding the NGO beside the foundation: started, and the foundation's share halves.
    const funding = diff.fundingChanges.map((f) => [
      f.kind,
      fx.keyOf(f.funder.id),
      fx.keyOf(f.recipient.id),
      f.shareFrom,
      f.shareTo,
    ]);
    // By recipient then funder id: compare as a set.
    expect(funding).toHaveLength(2);
    expect(funding).toEqual(
      expect.arrayContaining([
        ['STARTED', 'A3', 'A2', null, 0.5],
        ['SHARE_CHANGED', 'A6', 'A2', 1, 0.5],
      ]),
    );
    for (const change of diff.fundingChanges) expect(change.evidence.relationIds).toEqual([grant]);

    // The EU agency lost its partnership with UNHCR (R4, 2015–2019); the restricted tie reached it in 2020.
    const agency = diff.brokerageChanges.find((b) => b.actorId === fx.actor.A8);
    expect(agency?.actor?.name).toBe('EU Asylum Agency');
    expect(agency?.evidence.relationIds).toEqual([fx.relation.R4, hidden].sort());
    expect(agency?.evidence.relations.map((r) => r.id).sort()).toEqual([fx.relation.R4, hidden].sort());
    expect(JSON.stringify(diff)).toContain(hidden);
  });

  it('computes an anonymous visitor’s diff on what it may see: no restricted actor, tie or evidence', async () => {
    const diff = await measures('2017', '2022', true);
    const text = JSON.stringify(diff);
    expect(text).not.toContain(hidden);
    expect(text).not.toContain(fx.relation.R13);
    expect(text).not.toContain(fx.relation.R5);
    expect(text).not.toContain(fx.actor.A5);
    const agency = diff.brokerageChanges.find((b) => b.actorId === fx.actor.A8);
    expect(agency?.evidence.relationIds).toEqual([fx.relation.R4]);
    // What the visitor sees still changes: the gap closed by R10 and the case of R1.
    expect(diff.gapsClosed.map((g) => g.evidence.relationIds)).toContainEqual([fx.relation.R10]);
    expect(diff.deliveryWithoutVoiceAppeared).toHaveLength(1);
  });

  it('keeps the movers to the limit asked for, largest change first', async () => {
    const diff = dataOf(await fx.analytics<MeasureAnswer>(SELECTION('2017', '2022', 2))).analytics.diff;
    expect(diff.brokerageChanges).toHaveLength(2);
    const [first, second] = diff.brokerageChanges;
    expect(Math.abs(first!.delta)).toBeGreaterThanOrEqual(Math.abs(second!.delta));
  });

  it('refuses bad input with a clear error naming the field', async () => {
    const error = async (args: string, selection = 'brokerageChanges { actorId }') => {
      const answer = await fx.analytics(`diff(${args}) { ${selection} }`);
      expect(answer.data).toBeNull();
      return answer.errors?.[0] as { message: string; extensions: Record<string, unknown> };
    };
    expect((await error('from: "2020", to: "2018"')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect((await error('from: "2019-13", to: "2020"')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect((await error('fromPeriod: "no-such-period", to: "2020"')).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'fromPeriod',
    });
    const limit = await fx.analytics('diff(from: "2017", to: "2022") { brokerageChanges(limit: 0) { actorId } }');
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const tooMany = await fx.analytics('diff(from: "2017", to: "2022") { brokerageChanges(limit: 101) { actorId } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
