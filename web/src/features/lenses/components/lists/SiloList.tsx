import type { MapFocus } from '../../lists/map-focus';
import type { SiloRow } from '../../lists/silo-rows';
import { groupColour } from '../../../../lib/palette';
import { CappedList } from './CappedList';
import { FocusButton } from './FocusButton';

export interface SiloListProps {
  rows: readonly SiloRow[];
  /** Communities of one actor left out of the rows. */
  singles: number;
  activeRow: string | null;
  onFocus: (focus: MapFocus) => void;
}

export const siloRowId = (number: number) => `community-${number}`;

/** The Louvain communities, largest first, with size, E–I index and make-up; a row frames its members. */
export function SiloList({ rows, singles, activeRow, onFocus }: SiloListProps) {
  return (
    <>
      <CappedList
        items={rows}
        rowId={(row) => siloRowId(row.number)}
        label="Communities"
        cap={8}
        activeRow={activeRow}
        testId="silo-list"
        renderRow={(row) => (
          <div data-testid="silo-row">
            <div className="lens-row__head">
              <span
                className="swatch swatch--dot"
                style={{ ['--swatch' as string]: groupColour(row.number - 1) }}
                aria-hidden="true"
              />
              <FocusButton
                focus={{ rowId: siloRowId(row.number), select: null, frame: row.actorIds }}
                onFocus={onFocus}
                testId="silo-title"
              >
                {row.title}
              </FocusButton>
              <span
                className={row.closed ? 'lens-row__figure tag tag--warn' : 'lens-row__figure'}
                data-testid="silo-ei"
              >
                {row.ei}
              </span>
            </div>
            <p className="lens-row__figures">
              <span data-testid="silo-size">{row.size}</span> actors · {row.mostly}
            </p>
          </div>
        )}
      />
      {singles > 0 && (
        <p className="muted small">
          And {singles} communit{singles === 1 ? 'y' : 'ies'} of a single actor.
        </p>
      )}
    </>
  );
}
