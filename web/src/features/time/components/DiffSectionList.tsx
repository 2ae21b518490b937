import { TIME_CHANGE_COLOURS } from '../../../lib/palette';
import type { DiffItem, DiffSection } from '../diff-sections';

export interface DiffSectionListProps {
  section: DiffSection;
  items: readonly DiffItem[];
  onPick: (item: DiffItem) => void;
}

/** One section of the changes view: its title with the count, and each change as a button. */
export function DiffSectionList({ section, items, onPick }: DiffSectionListProps) {
  return (
    <section className="diff-section" data-testid={`diff-${section.id}`} data-count={items.length}>
      <h3>
        {section.title} <span className="muted">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className="link-button diff-item"
                style={{ borderLeftColor: TIME_CHANGE_COLOURS[item.tone] }}
                onClick={() => onPick(item)}
                data-testid="diff-item"
                data-tone={item.tone}
              >
                {item.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
