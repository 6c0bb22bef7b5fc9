/**
 * Keeps the page's content clear of the open link panel: while the panel is docked, the document reserves its
 * width on the right, so every row action and column stays visible and clickable beside it. The reservation is
 * undone when the panel closes, and follows window resizes.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { panelLayout, type PanelLayout } from '../panel-layout';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const viewportWidth = () => document.documentElement.clientWidth || window.innerWidth;

// WDS Page sets an inline minimum width (864 px plus its padding) on .wds-page__page, which would push the list
// back under the panel; only an !important rule outranks an inline style, so the reservation is a style sheet.
const reservation = (width: number) => `body { padding-right: ${width}px; } .wds-page__page { min-width: 0 !important; }`;

export function useDockedPanel(): PanelLayout {
  const width = useSyncExternalStore(subscribe, viewportWidth, () => Infinity);
  const layout = panelLayout(width);
  useEffect(() => {
    if (!layout.docked) return undefined;
    const style = document.createElement('style');
    style.dataset.hook = 'link-panel-reservation';
    style.textContent = reservation(layout.width);
    document.head.append(style);
    return () => style.remove();
  }, [layout.docked, layout.width]);
  return layout;
}
