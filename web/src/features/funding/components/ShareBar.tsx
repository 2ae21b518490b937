/** A horizontal bar for a share (0–1) with its percentage; `warn` colours it as a flagged value. */
export function ShareBar({ share, warn = false, label }: { share: number; warn?: boolean; label?: string }) {
  const percent = Math.round(share * 100);
  return (
    <span className="share-bar" title={label ?? `${percent}%`}>
      <span className="share-bar__track" aria-hidden="true">
        <span
          className={warn ? 'share-bar__fill share-bar__fill--warn' : 'share-bar__fill'}
          style={{ width: `${Math.max(1, percent)}%` }}
        />
      </span>
      <span className="share-bar__value">{percent}%</span>
    </span>
  );
}
