import { DIFF_SECTIONS, itemMarks } from '../../../web/src/features/time/diff-sections';
import {
  MEASURE_SECTIONS,
  betweennessNote,
  type MeasureDiffAnswer,
} from '../../../web/src/features/time/measure-sections';

const relation = (id: string, source: string, target: string, type: string) => ({
  id,
  type,
  source: { id: source, name: `Actor ${source}` },
  target: { id: target, name: `Actor ${target}` },
});
const evidence = (...relations: ReturnType<typeof relation>[]) => ({ relations });
const roles = (coordinator: number, gatekeeper: number) => ({
  total: coordinator + gatekeeper,
  coordinator,
  itinerant: 0,
  gatekeeper,
  representative: 0,
  liaison: 0,
});
const broker = (actorId: string, from: number | null, to: number, extra: object = {}) => ({
  actorId,
  betweennessFrom: from,
  betweennessTo: to,
  delta: to - (from ?? 0),
  rankFrom: from === null ? null : 3,
  rankTo: 1,
  rolesFrom: roles(2, 1),
  rolesTo: roles(2, 1),
  actor: { name: `Actor ${actorId}` },
  evidence: evidence(),
  ...extra,
});
const gap = (theme: string, fromStatus: string, toStatus: string, relations: ReturnType<typeof relation>[] = []) => ({
  theme,
  countries: ['NL'],
  lowerTier: 'LOCAL',
  upperTier: 'NATIONAL',
  fromStatus,
  toStatus,
  relations: [],
  evidence: evidence(...relations),
});

/** A measure diff small enough to check by hand: r1 started, r2 ended, r3 changed state. */
const ANSWER = {
  addedRelationIds: ['r1'],
  endedRelationIds: ['r2'],
  betweennessMethod: 'EXACT',
  betweennessErrorBound: null,
  brokerageChanges: [
    broker('a', 0.1, 0.25, {
      rolesTo: roles(2, 4),
      evidence: evidence(relation('r1', 'a', 'b', 'PARTNERS_WITH'), relation('r3', 'a', 'c', 'COORDINATES')),
    }),
    broker('d', 0.2, 0.05, { rolesTo: roles(0, 1), evidence: evidence(relation('r2', 'd', 'e', 'FUNDS')) }),
    broker('f', 0.1, 0.1, { rolesTo: roles(3, 1) }),
  ],
  gapsOpened: [gap('labour-migration', 'TIED', 'GAP', [relation('r2', 'g', 'h', 'COORDINATES')])],
  gapsClosed: [gap('labour-migration', 'GAP', 'NOT_CHECKED')],
  communityChanges: [
    {
      kind: 'MERGED',
      communityIndex: 0,
      communitySize: 7,
      parts: [
        { index: 0, size: 4, actorIds: ['a', 'b', 'c', 'x'], actors: [{ name: 'Actor a' }, { name: 'Actor b' }] },
        { index: 3, size: 3, actorIds: ['d', 'e', 'y'], actors: [{ name: 'Actor d' }, { name: 'Actor e' }] },
      ],
      evidence: evidence(relation('r1', 'a', 'b', 'PARTNERS_WITH')),
    },
    {
      kind: 'SPLIT',
      communityIndex: 2,
      communitySize: 6,
      parts: [
        { index: 1, size: 3, actorIds: ['p', 'q', 'r'], actors: [{ name: 'Actor p' }] },
        { index: 4, size: 3, actorIds: ['s', 't', 'u'], actors: [{ name: 'Actor s' }] },
      ],
      evidence: evidence(),
    },
  ],
  fundingChanges: [
    {
      kind: 'STARTED',
      funderId: 'f1',
      recipientId: 'r',
      shareFrom: null,
      shareTo: 0.6,
      funder: { name: 'Fund One' },
      recipient: { name: 'City office' },
      evidence: evidence(relation('r1', 'f1', 'r', 'FUNDS')),
    },
    {
      kind: 'SHARE_CHANGED',
      funderId: 'f2',
      recipientId: 'r',
      shareFrom: 1,
      shareTo: 0.4,
      funder: null,
      recipient: { name: 'City office' },
      evidence: evidence(relation('r1', 'f1', 'r', 'FUNDS')),
    },
  ],
  deliveryWithoutVoiceAppeared: [
    {
      civilSocietyActorId: 'ngo',
      governmentActorId: 'gov',
      civilSocietyActor: { name: 'Helping Hands' },
      governmentActor: { name: 'Ministry' },
      evidence: evidence(relation('r2', 'ngo', 'gov', 'ADVOCATES_TO')),
    },
  ],
  deliveryWithoutVoiceEnded: [],
} as unknown as MeasureDiffAnswer;

const context = {
  relationLabel: () => 'A relation',
  themeLabel: (id: string) => (id === 'labour-migration' ? 'Labour migration' : id),
  countryName: (code: string) => (code === 'NL' ? 'Netherlands' : code),
};
const section = (id: string) => MEASURE_SECTIONS.find((candidate) => candidate.id === id)!.items(ANSWER, context);

