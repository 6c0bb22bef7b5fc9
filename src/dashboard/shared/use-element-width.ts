/**
 * The rendered width of an element, kept current with ResizeObserver, so the list can lay itself out for the
 * room it really has (beside the link panel, in a narrow window) rather than for the window's width.
 * Without ResizeObserver (old browsers, jsdom) the element counts as wide.
 */
import { useEffect, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(Infinity);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
