import type { Core } from 'cytoscape';
import type { MapActor } from '../../../lib/domain';
import { csvField, download } from '../../../lib/download';

export interface ExportButtonsProps {
  cy: Core | null;
  actors: readonly MapActor[];
  workspace: string;
}

const COLUMNS = ['id', 'name', 'kind', 'tier', 'sector', 'country', 'themes'] as const;

/** Exports the view as PNG (cy.png) and the selection (or, with none, the visible actors) as CSV. */
export function ExportButtons({ cy, actors, workspace }: ExportButtonsProps) {
  const exportPng = () => {
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
    download(blob, `${workspace}-map.png`);
  };
  const exportCsv = () => {
    if (!cy) return;
    const selected = cy.nodes('.actor:selected');
    const ids = new Set((selected.nonempty() ? selected : cy.nodes('.actor')).map((node) => node.id()));
    const rows = actors
      .filter((actor) => ids.has(actor.id))
      .map((actor) =>
        [actor.id, actor.name, actor.kind, actor.tier, actor.sector, actor.country, actor.themes.join(';')]
          .map(csvField)
          .join(','),
      );
    download(
      new Blob([[COLUMNS.join(','), ...rows].join('\r\n') + '\r\n'], { type: 'text/csv' }),
      `${workspace}-actors.csv`,
    );
  };
  return (
    <>
      <button
        type="button"
        onClick={exportPng}
        disabled={!cy}
        data-testid="export-png"
        title="Download the map as a PNG image"
      >
        PNG
      </button>
      <button
        type="button"
        onClick={exportCsv}
        disabled={!cy}
        data-testid="export-csv"
        title="Download the selected actors (shift-drag to select; all visible actors when none) as CSV"
      >
        CSV
      </button>
    </>
  );
}
