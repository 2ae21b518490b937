import type { ActorQuery } from '../../gql/graphql';

type ActorRelationAnswer = NonNullable<ActorQuery['actor']>['relations'][number];

/** A step of an actor's lineage: the other institution, how they are linked, and from when. */
export interface LineageLink {
  relationId: string;
  /** The other actor. */
  actorId: string;
  actorName: string;
  /** In words, read with the other actor's name after it: "Succeeds", "Merged into", … */
  words: string;
  /** The date of the succession (the relation's since), if known. */
  on: string | null;
}

/** The actor's predecessors and successors. */
export interface Lineage {
  predecessors: LineageLink[];
  successors: LineageLink[];
}

/**
 * How a succession reads from each of its ends (api/src/domain/vocabulary.ts): SUCCEEDS and SPLIT_FROM
 * run from the later actor to the earlier, MERGED_INTO from the merged (earlier) one to the one it
 * merged into. `out` is the source's view, `in` the target's.
 */
const READINGS: Record<
  string,
  { out: [side: keyof Lineage, words: string]; in: [side: keyof Lineage, words: string] }
> = {
  SUCCEEDS: { out: ['predecessors', 'Succeeds'], in: ['successors', 'Succeeded by'] },
  MERGED_INTO: { out: ['successors', 'Merged into'], in: ['predecessors', 'Absorbed'] },
  SPLIT_FROM: { out: ['predecessors', 'Split from'], in: ['successors', 'Split off'] },
};

/** An actor's lineage from its succession relations (the others are ignored), oldest succession first. */
export function lineageOf(actorId: string, relations: readonly ActorRelationAnswer[]): Lineage {
  const lineage: Lineage = { predecessors: [], successors: [] };
  for (const relation of relations) {
    const reading = READINGS[relation.type];
    if (!reading) continue;
    const outgoing = relation.source.id === actorId;
    const [side, words] = outgoing ? reading.out : reading.in;
    const other = outgoing ? relation.target : relation.source;
    lineage[side].push({
      relationId: relation.id,
      actorId: other.id,
      actorName: other.name,
      words,
      on: relation.since ?? null,
    });
  }
  const byDate = (a: LineageLink, b: LineageLink) => (a.on ?? '').localeCompare(b.on ?? '');
  lineage.predecessors.sort(byDate);
  lineage.successors.sort(byDate);
  return lineage;
}
