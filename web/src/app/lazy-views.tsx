import { lazy, Suspense, type ReactNode } from 'react';

// The views and pages a first visit of the map does not show load as chunks of their own when opened,
// so the first chunk holds the shell and the map (ADR 0035).
export const ImportPage = lazy(() =>
  import('../features/interchange/components/ImportPage').then((m) => ({ default: m.ImportPage })),
);
export const WorkspacePage = lazy(() =>
  import('../features/workspaces/components/WorkspacePage').then((m) => ({ default: m.WorkspacePage })),
);
export const MatrixView = lazy(() =>
  import('../features/analytics/components/MatrixView').then((m) => ({ default: m.MatrixView })),
);
export const FundingView = lazy(() =>
  import('../features/funding/components/FundingView').then((m) => ({ default: m.FundingView })),
);
export const DuplicatesView = lazy(() =>
  import('../features/duplicates/components/DuplicatesView').then((m) => ({ default: m.DuplicatesView })),
);

/** Where a lazily loaded view stands while its chunk loads. */
export function ViewLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="notice" role="status">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
