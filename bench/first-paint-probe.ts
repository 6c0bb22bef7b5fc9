/**
 * Runs in the page frame before any of its scripts: clicks `clickFirst` as soon as it exists (an owner
 * going straight to a tab), records when the first element matching the selector is laid out (checked on every animation frame, i.e. right before each paint), which
 * data requests the page had started by then, and which files it had loaded. It wraps fetch
 * before the shell's host script does, so every SDK request passes through it.
 *
 * Kept as source text: tsx rewrites functions in ways that do not survive being sent to a browser.
 */
export type ProbeReading = { shownAt: number; requestsBefore: string[]; loaded: string[] };

export function firstPaintProbe(selector: string, clickFirst?: string): string {
  return `(() => {
  if (window.top === window) return;
  const selector = ${JSON.stringify(selector)};
  const clickFirst = ${JSON.stringify(clickFirst ?? null)};
  let clicked = clickFirst === null;
  const started = [];
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    started.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
  const check = () => {
    if (!clicked) {
      const target = document.querySelector(clickFirst);
      if (target) {
        target.click();
        clicked = true;
      }
    }
    const element = document.querySelector(selector);
    const box = element && element.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) {
      window.__benchProbe = {
        shownAt: performance.timeOrigin + performance.now(),
        requestsBefore: started.slice(),
        loaded: performance.getEntriesByType('resource').map((entry) => entry.name),
      };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
}