describe('MEASURE_SECTIONS', () => {
  it('splits brokers into gainers and losers, with betweenness, rank, roles and the ties that moved them', () => {
    const gained = section('brokers-gained');
    expect(gained.map((item) => item.key)).toEqual(['a', 'f']);
    expect(gained[0]).toEqual({
      key: 'a',
      text: 'Actor a: betweenness 0.100 → 0.250 (+0.150), rank #3 → #1; roles gatekeeper +3',
      why: 'Ties started: Actor a → Actor b (Partners with); changed: Actor a → Actor c (Coordinates).',
      tone: 'added',
      target: { kind: 'actor', id: 'a' },
    });
    // Betweenness unchanged, roles grown: a gain.
    expect(gained[1]).toMatchObject({ text: expect.stringContaining('(+0.000)') as string, tone: 'added' });
    expect(gained[1]!.why).toBe('No tie of its own changed: the ties around it did.');
    expect(section('brokers-lost')).toEqual([
      {
        key: 'd',
        text: 'Actor d: betweenness 0.200 → 0.050 (\u22120.150), rank #3 → #1; roles coordinator \u22122',
        why: 'Ties ended: Actor d → Actor e (Funds).',
        tone: 'ended',
        target: { kind: 'actor', id: 'd' },
      },
    ]);
  });

  it('names gaps by theme, country and tiers, selecting the tie that opened one', () => {
    expect(section('gaps-opened')).toEqual([
      {
        key: 'labour-migration:NL:LOCAL:NATIONAL',
        text: 'Labour migration in Netherlands: Local – National, tied → gap',
        why: 'Ties ended: Actor g → Actor h (Coordinates).',
        tone: 'ended',
        target: { kind: 'relation', id: 'r2' },
        actorIds: ['g', 'h'],
      },
    ]);
    // Closed by no longer being checked: nothing to select, and the reason said.
    expect(section('gaps-closed')[0]).toMatchObject({
      text: 'Labour migration in Netherlands: Local – National, gap → not checked',
      why: 'No longer checked: one of the tiers has no actor on the theme.',
      tone: 'added',
      target: null,
      actorIds: [],
    });
  });

  it('lists merged and split communities with their parts, colouring every member', () => {
    const [merged] = section('communities-merged');
    expect(merged).toMatchObject({
      text: '2 communities merged into one of 7 actors',
      why: 'Parts: Actor a, Actor b and 2 more | Actor d, Actor e and 1 more. Ties started: Actor a → Actor b (Partners with).',
      tone: 'changed',
      target: { kind: 'relation', id: 'r1' },
    });
    expect(merged!.actorIds).toEqual(['a', 'b', 'c', 'x', 'd', 'e', 'y']);
    // Without a tie between the parts, a click selects a member.
    expect(section('communities-split')[0]).toMatchObject({
      text: 'A community of 6 actors split into 2',
      target: { kind: 'actor', id: 'p' },
    });
  });

  it('says how funding started, stopped or changed share, selecting the recipient', () => {
    expect(section('funding-started')).toEqual([
      {
        key: 'f1:r',
        text: 'Fund One started funding City office (60% of its funding)',
        why: 'Ties started: Actor f1 → Actor r (Funds).',
        tone: 'added',
        target: { kind: 'actor', id: 'r' },
        actorIds: ['f1', 'r'],
      },
    ]);
    expect(section('funding-stopped')).toEqual([]);
    expect(section('funding-share')[0]).toMatchObject({
      text: "A hidden actor's share of City office's funding: 100% → 40%",
      tone: 'changed',
    });
  });

  it('lists delivery without voice that appeared, with the voice tie that ended', () => {
    expect(section('voice-appeared')).toEqual([
      {
        key: 'ngo:gov',
        text: 'Helping Hands delivers services for Ministry without a voice tie',
        why: 'Ties ended: Actor ngo → Actor gov (Advocates to).',
        tone: 'ended',
        target: { kind: 'actor', id: 'ngo' },
        actorIds: ['ngo', 'gov'],
      },
    ]);
    expect(section('voice-ended')).toEqual([]);
  });

  it('colours a section’s actors on the map in its tone', () => {
    const marks = itemMarks(section('funding-started'));
    expect([...marks.addedActorIds].sort()).toEqual(['f1', 'r']);
    expect(marks.endedActorIds.size + marks.changedActorIds.size + marks.addedRelationIds.size).toBe(0);
    // A gap's evidence tie is coloured with the actors at its ends.
    const gaps = itemMarks(section('gaps-opened'));
    expect([...gaps.endedRelationIds]).toEqual(['r2']);
    expect([...gaps.endedActorIds].sort()).toEqual(['g', 'h']);
  });

  it('has ids unique among themselves and the record sections', () => {
    const ids = [...DIFF_SECTIONS, ...MEASURE_SECTIONS].map((candidate) => candidate.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('betweennessNote', () => {
  it('says exact, or sampled with the error bound', () => {
    expect(betweennessNote(ANSWER)).toBe('Betweenness exact.');
    expect(betweennessNote({ ...ANSWER, betweennessMethod: 'SAMPLED' as never, betweennessErrorBound: 0.114 })).toBe(
      'Betweenness sampled, ±0.11: small changes may be noise.',
    );
  });
});
