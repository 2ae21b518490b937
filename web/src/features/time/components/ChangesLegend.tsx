import { TIME_CHANGE_COLOURS } from '../../../lib/palette';
import type { DiffTone } from '../diff-sections';

const WORDS: Record<DiffTone, string> = {
  added: 'Added, gained, closed',
  ended: 'Ended, lost, opened',
  changed: 'Changed',
};

export interface ChangesLegendProps {
  /** The sections the map may be coloured by, with their counts (null while the section loads). */
  sections: readonly { id: string; title: string; count: number | null }[];
  /** The section colouring the map; null: all of them. */
  colour: string | null;
  onColour: (section: string | null) => void;
}

/**
 * The colours of the changes on the map (added green, ended red and dashed, changed amber) and which
 * section's changes the map colours.
 */
export function ChangesLegend({ sections, colour, onColour }: ChangesLegendProps) {
  return (
    <div className="changes-legend" data-testid="changes-legend">
      <label className="changes-legend__pick">
        Colour the map by{' '}
        <select
          value={colour ?? ''}
          onChange={(event) => onColour(event.target.value || null)}
          data-testid="changes-colour"
        >
          <option value="">All changes</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
              {section.count === null ? '' : ` (${section.count})`}
            </option>
          ))}
        </select>
      </label>
      <ul aria-label="Colours of the changes on the map">
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
    </div>
  );
}
