/**
 * Gives focus back to whatever opened a panel once the panel goes away, so a keyboard user continues from the
 * row they were on instead of the top of the page. The opener is read while rendering, before the panel's own
 * autofocus moves focus into it; a new `key` (the panel reopened for other files) takes the new opener.
 */
import { useEffect, useRef } from 'react';

export function useReturnFocus(key: string, insidePanel: (element: Element) => boolean): void {
  const opener = useRef<Element | null>(null);
  const openedFor = useRef<string | null>(null);
  if (openedFor.current !== key && typeof document !== 'undefined') {
    openedFor.current = key;
    const active = document.activeElement;
    if (active && active !== document.body && !insidePanel(active)) opener.current = active;
  }
  useEffect(
    () => () => {
      const element = opener.current;
      if (element instanceof HTMLElement && element.isConnected) element.focus();
    },
    [],
  );
}
