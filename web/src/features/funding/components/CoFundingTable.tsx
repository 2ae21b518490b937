import { useId } from 'react';
import type { CoFundingAnswer } from '../api/get-funding-overview';
import { ActorButtons } from './ActorButtons';

export interface CoFundingTableProps {
  pairs: readonly CoFundingAnswer[];
  onFocusActor: (id: string) => void;
}

/** Funders that fund the same recipients, most shared first (the API's order), with those recipients. */
export function CoFundingTable({ pairs, onFocusActor }: CoFundingTableProps) {
  const id = useId();
  return (
    <section className="funding-section" aria-labelledby={`${id}-title`} data-testid="funding-cofunding">
      <header className="funding-section__head">
        <h2 id={`${id}-title`}>Co-funding</h2>
        <span className="muted small">
          {pairs.length} pair{pairs.length === 1 ? '' : 's'} of funders with recipients in common
        </span>
      </header>
      {pairs.length === 0 ? (
        <p className="muted">No two funders fund the same recipient under these filters.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Funders</th>
              <th scope="col" className="numeric">
                Shared
              </th>
              <th scope="col">Recipients both fund</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={`${pair.funderAId}:${pair.funderBId}`} data-testid="cofunding-row">
                <td data-testid="cofunding-funders">
                  <ActorButtons
                    actors={[
                      { id: pair.funderAId, name: pair.funderA?.name ?? 'Hidden actor' },
                      { id: pair.funderBId, name: pair.funderB?.name ?? 'Hidden actor' },
                    ]}
                    onFocusActor={onFocusActor}
                  />
                </td>
                <td className="numeric">{pair.sharedRecipients.length}</td>
                <td data-testid="cofunding-recipients">
                  <ActorButtons actors={pair.sharedRecipients} onFocusActor={onFocusActor} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
