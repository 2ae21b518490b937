/**
 * How big an actor is drawn: its relative size (0–1) is set by the lens, or by its number of ties
 * (the square root, full size from 36 ties on); the layout leaves room for the tie-based size.
 */
export const relativeSizeByTies = (ties: number): number => Math.min(1, Math.sqrt(ties) / 6);

/** The diameter on the map, in model units, of an actor of relative size 0–1. */
export const actorDiameter = (relative: number): number => 14 + relative * 40;
