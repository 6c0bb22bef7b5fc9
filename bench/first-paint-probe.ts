/**
 * Runs in the page frame before any of its scripts: records when the first element matching the
 * selector is laid out (checked on every animation frame, i.e. right before each paint), which
 * data requests the page had started by then, and which files it had loaded. It wraps fetch
 * before the shell's host script does, so every SDK request passes through it.
 *
 * Kept as source text: tsx rewrites functions in ways that do not survive being sent to a browser.
 */
export type ProbeReading = { shownAt: number; requestsBefore: string[]; loaded: string[] };

export function firstPaintProbe(selector: string): string {
  return `(() => {
  if (window.top === window) return;
  const selector = ${JSON.stringify(selector)};
  const started = [];
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    started.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
  const check = () => {
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
