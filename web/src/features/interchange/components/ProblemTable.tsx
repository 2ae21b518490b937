import type { ProblemGroup } from '../problem-rows';

export interface ProblemTableProps {
  groups: readonly ProblemGroup[];
  /** How many problems there are in all (the API lists the first 5000). */
  total: number;
}

/** The problems of a check, one table per file: where, the value found, why, and what was likely meant. */
export function ProblemTable({ groups, total }: ProblemTableProps) {
  const listed = groups.reduce((sum, group) => sum + group.rows.length, 0);
  return (
    <div className="problem-tables" data-testid="problem-table">
      {listed < total && (
        <p>
          The first {listed.toLocaleString('en')} of {total.toLocaleString('en')} problems are listed here; the download
          has them all.
        </p>
      )}
      {groups.map((group) => (
        <div className="problem-tables__scroll" key={group.file} tabIndex={0} role="region" aria-label={group.file}>
          <table className="problem-table">
            <caption>
              {group.file}: {group.rows.length} {group.rows.length === 1 ? 'problem' : 'problems'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Value</th>
                <th scope="col">Problem</th>
                <th scope="col">Suggestion</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.key} data-testid="problem-row">
                  <th scope="row">{row.place}</th>
                  <td>{row.column}</td>
                  <td className="problem-table__value">{row.value === null ? '' : row.value || '(empty)'}</td>
                  <td>{row.reason}</td>
                  <td>{row.suggestion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
