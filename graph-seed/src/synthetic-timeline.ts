import { seededRandom } from '../../api/src/graph/seeded-random';
import type { SuccessionType } from '../../api/src/domain/vocabulary';
import type { ActorRecord, GraphFiles, RelationRecord } from './graph-file.types';
import { SYNTHETIC_SOURCE } from './synthetic-actors';

const SUCCESSION_KINDS: readonly SuccessionType[] = ['SUCCEEDS', 'MERGED_INTO', 'SPLIT_FROM'];

/**
 * A deterministic timeline over a generated map (issue 21): a fifth of the actors get a since year
 * (2000–2018) and a quarter of those an until a few years later, one in twenty a former name with the
 * year of the rename, one relation in ten dated states (confrontation from 2012–2016, half of them
 * back to cooperation from 2018–2022), and one succession (SUCCEEDS, MERGED_INTO, SPLIT_FROM in turn)
 * per fifty actors, the predecessor of a succession or merger ending the year before. Draws come from
 * their own stream (seeded with the map's seed), so the map without a timeline is unchanged; dates a
 * draw puts outside what import accepts (a rename before the actor's since, a state before the
 * relation's since) are moved to the nearest year it accepts, or dropped when none is left.
 */
export function addTimeline(files: GraphFiles, seed: number): GraphFiles {
  const random = seededRandom(seed);
  const year = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const actors: ActorRecord[] = files.actors.map((a) => {
    const actor: ActorRecord = { ...a };
    const draw = random();
    if (draw < 0.2) actor.since = String(year(2000, 2018));
    if (draw < 0.05) actor.until = String(Number(actor.since) + 1 + Math.floor(random() * 6));
    if (random() < 0.05) {
      actor.formerNames = [`${a.name} (former)`];
      actor.renamedOn = [String(year(2010, 2020))];
    }
    return actor;
  });
  const relations: RelationRecord[] = files.relations.map((rel) => {
    if (random() >= 0.1) return rel;
    const drawn = [
      { on: year(2012, 2016), mode: 'CONFRONTATION' as const },
      ...(random() < 0.5 ? [{ on: year(2018, 2022), mode: 'COOPERATION' as const }] : []),
    ];
    const states = inside(drawn, rel.since, rel.until);
    return states.length > 0 ? { ...rel, states } : rel;
  });
  const successions: RelationRecord[] = [];
  const width = String(Math.max(0, Math.floor(actors.length / 50) - 1)).length;
  for (let i = 0; i < actors.length / 50; i++) {
    const predecessor = actors[Math.floor(random() * actors.length)]!;
    const successor = actors[Math.floor(random() * actors.length)]!;
    if (predecessor === successor) continue;
    const kind = SUCCESSION_KINDS[i % SUCCESSION_KINDS.length]!;
    const on = year(2012, 2020);
    if (kind !== 'SPLIT_FROM') predecessor.until = String(Math.max(on - 1, Number(predecessor.since ?? 0)));
    successions.push(succession(`s-${String(i).padStart(width, '0')}`, kind, predecessor, successor, String(on)));
  }
  return { ...files, actors: actors.map(renameInsideLifespan), relations: [...relations, ...successions] };
}

/** States moved after the relation's since year and after each other; those past its until are dropped. */
function inside(
  drawn: ReadonlyArray<{ on: number; mode: 'CONFRONTATION' | 'COOPERATION' }>,
  since: string | null,
  until: string | null,
): NonNullable<RelationRecord['states']> {
  let floor = since ? Number(since.slice(0, 4)) + 1 : 0;
  const last = until ? Number(until.slice(0, 4)) : Infinity;
  const states: NonNullable<RelationRecord['states']> = [];
  for (const state of drawn) {
    const on = Math.max(state.on, floor);
    if (on > last) break;
    states.push({ on: String(on), mode: state.mode });
    floor = on + 1;
  }
  return states;
}

/** The rename year moved inside (since, until]; no former name when the lifespan leaves no such year. */
function renameInsideLifespan(actor: ActorRecord): ActorRecord {
  if (!actor.renamedOn) return actor;
  const on = Math.min(
    Math.max(Number(actor.renamedOn[0]), actor.since ? Number(actor.since) + 1 : 0),
    actor.until ? Number(actor.until) : Infinity,
  );
  if (actor.since && on <= Number(actor.since)) {
    const { formerNames: _names, renamedOn: _dates, ...rest } = actor;
    return rest;
  }
  return { ...actor, renamedOn: [String(on)] };
}

/** A succession as a relation record: MERGED_INTO reads from the predecessor, the others from the successor. */
function succession(
  externalId: string,
  type: SuccessionType,
  predecessor: ActorRecord,
  successor: ActorRecord,
  on: string,
): RelationRecord {
  const [source, target] = type === 'MERGED_INTO' ? [predecessor, successor] : [successor, predecessor];
  return {
    externalId,
    type,
    source: source.externalId,
    target: target.externalId,
    directed: true,
    mode: null,
    engagement: null,
    formal: null,
    role: null,
    themes: [],
    since: on,
    until: null,
    amount: null,
    currency: null,
    strength: null,
    confidence: 1,
    notes: null,
    sources: [SYNTHETIC_SOURCE],
  };
}
