import { VISIBILITY_LABELS, type Visibility } from '../../lib/domain';

/** Who may see a record, as a small badge: Public, Members or Restricted. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const label = VISIBILITY_LABELS[visibility];
  return (
    <span
      className={`visibility visibility--${visibility.toLowerCase()}`}
      title={label.long}
      data-testid="visibility-badge"
      data-visibility={visibility}
    >
      {visibility === 'RESTRICTED' && (
        <svg viewBox="0 0 12 12" width="9" height="9" aria-hidden="true">
          <path d="M3 5V3.5a3 3 0 0 1 6 0V5h.5a.5.5 0 0 1 .5.5v5a.5.5 0 0 1-.5.5h-7a.5.5 0 0 1-.5-.5v-5a.5.5 0 0 1 .5-.5zm1.5 0h3V3.5a1.5 1.5 0 0 0-3 0z" />
        </svg>
      )}
      {label.short}
    </span>
  );
}
