/**
 * The rendered width of an element, kept current with ResizeObserver, so the list can lay itself out for the
 * room it really has (beside the link panel, in a narrow window) rather than for the window's width.
 * Without ResizeObserver (old browsers, jsdom) the element counts as wide.
 */
import { useEffect, useRef, useState } from 'react';

/**
 * What a component makes of its element's width, as state: it renders again only when that value changes, so a
 * list that only needs to know "narrow or not" is not drawn again for every pixel its toolbar cares about.
 */
function useWidthValue<T extends HTMLElement, V>(wide: V, valueOf: (width: number) => V) {
  const ref = useRef<T>(null);
  const [value, setValue] = useState(wide);
  const latestValueOf = useRef(valueOf);
  latestValueOf.current = valueOf;
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => entry && setValue(latestValueOf.current(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, value };
}

export function useElementWidth<T extends HTMLElement>() {
  const { ref, value } = useWidthValue<T, number>(Infinity, (width) => width);
  return { ref, width: value };
}

export function useNarrowerThan<T extends HTMLElement>(limit: number) {
  const { ref, value } = useWidthValue<T, boolean>(false, (width) => width < limit);
  return { ref, narrower: value };
}
