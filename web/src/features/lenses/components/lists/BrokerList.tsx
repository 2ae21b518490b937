import type { BrokerRow } from '../../lists/broker-rows';
import { actorFocus, type MapFocus } from '../../lists/map-focus';
import { CappedList } from './CappedList';
import { FocusButton } from './FocusButton';

export interface BrokerListProps {
  rows: readonly BrokerRow[];
  /** Sampled values shown while the exact ones are summed in the background (the list then refreshes). */
  exactPending?: boolean;
  activeRow: string | null;
  onFocus: (focus: MapFocus) => void;
}

export const brokerRowId = (actorId: string) => `broker-${actorId}`;

/** The brokers by betweenness, each with constraint, effective size and its Gould–Fernandez roles. */
export function BrokerList({ rows, exactPending = false, activeRow, onFocus }: BrokerListProps) {
  const note = exactPending && (
    <p className="muted small" role="status" data-testid="brokers-exact-pending">
      Sampled betweenness: exact values are being computed and will replace these shortly.
    </p>
  );
  if (rows.length === 0) return <p className="muted">No actor brokers between others under these filters.</p>;
  return (
    <>
      {note}
      <CappedList
        items={rows}
        rowId={(row) => brokerRowId(row.actorId)}
        label="Brokers"
        cap={10}
        activeRow={activeRow}
        ordered
        testId="broker-list"
        renderRow={(row) => (
          <div data-testid="broker-row" data-actor-id={row.actorId}>
            <div className="lens-row__head">
              <span className="lens-row__rank">{row.rank}.</span>
              <FocusButton
                focus={actorFocus(brokerRowId(row.actorId), row.actorId)}
                onFocus={onFocus}
                testId="broker-name"
              >
                {row.name}
              </FocusButton>
            </div>
            <p className="lens-row__figures" data-testid="broker-figures">
              {row.rankedBy && (
                <>
                  {row.rankedBy.label} <span data-testid="broker-measure">{row.rankedBy.value}</span> ·{' '}
                </>
              )}
              <abbr title="Normalised betweenness: share of shortest paths through it">Betw.</abbr>{' '}
              <span data-testid="broker-betweenness">{row.betweenness}</span> ·{' '}
              <abbr title="Burt's constraint: high when its partners are tied to each other">Constr.</abbr>{' '}
              {row.constraint} · <abbr title="Burt's effective size: non-redundant partners">Eff. size</abbr>{' '}
              {row.effectiveSize}
            </p>
            {row.roles.length > 0 && (
              <p className="lens-row__roles" data-testid="broker-roles">
                {row.roles.map(({ role, count }) => `${role} ${count}`).join(', ')}
              </p>
            )}
          </div>
        )}
      />
    </>
  );
}
