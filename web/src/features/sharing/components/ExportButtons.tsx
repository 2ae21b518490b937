import type { Core } from 'cytoscape';
import { useState } from 'react';
import { download } from '../../../lib/download';
import type { LegendItem } from '../../../lib/lens-decoration';
import { mapToSvg, type SvgFrame } from '../../../lib/svg-export';
import { actorsCsv, relationsCsv } from '../csv-export';
import { exportRows, type ExportInput } from '../export-rows';
import { exportTitle, type ExportTitleInput } from '../export-title';
import { mapActorIds, mapSnapshot } from '../map-snapshot';
import { framePng } from '../png-frame';
import { CsvMenu } from './CsvMenu';

export interface ExportButtonsProps {
  cy: Core | null;
  /** The workspace's slug, for file names. */
  workspace: string;
  /** What the pictures' titles say. */
  title: Omit<ExportTitleInput, 'exportedOn'>;
  legend: readonly LegendItem[];
  /** The data of the view, for the CSV files. */
  data: Omit<ExportInput, 'mapActorIds'>;
}

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv' });

/**
 * Exports the view as PNG and SVG, each with its title, what it shows and the legend, and the actors or
 * the relations of the view as CSV (on the map: the selection, or every drawn actor when none).
 */
export function ExportButtons({ cy, workspace, title, legend, data }: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const frame = (): SvgFrame => ({
    ...exportTitle({ ...title, exportedOn: new Date().toISOString().slice(0, 10) }),
    legend,
  });
  const rows = () => exportRows({ ...data, mapActorIds: data.view.view === 'map' && cy ? mapActorIds(cy) : null });
  const exportPng = async () => {
    if (!cy) return;
    const scale = 2;
    const map = cy.png({ output: 'blob', full: true, scale, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
    try {
      download(await framePng(map, frame(), scale), `${workspace}-map.png`);
      setError(null);
    } catch (failure) {
      setError(`The PNG could not be made: ${(failure as Error).message}.`);
    }
  };
  const exportSvg = () => {
    if (!cy) return;
    const { nodes, edges } = mapSnapshot(cy);
    download(new Blob([mapToSvg(nodes, edges, frame())], { type: 'image/svg+xml' }), `${workspace}-map.svg`);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void exportPng()}
        disabled={!cy}
        data-testid="export-png"
        title="Download the map as a PNG image with its title and legend"
      >
        PNG
      </button>
      <button
        type="button"
        onClick={exportSvg}
        disabled={!cy}
        data-testid="export-svg"
        title="Download the map as an SVG drawing (scalable, editable) with its title and legend"
      >
        SVG
      </button>
      <CsvMenu
        disabled={!cy}
        onActors={() => download(csvBlob(actorsCsv(rows().actors)), `${workspace}-actors.csv`)}
        onRelations={() => download(csvBlob(relationsCsv(rows().relations)), `${workspace}-relations.csv`)}
      />
      {error && (
        <span className="notice notice--error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
