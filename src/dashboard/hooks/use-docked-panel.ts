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

// The panel is fixed to the viewport, outside the page's layout, so the page is told about it through the body.
const reservation = (width: number) => `body { padding-right: ${width}px; }`;

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
