import type { BrokerRow } from '../../lists/broker-rows';
import { actorFocus, type MapFocus } from '../../lists/map-focus';
import { CappedList } from './CappedList';
import { FocusButton } from './FocusButton';

export interface BrokerListProps {
  rows: readonly BrokerRow[];
  activeRow: string | null;
  onFocus: (focus: MapFocus) => void;
}

export const brokerRowId = (actorId: string) => `broker-${actorId}`;

/** The brokers by betweenness, each with constraint, effective size and its Gould–Fernandez roles. */
export function BrokerList({ rows, activeRow, onFocus }: BrokerListProps) {
  if (rows.length === 0) return <p className="muted">No actor brokers between others under these filters.</p>;
  return (
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
  );
}
