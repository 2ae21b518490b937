import type { ReactNode } from 'react';
import { TIME_CHANGE_COLOURS } from '../../../lib/palette';
import type { DiffItem } from '../diff-sections';

export interface DiffSectionListProps {
  section: { id: string; title: string };
  items: readonly DiffItem[];
  onPick: (item: DiffItem) => void;
}

/** The words of a line: what changed, and under it why. */
function ItemWords({ item }: { item: DiffItem }): ReactNode {
  return (
    <>
      {item.text}
      {item.why && <span className="diff-item__why">{item.why}</span>}
    </>
  );
}

/**
 * One section of the changes view: its title with the count, and each change as a button (as text when
 * it names nothing the map can select).
 */
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
          {items.map((item) => {
            const common = {
              className: item.target ? 'link-button diff-item' : 'diff-item',
              style: { borderLeftColor: TIME_CHANGE_COLOURS[item.tone] },
              'data-testid': 'diff-item',
              'data-tone': item.tone,
            };
            return (
              <li key={item.key}>
                {item.target ? (
                  <button type="button" {...common} onClick={() => onPick(item)}>
                    <ItemWords item={item} />
                  </button>
                ) : (
                  <p {...common}>
                    <ItemWords item={item} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
