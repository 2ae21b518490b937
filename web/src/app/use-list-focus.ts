import { useRef, useState } from 'react';
import type { MapFrame } from '../components/graph-canvas/GraphCanvas';
import type { MapFocus } from '../features/lenses/lists/map-focus';
import type { ViewState } from '../lib/view-state';

export interface ListFocus {
  /** The row marked in the lens's list, while what it selected is still the selection. */
  activeRow: string | null;
  /** Changes each time a row is chosen or revealed, even the same one again (the list scrolls to it). */
  revealKey: number;
  /** What the map is to bring into view for it. */
  frame: MapFrame | null;
  /** A row chosen in the list: select what it names and frame it on the map. */
  focus: (focus: MapFocus) => void;
  /** A lens decoration tapped on the map: its row comes forward, the map stays as it is. */
  reveal: (rowId: string) => void;
}

/** Between the lens's list and the map: the row chosen on either side, and the frame it asks of the map. */
export function useListFocus(selectedActor: string | null, update: (patch: Partial<ViewState>) => void): ListFocus {
  const [row, setRow] = useState<{ id: string; frame: MapFrame | null; key: number } | null>(null);
  const keys = useRef(0);
  const focus = (wanted: MapFocus) => {
    const selectedId = wanted.select === undefined ? selectedActor : wanted.select;
    if (wanted.select !== undefined) update({ actor: wanted.select, relation: null });
    keys.current += 1;
    setRow({ id: wanted.rowId, frame: { ids: wanted.frame, selectedId, key: keys.current }, key: keys.current });
  };
  const current = row && (!row.frame || row.frame.selectedId === selectedActor) ? row : null;
  return {
    activeRow: current?.id ?? null,
    frame: row?.frame ?? null,
    focus,
    revealKey: row?.key ?? 0,
    reveal: (id) => {
      keys.current += 1;
      setRow({ id, frame: null, key: keys.current });
    },
  };
}
