import { useId, useRef, type KeyboardEvent } from 'react';
import { tabKeyTarget } from './tab-keys';

/** The attributes of one tab: spread them on its button. */
export interface TabProps {
  role: 'tab';
  id: string;
  'aria-selected': boolean;
  'aria-controls'?: string;
  tabIndex: 0 | -1;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  ref: (element: HTMLElement | null) => void;
}

export interface TabList<T extends string> {
  /** For the element that holds the tabs. */
  listProps: { role: 'tablist'; 'aria-label': string };
  tabProps: (tab: T) => TabProps;
  /** For the panel that shows the selected tab (leave it out when the tabs drive something elsewhere). */
  panelProps: { role: 'tabpanel'; id: string; 'aria-labelledby': string; tabIndex: 0 };
}

/**
 * A tab list that follows the ARIA tabs pattern: one tab in the page's Tab order (the selected one, a
 * "roving tabindex"), arrow keys, Home and End move between tabs and select the tab they reach
 * (automatic activation), and each tab names the panel it controls.
 */
export function useTabList<T extends string>(options: {
  tabs: readonly T[];
  selected: T | null;
  onSelect: (tab: T) => void;
  label: string;
  /** Whether a panel with panelProps is drawn (then each tab has aria-controls pointing at it). */
  withPanel?: boolean;
}): TabList<T> {
  const { tabs, selected, onSelect, label, withPanel = true } = options;
  const prefix = useId();
  const elements = useRef(new Map<T, HTMLElement>());
  const tabId = (tab: T) => `${prefix}-tab-${tab}`;
  const panelId = `${prefix}-panel`;
  // With nothing selected yet, the first tab is the one reached with Tab.
  const current = selected !== null && tabs.includes(selected) ? selected : (tabs[0] ?? null);
  const tabProps = (tab: T): TabProps => ({
    role: 'tab',
    id: tabId(tab),
    'aria-selected': tab === selected,
    ...(withPanel && tab === current ? { 'aria-controls': panelId } : {}),
    tabIndex: tab === current ? 0 : -1,
    onClick: () => onSelect(tab),
    onKeyDown: (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const next = tabKeyTarget(event.key, tabs.indexOf(tab), tabs.length);
      if (next === null) return;
      // Handled here: the app's single-key shortcuts must not see it too.
      event.preventDefault();
      event.stopPropagation();
      const target = tabs[next]!;
      elements.current.get(target)?.focus();
      if (target !== selected) onSelect(target);
    },
    ref: (element) => {
      if (element) elements.current.set(tab, element);
      else elements.current.delete(tab);
    },
  });
  return {
    listProps: { role: 'tablist', 'aria-label': label },
    tabProps,
    panelProps: { role: 'tabpanel', id: panelId, 'aria-labelledby': current ? tabId(current) : '', tabIndex: 0 },
  };
}
