/**
 * Keeps the page's content clear of the open link panel: while the panel is docked, the document reserves its
 * width on the right, so every row action and column stays visible and clickable beside it. The reservation is
 * undone when the panel closes, and follows window resizes.
 */
import { useEffect, useState } from 'react';
import { panelLayout, type PanelLayout } from './panel-layout';
import { dataHooks } from '../shared/data-hooks';

const viewportWidth = () => document.documentElement.clientWidth || window.innerWidth;

// Not useSyncExternalStore: the dashboard hosts the page with React 16.14 (see local/dashboard-shell/react-umd.ts).
function useViewportWidth(): number {
  const [width, setWidth] = useState(viewportWidth);
  useEffect(() => {
    const onResize = () => setWidth(viewportWidth());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

// The panel is fixed to the viewport, outside the page's layout, so the page is told about it through the body.
const reservation = (width: number) => `body { padding-right: ${width}px; }`;

export function useDockedPanel(): PanelLayout {
  const layout = panelLayout(useViewportWidth());
  useEffect(() => {
    if (!layout.docked) return undefined;
    const style = document.createElement('style');
    style.dataset.hook = dataHooks.linkPanelReservation;
    style.textContent = reservation(layout.width);
    document.head.append(style);
    return () => style.remove();
  }, [layout.docked, layout.width]);
  return layout;
}
