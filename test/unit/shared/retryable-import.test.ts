/**
 * The shared, retryable import of a lazy chunk. The built page's importer is Vite's output (a literal
 * `import("./Chunk.hash.js")` inside its preload helper), made here with `new Function` because this
 * runner rewrites every `import(` in a test's own source (and a function body cannot use import.meta).
 */
import { describe, expect, it, vi } from 'vitest';
import { freshChunkUrl, retryableImport } from '../../../src/dashboard/shared/retryable-import';

const PAGE_SCRIPT = 'https://static.example.com/app/browser/assets/page.ch.CzUEXNpY.js';
const builtImporter = new Function(
  'preload',
  'deps',
  'base',
  'return () => preload(() => import("./LinkPanel.ch.DYLngIZZ.js"), deps([0, 1, 2]), base)',
)() as () => Promise<unknown>;

describe('freshChunkUrl', () => {
  it('reads the chunk the build named in the importer, beside the importing script, under a retry query', () => {
    expect(freshChunkUrl(builtImporter, PAGE_SCRIPT, 2)).toBe('https://static.example.com/app/browser/assets/LinkPanel.ch.DYLngIZZ.js?retry=2');
  });

  it('names no URL for an importer that holds no literal import', () => {
    expect(freshChunkUrl(() => Promise.resolve({}), PAGE_SCRIPT, 1)).toBeUndefined();
  });
});

describe('retryableImport', () => {
  it('shares one request between calls made while it is under way, and keeps a success', async () => {
    const importer = vi.fn(() => Promise.resolve({ loaded: true }));
    const load = retryableImport(importer, PAGE_SCRIPT);
    const [first, second] = await Promise.all([load(), load()]);
    await load();
    expect(first).toBe(second);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure, so the next call fetches again', async () => {
    const offline = new TypeError('Failed to fetch dynamically imported module');
    const importer = vi.fn<() => Promise<{ loaded: boolean }>>().mockRejectedValueOnce(offline).mockResolvedValue({ loaded: true });
    const load = retryableImport(importer, PAGE_SCRIPT);
    await expect(load()).rejects.toBe(offline);
    await expect(load()).resolves.toEqual({ loaded: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
