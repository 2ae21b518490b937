import type { FunderRow, RecipientRow } from '../../lists/funding-rows';
import { actorFocus, type MapFocus } from '../../lists/map-focus';
import { CappedList } from './CappedList';
import { FocusButton } from './FocusButton';

export interface FundingListProps {
  recipients: readonly RecipientRow[];
  funders: readonly FunderRow[];
  /** The top-funder share at or above which a recipient is dependent. */
  threshold: string;
  activeRow: string | null;
  onFocus: (focus: MapFocus) => void;
}

export const recipientRowId = (actorId: string) => `recipient-${actorId}`;
export const funderRowId = (actorId: string) => `funder-${actorId}`;

/** Recipients (dependent ones first, flagged) and funders; a row selects the actor and frames its ties. */
export function FundingList({ recipients, funders, threshold, activeRow, onFocus }: FundingListProps) {
  if (recipients.length === 0) return <p className="muted">No funding relation under these filters.</p>;
  return (
    <>
      <h3 className="lens-list__subhead">Recipients</h3>
      <CappedList
        items={recipients}
        rowId={(row) => recipientRowId(row.actorId)}
        label="Recipients"
        cap={8}
        activeRow={activeRow}
        testId="recipient-list"
        renderRow={(row) => (
          <div data-testid="recipient-row" data-dependent={row.dependent}>
            <div className="lens-row__head">
              <FocusButton
                focus={actorFocus(recipientRowId(row.actorId), row.actorId, row.funderIds)}
                onFocus={onFocus}
                testId="recipient-name"
              >
                {row.name}
              </FocusButton>
              {row.dependent && (
                <span className="tag tag--warn" title={`Its top funder gives ${threshold} or more`}>
                  dependent
                </span>
              )}
            </div>
            <p className="lens-row__figures" data-testid="recipient-figures">
              Top funder {row.topFunder} {row.topShare} · HHI {row.hhi} · {row.received}
            </p>
          </div>
        )}
      />
      <h3 className="lens-list__subhead">Funders</h3>
      <CappedList
        items={funders}
        rowId={(row) => funderRowId(row.actorId)}
        label="Funders"
        cap={8}
        activeRow={activeRow}
        testId="funder-list"
        renderRow={(row) => (
          <div data-testid="funder-row">
            <FocusButton
              focus={actorFocus(funderRowId(row.actorId), row.actorId, row.recipientIds)}
              onFocus={onFocus}
              testId="funder-name"
            >
              {row.name}
            </FocusButton>
            <p className="lens-row__figures" data-testid="funder-figures">
              Funds {row.recipients} recipient{row.recipients === 1 ? '' : 's'} · {row.granted}
            </p>
          </div>
        )}
      />
    </>
  );
}
