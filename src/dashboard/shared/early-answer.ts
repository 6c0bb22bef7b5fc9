/**
 * A view's first page, asked for before the view's code or words are there, so the request runs while they
 * download and render instead of after. The view takes the answer as its first page (its first rows still come
 * from one request), once, and only while it is recent: an answer kept longer could miss what changed since.
 * An answer already in when the view first renders is taken as it is (`takeReady`), so the view's first render
 * shows its rows rather than a skeleton followed by another render.
 */
const FRESH_MS = 10_000;

export type EarlyAnswer<T> = {
  ask: () => void;
  take: () => Promise<T> | undefined;
  takeReady: () => T | undefined;
  /** Resolves when the answer is in (or failed), or after `ms`, whichever comes first. */
  settled: (ms: number) => Promise<void>;
};

export function earlyAnswer<T>(request: () => Promise<T>): EarlyAnswer<T> {
  let early: { askedAt: number; answer: Promise<T>; value?: { ready: T } } | undefined;
  const fresh = () => (early && Date.now() - early.askedAt < FRESH_MS ? early : undefined);
  return {
    ask() {
      const answer = request();
      const asked: NonNullable<typeof early> = { askedAt: Date.now(), answer };
      // A failure here is the view's to report when it takes the answer; until then it must not go unhandled.
      answer.then((ready) => (asked.value = { ready }), () => undefined);
      early = asked;
    },
    take() {
      const taken = fresh()?.answer;
      early = undefined;
      return taken;
    },
    takeReady() {
      const ready = fresh()?.value;
      if (ready) early = undefined;
      return ready?.ready;
    },
    settled(ms) {
      const answer = early?.answer;
      if (!answer) return Promise.resolve();
      return Promise.race([answer.then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
    },
  };
}
