import { useEffect } from 'react';

/**
 * Brings a control reached by keyboard wholly into view, with its focus ring (the scroll boxes'
 * scroll-padding): Chrome leaves a control that is partly in view where it is, and does not scroll a
 * sticky table header's button sideways, so in a table or grid wider than its box the focused control
 * could sit half outside it.
 */
export function useRevealFocus(): void {
  useEffect(() => {
    const reveal = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.matches(':focus-visible'))
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };
    document.addEventListener('focusin', reveal);
    return () => document.removeEventListener('focusin', reveal);
  }, []);
}
