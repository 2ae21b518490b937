import type { LinkRow } from '../../lists/link-rows';
import { actorFocus, type MapFocus } from '../../lists/map-focus';
import { FocusButton } from './FocusButton';

/** A suggested link in a list: the pair (which frames both on the map), its score and its reasons. */
export function LinkItem({ row, onFocus }: { row: LinkRow; onFocus: (focus: MapFocus) => void }) {
  return (
    <div className="lens-link" data-testid="link-row">
      <div className="lens-row__head">
        <FocusButton focus={actorFocus(row.id, row.sourceId, [row.targetId])} onFocus={onFocus} testId="link-title">
          {row.title}
        </FocusButton>
        <span className="lens-row__figure" title="Link score (0–1)" data-testid="link-score">
          {row.score.toFixed(2)}
        </span>
      </div>
      <ul className="lens-link__reasons" aria-label="Reasons" data-testid="link-reasons">
        {row.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
