import type { Core, NodeSingular } from 'cytoscape';
import { stepInDirection, type Direction } from '../../map/direction-step';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What a key pressed on the focused map does. */
export type MapKeyAction =
  { kind: 'move'; id: string } | { kind: 'open'; id: string } | { kind: 'zoom'; factor: number } | null;

const inView = (cy: Core, node: NodeSingular) => {
  const { x, y } = node.renderedPosition();
  return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
};

/**
 * Where the keyboard starts on the map: the selection when it is drawn, else the actor the map ranks
 * first for a name among those in view (the largest one, see labelRank).
 */
export function startingActor(cy: Core, selectedId: string | null): string | null {
  const selected = selectedId ? cy.getElementById(selectedId) : null;
  if (selected?.nonempty() && selected.hasClass('actor')) return selectedId;
  let best: NodeSingular | null = null;
  cy.nodes('node.actor').forEach((node) => {
    if (!inView(cy, node)) return;
    if (!best || Number(node.data('labelRank')) > Number(best.data('labelRank'))) best = node;
  });
  return (best as NodeSingular | null)?.id() ?? null;
}

/**
 * The actors the arrow keys move between: the selection and its neighbours when an actor is selected,
 * else the actors in view.
 */
function reachable(cy: Core, selectedId: string | null): NodeSingular[] {
  const selected = selectedId ? cy.getElementById(selectedId) : null;
  if (selected?.nonempty() && selected.isNode())
    return [selected, ...selected.neighborhood('node.actor').toArray()] as NodeSingular[];
  return cy
    .nodes('node.actor')
    .filter((node) => inView(cy, node))
    .toArray() as NodeSingular[];
}

/**
 * The action of a key on the focused map: arrows move the keyboard focus to the nearest reachable
 * actor that way on screen, Home back to the selection, Enter or Space open the focused actor,
 * + and − zoom. Null for other keys.
 */
export function mapKeyAction(cy: Core, key: string, current: string | null, selectedId: string | null): MapKeyAction {
  if (key === '+' || key === '=') return { kind: 'zoom', factor: 1.4 };
  if (key === '-' || key === '−') return { kind: 'zoom', factor: 1 / 1.4 };
  if ((key === 'Enter' || key === ' ') && current) return { kind: 'open', id: current };
  if (key === 'Home') {
    const start = startingActor(cy, selectedId);
    return start ? { kind: 'move', id: start } : null;
  }
  const direction = ARROWS[key];
  if (!direction) return null;
  const from = current ? cy.getElementById(current) : null;
  if (!from?.nonempty()) {
    const start = startingActor(cy, selectedId);
    return start ? { kind: 'move', id: start } : null;
  }
  const points = reachable(cy, selectedId).map((node) => ({ id: node.id(), ...node.renderedPosition() }));
  const next = stepInDirection({ id: from.id(), ...from.renderedPosition() }, points, direction);
  return next ? { kind: 'move', id: next.id } : null;
}
