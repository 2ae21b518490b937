import type { ImportJob } from '../api/get-import-job';
import { OutcomeCounts } from './OutcomeCounts';

export interface ImportSummaryProps {
  job: ImportJob;
  /** The map's address, for the link (opened in place by onBackToMap). */
  mapHref: string;
  onBackToMap: () => void;
}

/** What an import wrote, with the way back to the map that now shows it. */
export function ImportSummary({ job, mapHref, onBackToMap }: ImportSummaryProps) {
  const report = job.report!;
  return (
    <section className="import-section" aria-labelledby="import-summary-title" data-testid="import-summary">
      <h3 id="import-summary-title" tabIndex={-1}>
        {report.written ? 'Imported' : 'Nothing was imported'}
      </h3>
      <OutcomeCounts report={report} caption="What the import did" />
      {report.addedThemes.length > 0 && <p>Themes added to the workspace: {report.addedThemes.join(', ')}.</p>}
      {report.problemCount > 0 && <p>{report.problemCount.toLocaleString('en')} rows with problems were left out.</p>}
      <p>
        <a
          href={mapHref}
          onClick={(event) => {
            event.preventDefault();
            onBackToMap();
          }}
          data-testid="import-back-to-map"
        >
          See them on the map
        </a>
      </p>
    </section>
  );
}
