/** What a row of a lens's list asks of the map when it is chosen. */
export interface MapFocus {
  /** The row chosen (it stays marked, and a tap on its map decoration finds it). */
  rowId: string;
  /** The actor to select; null clears the selection; absent leaves it as it is. */
  select?: string | null;
  /** The map elements (actors, gap markers) to bring into view together. */
  frame: readonly string[];
}

/** An actor's row: select it and keep it in view. */
export const actorFocus = (rowId: string, actorId: string, others: readonly string[] = []): MapFocus => ({
  rowId,
  select: actorId,
  frame: [actorId, ...others],
});
