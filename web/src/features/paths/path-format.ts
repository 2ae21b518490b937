/** A relation as a path step needs it. */
export interface StepRelation {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  directed: boolean;
  confidence: number;
}

/** One step of a path: the actor it leaves, the one it reaches, and every relation between them. */
export interface Step {
  fromId: string;
  toId: string;
  relations: readonly StepRelation[];
}

/** "PARTNERS_WITH" → "partners with". */
export function relationVerb(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/**
 * The connector drawn between two actors of a path, read in the path's direction: "—funds→" when the
 * step's first actor is the source, "←funds—" when it is the target, "—partners with—" for undirected
 * ties; several relations between the same pair are joined with " / " in alphabetical order (the API lists
 * them by id, which differs from one load of a map to the next).
 */
export function stepConnector(step: Step): string {
  if (step.relations.length === 0) return '——';
  const verbs = (keep: (r: StepRelation) => boolean) =>
    step.relations
      .filter(keep)
      .map((r) => relationVerb(r.type))
      .sort();
  const forward = verbs((r) => r.directed && r.sourceId === step.fromId);
  const backward = verbs((r) => r.directed && r.sourceId !== step.fromId);
  const both = verbs((r) => !r.directed);
  const parts = [
    ...(forward.length ? [`—${forward.join(' / ')}→`] : []),
    ...(backward.length ? [`←${backward.join(' / ')}—`] : []),
    ...(both.length ? [`—${both.join(' / ')}—`] : []),
  ];
  return parts.join(' ');
}

/** The whole path as one line of text: "A —funds→ B —partners with— C". */
export function formatPath(names: readonly string[], steps: readonly Step[]): string {
  return names
    .map((name, index) => (index < steps.length ? `${name} ${stepConnector(steps[index]!)} ` : name))
    .join('');
}

/**
 * The confidence of the path's weakest step, each step counting its best-attested relation: a path is
 * only as sure as its least certain link. 1 for a path of no steps.
 */
export function weakestConfidence(steps: readonly Step[]): number {
  return steps.reduce((weakest, step) => Math.min(weakest, Math.max(0, ...step.relations.map((r) => r.confidence))), 1);
}
