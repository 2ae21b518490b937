import { useCallback, useEffect, useRef, useState, type UIEvent } from 'react';
import { virtualWindow, type VirtualWindow } from './virtual-window';

/**
 * Windowing for a scrolled list of `count` rows of `rowHeight` pixels: attach `ref` and `onScroll` to the
 * scrolled box and render only the rows from `visible.start` to `visible.end`, between two spacers.
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
): {
  ref: (node: HTMLElement | null) => void;
  onScroll: (event: UIEvent<HTMLElement>) => void;
  visible: VirtualWindow;
} {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(800);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    setViewportHeight(node.clientHeight || 800);
    observer.current = new ResizeObserver(() => setViewportHeight(node.clientHeight || 800));
    observer.current.observe(node);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  return { ref, onScroll, visible: virtualWindow({ count, rowHeight, scrollTop, viewportHeight }) };
}
