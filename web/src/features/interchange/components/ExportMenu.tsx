import { useId, useState, type FocusEvent } from 'react';
import { downloadFile } from '../api/download-file';
import { exportChoices, exportPath, isNarrowed, type ExportFacets, type ExportFormat } from '../export-path';
import '../interchange.css';

export interface ExportMenuProps {
  workspace: string;
  /** The map's current filters (the facets of the view). */
  filters: ExportFacets;
  /** The time bar's month (YYYY-MM), or null when the map shows every record. */
  asOf: string | null;
  /** The current view (map, table, relations …): the Relations view offers its relations first. */
  view: string;
}

/**
 * "Export data": downloads the workspace, or the filtered view, as CSV (actors, relations, sources),
 * XLSX, JSON, GraphML or GEXF, made by the API with what the viewer may see (a disclosure of buttons).
 */
export function ExportMenu({ workspace, filters, asOf, view }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<'view' | 'all'>('view');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const id = useId();
  const filtered = isNarrowed({ filters, asOf });
  const save = async (format: ExportFormat, label: string) => {
    setStatus({ error: false, text: `Preparing ${label}…` });
    try {
      await downloadFile(
        exportPath(workspace, format, filtered && scope === 'view' ? { filters, asOf } : null),
        'export',
      );
      setStatus({ error: false, text: `${label} downloaded.` });
    } catch (error) {
      setStatus({ error: true, text: `${label} could not be exported: ${(error as Error).message}` });
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  return (
    <div className="export-menu" onBlur={onBlur} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="export-data"
        title="Download the data of this workspace or view as CSV, XLSX, JSON, GraphML or GEXF"
      >
        Export data ▾
      </button>
      <div id={id} className="export-menu__panel" hidden={!open} data-testid="export-menu">
        <fieldset>
          <legend>What</legend>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={filtered && scope === 'view'}
              disabled={!filtered}
              onChange={() => setScope('view')}
            />{' '}
            This view (its filters and date)
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={!filtered || scope === 'all'}
              onChange={() => setScope('all')}
              data-testid="export-scope-all"
            />{' '}
            The whole workspace
          </label>
        </fieldset>
        <div className="export-menu__formats" role="group" aria-label="Format">
          {exportChoices(view).map(([format, label]) => (
            <button
              key={format}
              type="button"
              onClick={() => void save(format, label)}
              data-testid={`export-format-${format.toLowerCase().replace('_', '-')}`}
            >
              {label}
            </button>
          ))}
        </div>
        <p className="hint">Only what you may see is exported; evidence goes with each record.</p>
      </div>
      {status && (
        <span
          className={status.error ? 'notice notice--error export-menu__status' : 'visually-hidden'}
          role={status.error ? 'alert' : 'status'}
          data-testid="export-status"
        >
          {status.text}
        </span>
      )}
    </div>
  );
}
