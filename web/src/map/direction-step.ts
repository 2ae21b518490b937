/** Where an arrow key goes from one point among others: the nearest in that direction, on screen. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The point an arrow key moves to from `from`: among the points within 60° of the direction, the one
 * with the least distance along it plus twice the distance across it (so a point straight ahead wins
 * over a nearer one off to the side); null when nothing lies that way.
 */
export function stepInDirection(from: Point, points: readonly Point[], direction: Direction): Point | null {
  const unit = UNIT[direction];
  let best: Point | null = null;
  let bestCost = Infinity;
  for (const point of points) {
    if (point.id === from.id) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // Within 60° of the direction: across ≤ along · tan 60°.
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const cost = along + 2 * across;
    if (cost < bestCost || (cost === bestCost && best && point.id < best.id)) {
      best = point;
      bestCost = cost;
    }
  }
  return best;
}
