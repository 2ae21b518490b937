import { humanize } from '../../lib/domain';
import type { TimeChangeMarks } from '../../lib/map-elements';
import type { TimeDiffQuery } from '../../gql/graphql';

/** The answer of analytics.diff as the changes view asks for it (api/get-time-diff.ts). */
export type TimeDiffAnswer = TimeDiffQuery['analytics']['diff'];

/** How a listed change is coloured, in the list and on the map (palette.ts TIME_CHANGE_COLOURS). */
export type DiffTone = 'added' | 'ended' | 'changed';

/** One line of the changes view: what it says and what a click selects on the map. */
export interface DiffItem {
  key: string;
  text: string;
  tone: DiffTone;
  target: { kind: 'actor' | 'relation'; id: string };
}

/** What a section may ask about records the diff names by id only. */
export interface DiffContext {
  /** "Source → Target (type)" for a relation of the map. */
  relationLabel: (id: string) => string;
}

/** A section of the changes view: its title and the lines it reads from the diff. */
export interface DiffSection {
  id: string;
  title: string;
  items: (diff: TimeDiffAnswer, context: DiffContext) => DiffItem[];
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
      })),
  },
];

/** The records of a diff the map colours (map-elements.ts TimeChangeMarks). */
export function diffMarks(diff: TimeDiffAnswer): TimeChangeMarks {
  return {
    addedActorIds: new Set(diff.addedActorIds),
    endedActorIds: new Set(diff.endedActorIds),
    addedRelationIds: new Set(diff.addedRelationIds),
    endedRelationIds: new Set(diff.endedRelationIds),
    changedRelationIds: new Set(diff.changedRelations.map((change) => change.relationId)),
    changedActorIds: new Set([
      ...diff.renamedActors.map((rename) => rename.actorId),
      ...diff.successions.flatMap((succession) => [succession.predecessor, succession.successor]),
    ]),
  };
}
