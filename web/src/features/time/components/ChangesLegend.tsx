import { TIME_CHANGE_COLOURS } from '../../../lib/palette';
import type { DiffTone } from '../diff-sections';

const WORDS: Record<DiffTone, string> = { added: 'Added', ended: 'Ended', changed: 'Changed' };

/** The colours of the changes on the map: added green, ended red and dashed, changed amber. */
export function ChangesLegend() {
  return (
    <ul className="changes-legend" aria-label="Colours of the changes on the map" data-testid="changes-legend">
      {(Object.keys(WORDS) as DiffTone[]).map((tone) => (
        <li key={tone}>
          <span
            className={`changes-legend__swatch changes-legend__swatch--${tone}`}
            style={{ borderColor: TIME_CHANGE_COLOURS[tone] }}
            aria-hidden="true"
          />
          {WORDS[tone]}
        </li>
      ))}
    </ul>
  );
}
