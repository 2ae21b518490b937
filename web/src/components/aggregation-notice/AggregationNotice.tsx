import { humanize } from '../../lib/domain';
import type { AggregationPlan } from '../../lib/map-aggregation';

export interface AggregationNoticeProps {
  plan: AggregationPlan;
  threshold: number;
  visibleCount: number;
  openGroups: ReadonlySet<string>;
  onToggle: (groupId: string) => void;
  onCloseAll: () => void;
}

/**
 * Says that the map is aggregated and how to reach the actors inside a group; lists the groups as
 * buttons, so that opening one works from the keyboard as well as by clicking its circle on the map.
 */
export function AggregationNotice({
  plan,
  threshold,
  visibleCount,
  openGroups,
  onToggle,
  onCloseAll,
}: AggregationNoticeProps) {
  const drawn = plan.groups.filter((group) => group.collapsed > 0).length;
  return (
    <section
      className="aggregation-notice"
      aria-label="Aggregated map"
      data-testid="aggregation-notice"
      data-map-overlay
    >
      <p>
        <strong>Aggregated map:</strong> {visibleCount.toLocaleString('en')} actors (over{' '}
        {threshold.toLocaleString('en')}) in {drawn} tier × sector groups, coloured by sector; lines sum the relations
        between groups.
      </p>
      <p>
        Click a group, or open it below, to draw its actors. Search or expand an actor to see it with its neighbours.
      </p>
      <details>
        <summary>Groups ({plan.groups.length})</summary>
        <ul className="aggregation-notice__groups">
          {plan.groups.map((group) => {
            const open = openGroups.has(group.id);
            return (
              <li key={group.id}>
                <button
                  type="button"
                  aria-pressed={open}
                  onClick={() => onToggle(group.id)}
                  data-testid={`group-${group.tier}-${group.sector}`}
                >
                  {open ? 'Close' : 'Open'} {humanize(group.tier)} · {humanize(group.sector)} ({group.size})
                </button>
              </li>
            );
          })}
        </ul>
        {openGroups.size > 0 && (
          <button type="button" onClick={onCloseAll} data-testid="close-groups">
            Close all opened groups
          </button>
        )}
      </details>
    </section>
  );
}
