/**
 * How wide the link panel is and whether the list makes room for it. Beside a docked panel the list must keep
 * enough width for names and the row action; when even a slimmer panel would leave less than that (phones,
 * narrow windows) the panel lies over the list instead, which the owner closes to get back to it.
 */
export const PANEL_MAX_WIDTH = 480;
export const PANEL_MIN_WIDTH = 360;
export const LIST_MIN_WIDTH = 440;

export type PanelLayout = { width: number; docked: boolean };

export function panelLayout(viewportWidth: number): PanelLayout {
  const width = Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, viewportWidth - LIST_MIN_WIDTH));
  return { width, docked: viewportWidth - width >= LIST_MIN_WIDTH };
}
