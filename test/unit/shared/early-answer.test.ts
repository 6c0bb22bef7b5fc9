import { describe, expect, it, vi } from 'vitest';
import { earlyAnswer } from '../../../src/dashboard/shared/early-answer';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
};

describe('earlyAnswer', () => {
  it('hands the answer over once, as a promise or, once it is in, as it is', async () => {
    const answer = deferred<string>();
    const early = earlyAnswer(() => answer.promise);
    expect(early.take()).toBeUndefined();
    early.ask();
    expect(early.takeReady()).toBeUndefined();
    answer.resolve('rows');
    await early.settled(1_000);
    expect(early.takeReady()).toBe('rows');
    expect(early.takeReady()).toBeUndefined();
    expect(early.take()).toBeUndefined();

    early.ask();
    await expect(early.take()).resolves.toBe('rows');
    expect(early.take()).toBeUndefined();
  });

  it('never hands over a failure as ready, and keeps it for the view to report', async () => {
    const early = earlyAnswer(() => Promise.reject(new Error('down')));
    early.ask();
    await early.settled(1_000);
    expect(early.takeReady()).toBeUndefined();
    await expect(early.take()).rejects.toThrow('down');
  });

  it('settles after the given time when the answer is slow, and at once when nothing was asked', async () => {
    vi.useFakeTimers();
    try {
      const early = earlyAnswer(() => new Promise<string>(() => undefined));
      await expect(early.settled(300)).resolves.toBeUndefined();
      early.ask();
      let settled = false;
      void early.settled(300).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops an answer older than ten seconds: it could miss what changed since', async () => {
    vi.useFakeTimers();
    try {
      const early = earlyAnswer(async () => 'rows');
      early.ask();
      await vi.advanceTimersByTimeAsync(10_001);
      expect(early.takeReady()).toBeUndefined();
      expect(early.take()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
