import type { ReactNode } from 'react';

/** An error message with a Retry button, for a panel whose data could not be loaded. */
export function RetryNotice({
  children,
  onRetry,
  className,
}: {
  children: ReactNode;
  onRetry: () => void;
  className?: string;
}) {
  return (
    <div className={`notice notice--error${className ? ` ${className}` : ''}`} role="alert">
      {children}{' '}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
