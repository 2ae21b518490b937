import type { ReactNode } from 'react';
import type { MapFocus } from '../../lists/map-focus';

export interface FocusButtonProps {
  focus: MapFocus;
  onFocus: (focus: MapFocus) => void;
  testId: string;
  children: ReactNode;
}

/** A row's title: a button that focuses the map on what the row names. */
export function FocusButton({ focus, onFocus, testId, children }: FocusButtonProps) {
  return (
    <button type="button" className="link-button lens-row__title" onClick={() => onFocus(focus)} data-testid={testId}>
      {children}
    </button>
  );
}
