/**
 * A view's first page, asked for before the view's code or words are there, so the request runs while they
 * download and render instead of after. The view takes the answer as its first page (its first rows still come
 * from one request), once, and only while it is recent: an answer kept longer could miss what changed since.
 */
const FRESH_MS = 10_000;

export type EarlyAnswer<T> = { ask: () => void; take: () => Promise<T> | undefined };

export function earlyAnswer<T>(request: () => Promise<T>): EarlyAnswer<T> {
  let early: { askedAt: number; answer: Promise<T> } | undefined;
  return {
    ask() {
      const answer = request();
      // A failure here is the view's to report when it takes the answer; until then it must not go unhandled.
      answer.catch(() => undefined);
      early = { askedAt: Date.now(), answer };
    },
    take() {
      const taken = early && Date.now() - early.askedAt < FRESH_MS ? early.answer : undefined;
      early = undefined;
      return taken;
    },
  };
}
