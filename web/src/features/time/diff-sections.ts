import { humanize } from '../../lib/domain';
import type { TimeChangeMarks } from '../../lib/map-elements';
import type { TimeDiffQuery } from '../../gql/graphql';

/** The answer of analytics.diff as the changes view asks for it (api/get-time-diff.ts). */
export type TimeDiffAnswer = TimeDiffQuery['analytics']['diff'];

/** How a listed change is coloured, in the list and on the map (palette.ts TIME_CHANGE_COLOURS). */
export type DiffTone = 'added' | 'ended' | 'changed';

/** What a click on a listed change selects on the map. */
export interface DiffTarget {
  kind: 'actor' | 'relation';
  id: string;
}

/** One line of the changes view: what it says, why, and what it selects and colours on the map. */
export interface DiffItem {
  key: string;
  text: string;
  /** What caused it (the evidence the API gives), in words; absent where the text says it all. */
  why?: string;
  tone: DiffTone;
  /** Null when the change names no actor or relation (a gap pair that stopped being checked). */
  target: DiffTarget | null;
  /** Further actors the map colours with it (both ends of a funding, a community's members). */
  actorIds?: readonly string[];
}

/** What a section may ask about records and codes the diff names by id only. */
export interface DiffContext {
  /** "Source → Target (type)" for a relation of the map. */
  relationLabel: (id: string) => string;
  /** A theme's label (its id while themes load). */
  themeLabel: (id: string) => string;
  /** A country's name (its ISO code while names load). */
  countryName: (code: string) => string;
}

/**
 * A section of the changes view: its title and the lines it reads from an answer (the record diff, or
 * the measure diff of measure-sections.ts).
 */
export interface DiffSection<Answer = TimeDiffAnswer> {
  id: string;
  title: string;
  items: (answer: Answer, context: DiffContext) => DiffItem[];
}

type DiffRelation = TimeDiffAnswer['addedRelations'][number];

const relationText = (relation: DiffRelation) =>
  `${relation.source.name} → ${relation.target.name} (${humanize(relation.type)})`;

const SUCCESSION_WORDS: Record<string, string> = {
  SUCCEEDS: 'succeeds',
  MERGED_INTO: 'merged into',
  SPLIT_FROM: 'split from',
};

/**
 * The sections of the changes view, in order. A new kind of change (e.g. a measure the diff gains) is
 * one more entry here; the view, its counts and its colours on the map follow.
 */
export const DIFF_SECTIONS: readonly DiffSection[] = [
  {
    id: 'actors-added',
    title: 'Actors added',
    items: (diff) =>
      diff.addedActors.map((actor) => ({
        key: actor.id,
        text: actor.name,
        tone: 'added',
        target: { kind: 'actor', id: actor.id },
      })),
  },
  {
    id: 'actors-ended',
    title: 'Actors ended',
    items: (diff) =>
      diff.endedActors.map((actor) => ({
        key: actor.id,
        text: actor.name,
        tone: 'ended',
        target: { kind: 'actor', id: actor.id },
      })),
  },
  {
    id: 'relations-added',
    title: 'Relations added',
    items: (diff) =>
      diff.addedRelations.map((relation) => ({
        key: relation.id,
        text: relationText(relation),
        tone: 'added',
        target: { kind: 'relation', id: relation.id },
      })),
  },
  {
    id: 'relations-ended',
    title: 'Relations ended',
    items: (diff) =>
      diff.endedRelations.map((relation) => ({
        key: relation.id,
        text: relationText(relation),
        tone: 'ended',
        target: { kind: 'relation', id: relation.id },
      })),
  },
  {
    id: 'tie-changes',
    title: 'Ties that changed',
    items: (diff, context) =>
      diff.changedRelations.map((change) => ({
        key: `${change.relationId}:${change.field}`,
        text: `${context.relationLabel(change.relationId)}: ${change.field} ${humanize(change.from ?? '—')} → ${humanize(change.to ?? '—')}`,
        tone: 'changed',
        target: { kind: 'relation', id: change.relationId },
      })),
  },
  {
    id: 'renames',
    title: 'Renamed',
    items: (diff) =>
      diff.renamedActors.map((rename) => ({
        key: rename.actorId,
        text: `${rename.fromName} → ${rename.toName}`,
        tone: 'changed',
        target: { kind: 'actor', id: rename.actorId },
      })),
  },
  {
    id: 'successions',
    title: 'Successions',
    items: (diff) =>
      diff.successions.map((succession) => ({
        key: succession.id,
        text: `${succession.predecessorActor?.name ?? 'An actor'} ${SUCCESSION_WORDS[succession.kind] ?? humanize(succession.kind)} ${succession.successorActor?.name ?? 'an actor'} (${succession.on})`,
        tone: 'changed',
        target: { kind: 'actor', id: succession.successor },
        actorIds: [succession.predecessor, succession.successor],
      })),
  },
];

/**
 * What the map colours for these lines (map-elements.ts TimeChangeMarks): each one's target and further
 * actors in its tone. Where two lines tone one record, added wins over ended, ended over changed.
 */
export function itemMarks(items: readonly DiffItem[]): TimeChangeMarks {
  const sets = () => ({ added: new Set<string>(), ended: new Set<string>(), changed: new Set<string>() });
  const actors = sets();
  const relations = sets();
  for (const item of items) {
    if (item.target) (item.target.kind === 'actor' ? actors : relations)[item.tone].add(item.target.id);
    for (const id of item.actorIds ?? []) actors[item.tone].add(id);
  }
  return {
    addedActorIds: actors.added,
    endedActorIds: actors.ended,
    changedActorIds: actors.changed,
    addedRelationIds: relations.added,
    endedRelationIds: relations.ended,
    changedRelationIds: relations.changed,
  };
}
