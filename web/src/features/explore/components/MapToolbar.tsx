import type { Core } from 'cytoscape';
import type { ReactNode } from 'react';
import { fitToView } from '../../../components/graph-canvas/GraphCanvas';
import { zoomStep } from '../../../components/graph-canvas/map-viewport';

export interface MapToolbarProps {
  cy: Core | null;
  selectedId: string | null;
  onExpand: (actorId: string) => void;
  onUndo: () => void;
  expansionCount: number;
  busy: boolean;
  /**
   * False while a view (a table, Funding, Duplicates…) covers the map: fit, zoom and expansion would act
   * on a map no one sees, so only the extra actions are shown.
   */
  mapShown?: boolean;
  /** Extra actions from other features (e.g. export), drawn at the end. */
  children?: ReactNode;
}

/** Zooms by `factor` toward the selected actor when it is in view, else toward the view's centre. */
export function zoomBy(cy: Core, factor: number, selectedId: string | null = null): void {
  zoomStep(cy, factor, selectedId);
}

/** Fit, zoom and the controlled expansion of the focused actor's neighbourhood, with undo. */
export function MapToolbar(props: MapToolbarProps) {
  const { children, mapShown = true } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={mapShown ? 'Map controls' : 'Actions'} data-map-overlay>
      {mapShown && <MapControls {...props} />}
      {mapShown && children && <span className="map-toolbar__sep" />}
      {children}
    </div>
  );
}

function MapControls({ cy, selectedId, onExpand, onUndo, expansionCount, busy }: MapToolbarProps) {
  return (
    <>
      <button
        type="button"
        onClick={() => cy && fitToView(cy)}
        disabled={!cy}
        title="Fit the map (F)"
        data-testid="fit"
      >
        Fit
      </button>
      <button
        type="button"
        onClick={() => cy && zoomBy(cy, 1.4, selectedId)}
        disabled={!cy}
        title="Zoom in, toward the selected actor (+)"
        aria-label="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => cy && zoomBy(cy, 1 / 1.4, selectedId)}
        disabled={!cy}
        title="Zoom out (−)"
        aria-label="Zoom out"
      >
        −
      </button>
      <span className="map-toolbar__sep" />
      <button
        type="button"
        onClick={() => selectedId && onExpand(selectedId)}
        disabled={!selectedId || busy}
        title="Show the focused actor's neighbours even where filters hide them (E)"
        data-testid="expand"
        aria-label={busy ? 'Expanding neighbours…' : 'Expand neighbours'}
      >
        {busy ? 'Expanding…' : <WideOnly short="Expand" rest=" neighbours" />}
      </button>
      <button
        type="button"
        onClick={onUndo}
        disabled={expansionCount === 0}
        title="Undo the last expansion (U)"
        aria-label={`Undo expand${expansionCount ? ` (${expansionCount})` : ''}`}
        data-testid="undo-expand"
      >
        Undo
        <WideOnly rest=" expand" />
        {expansionCount ? ` (${expansionCount})` : ''}
      </button>
    </>
  );
}

/**
 * A label whose `rest` shows only where the toolbar has room (wider than 1280 px): at 1024 px the
 * toolbar keeps one row. The button's accessible name stays the whole label.
 */
function WideOnly({ short = '', rest }: { short?: string; rest: string }) {
  return (
    <>
      {short}
      <span className="wide-only">{rest}</span>
    </>
  );
}
