import { describe, expect, it } from 'vitest';
import { LIST_MIN_WIDTH, PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, panelLayout } from '../../../src/dashboard/link-panel/panel-layout';

describe('panelLayout', () => {
  it('docks the full-width panel when the list keeps plenty of room (1366 px window minus the dashboard sidebar)', () => {
    expect(panelLayout(1166)).toEqual({ width: PANEL_MAX_WIDTH, docked: true });
  });

  it('slims the panel so a narrower window (1024 px) still has the list beside it', () => {
    const layout = panelLayout(824);
    expect(layout.docked).toBe(true);
    expect(layout.width).toBeLessThan(PANEL_MAX_WIDTH);
    expect(layout.width).toBeGreaterThanOrEqual(PANEL_MIN_WIDTH);
    expect(824 - layout.width).toBeGreaterThanOrEqual(LIST_MIN_WIDTH);
  });

  it('lays the panel over the list when both cannot fit (phones, narrow windows)', () => {
    expect(panelLayout(700)).toEqual({ width: PANEL_MIN_WIDTH, docked: false });
    expect(panelLayout(375).docked).toBe(false);
  });
});
