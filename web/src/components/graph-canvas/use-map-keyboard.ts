import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { mapKeyAction, startingActor } from './map-keyboard';
import type { MapLabels } from './map-labels';
import { nodeTarget, type MapTarget } from './map-pointer';
import { keepInView, zoomStep } from './map-viewport';

export interface MapKeyboardInput {
  cy: RefObject<Core | null>;
  labels: RefObject<MapLabels | null>;
  /** The actor under the pointer, which the labeller names too. */
  hover: RefObject<string | null>;
  selectedId: string | null;
  elements: readonly ElementDefinition[];
  onOpen: (id: string) => void;
  onInspect: (target: MapTarget | null) => void;
}

/**
 * The map's keyboard focus: which actor it is on (shown only while the map has the focus from the
 * keyboard: a mouse click focuses it without a halo), a halo and a name on that actor, its card, and the
 * keys (map-keyboard.ts). Returns the focused actor, a ref to it for the pointer's labeller calls, and
 * the handlers for the focusable surface.
 */
export function useMapKeyboard(input: MapKeyboardInput) {
  const { cy, labels, hover, selectedId, elements } = input;
  const callbacks = useRef(input);
  callbacks.current = input;
  const [keyboardId, setKeyboardId] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const shownId = focused ? keyboardId : null;
  const shown = useRef<string | null>(null);
  shown.current = shownId;

  // The keyboard follows a new selection (when it is in use).
  useEffect(() => {
    if (selectedId) setKeyboardId((current) => (current ? selectedId : current));
  }, [selectedId]);

  useEffect(() => {
    const instance = cy.current;
    const node = instance && shownId ? instance.getElementById(shownId) : null;
    if (!instance || !node?.nonempty()) return;
    node.addClass('kbd-focus');
    keepInView(instance, shownId);
    labels.current?.emphasise(hover.current, shownId);
    callbacks.current.onInspect(nodeTarget(node, 'keyboard'));
    return () => {
      node.removeClass('kbd-focus');
      labels.current?.emphasise(hover.current, null);
      callbacks.current.onInspect(null);
    };
  }, [shownId, elements, cy, labels, hover]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const instance = cy.current;
    if (!instance || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = mapKeyAction(instance, event.key, keyboardId, selectedId);
    if (!action) return;
    event.preventDefault();
    // Keys the map used do not also reach the page's single-key shortcuts.
    event.stopPropagation();
    setFocused(true);
    if (action.kind === 'zoom') zoomStep(instance, action.factor, keyboardId ?? selectedId);
    else if (action.kind === 'move') setKeyboardId(action.id);
    else callbacks.current.onOpen(action.id);
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.matches(':focus-visible')) return;
    setFocused(true);
    if (!keyboardId && cy.current) setKeyboardId(startingActor(cy.current, selectedId));
  };
  const onBlur = () => setFocused(false);
  const name = shownId ? cy.current?.getElementById(shownId).data('label') : null;
  const status = name ? `${String(name).replace(/\n/g, ', ')}${shownId === selectedId ? ' (selected)' : ''}` : '';
  return { shownId, shown, status, handlers: { onKeyDown, onFocus, onBlur } };
}
