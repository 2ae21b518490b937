import { useState } from 'react';
import type { GapRow, GapSide } from '../../lists/gap-rows';
import { actorFocus, type MapFocus } from '../../lists/map-focus';
import { CappedList } from './CappedList';
import { LinkItem } from './LinkItem';

export interface GapListProps {
  rows: readonly GapRow[];
  themeLabel: string;
  activeRow: string | null;
  onFocus: (focus: MapFocus) => void;
}

/** Names shown per side before "all N". */
const NAMED = 4;

/** One side of a gap: its tier and the actors on the theme in it, each a button that selects it. */
function Side({ gap, side, onFocus }: { gap: string; side: GapSide; onFocus: GapListProps['onFocus'] }) {
  const [all, setAll] = useState(false);
  const shown = all ? side.actors : side.actors.slice(0, NAMED);
  return (
    <div className="lens-gap__side" data-testid="gap-side">
      <span className="muted">{side.tier}:</span>
      <ul aria-label={`${side.tier} actors on the theme`}>
        {shown.map((actor) => (
          <li key={actor.id}>
            <button type="button" className="link-button" onClick={() => onFocus(actorFocus(gap, actor.id))}>
              {actor.name}
            </button>
          </li>
        ))}
        {side.actors.length > shown.length && (
          <li>
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              and {side.actors.length - shown.length} more
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

/** The vertical gaps on the chosen theme: both sides by name, and the ranked links that would close each. */
export function GapList({ rows, themeLabel, activeRow, onFocus }: GapListProps) {
  if (rows.length === 0)
    return <p className="muted">No vertical gap on {themeLabel}: every adjacent pair of tiers present is tied.</p>;
  return (
    <ol className="lens-list__rows" aria-label={`Gaps on ${themeLabel}`} data-testid="gap-list">
      {rows.map((gap) => (
        <li
          key={gap.id}
          className={gap.id === activeRow ? 'lens-row lens-gap lens-row--active' : 'lens-row lens-gap'}
          data-row-id={gap.id}
          aria-current={gap.id === activeRow ? 'true' : undefined}
          data-testid="gap-row"
        >
          <h3 className="lens-gap__title">
            <button
              type="button"
              className="link-button"
              onClick={() => onFocus({ rowId: gap.id, frame: [`${gap.id}-upper`, `${gap.id}-lower`] })}
              data-testid="gap-title"
            >
              {gap.title}
            </button>
          </h3>
          <p className="lens-gap__summary">{gap.summary}</p>
          <Side gap={gap.id} side={gap.upper} onFocus={onFocus} />
          <Side gap={gap.id} side={gap.lower} onFocus={onFocus} />
          {gap.connectors.length === 0 ? (
            <p className="muted">No link across it to suggest.</p>
          ) : (
            <CappedList
              items={gap.connectors}
              rowId={(row) => row.id}
              renderRow={(row) => <LinkItem row={row} onFocus={onFocus} />}
              label="Suggested connectors"
              cap={3}
              activeRow={activeRow}
              ordered
            />
          )}
        </li>
      ))}
    </ol>
  );
}
