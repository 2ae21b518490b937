import type { ImportJob } from '../api/get-import-job';

type Report = NonNullable<ImportJob['report']>;

export interface OutcomeCountsProps {
  report: Report;
  /** "would be" for a dry run, "were" after an import. */
  caption: string;
}

const COLUMNS = [
  ['createdCount', 'Created'],
  ['updatedCount', 'Updated'],
  ['unchangedCount', 'Unchanged'],
  ['refusedCount', 'Refused'],
] as const;

/** What a run does with the actor and relation rows: created, updated, unchanged and refused. */
export function OutcomeCounts({ report, caption }: OutcomeCountsProps) {
  const rows = [
    ['Actors', report.actors],
    ['Relations', report.relations],
  ] as const;
  return (
    <table className="outcome-counts" data-testid="outcome-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {COLUMNS.map(([key, label]) => (
            <th scope="col" key={key}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, outcome]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {COLUMNS.map(([key]) => (
              <td key={key} data-testid={`${label.toLowerCase()}-${key}`}>
                {outcome[key].toLocaleString('en')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
