/**
 * A lazily loaded chunk that can be fetched again after its download failed.
 *
 * Browsers made before whatwg/html#10327 (Chromium up to 150, Safari and Firefox of the same time)
 * keep a failed module fetch in the document's module map: every later `import()` of that URL rejects
 * at once, without a request, until the page is reloaded. A URL that differs only in its query is a
 * different entry in that map, so the retry imports the chunk under `?retry=<n>`; the chunks it imports
 * keep their URLs and are the very modules the page already runs (see the e2e test, which checks that
 * the panel chunk is the only download opening the panel makes).
 *
 * The chunk's URL is the one the build wrote into the importer (`() => import("./Name.hash.js")`,
 * relative to the module that holds the importer), so it is read from the importer's source rather
 * than guessed from a hashed file name. Where the importer holds no such literal (the test runner
 * rewrites imports), the retry calls the importer again, which is enough in browsers that forget
 * failed fetches.
 */
const LITERAL_IMPORT = /\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/;

/** The chunk's URL with `retry=<attempt>`, or undefined when the importer names no literal URL. */
export function freshChunkUrl(importer: () => Promise<unknown>, importerModuleUrl: string, attempt: number): string | undefined {
  const specifier = LITERAL_IMPORT.exec(importer.toString())?.[2];
  if (specifier === undefined) return undefined;
  const url = new URL(specifier, importerModuleUrl);
  url.searchParams.set('retry', String(attempt));
  return url.href;
}

/**
 * One shared import: calls made while it is under way share its request (so a prefetch and an open
 * fetch once), a success is kept, and a failure is forgotten so that the next call fetches anew.
 */
export function retryableImport<T>(importer: () => Promise<T>, importerModuleUrl: string): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failures = 0;
  const attempt = (): Promise<T> => {
    const url = failures === 0 ? undefined : freshChunkUrl(importer, importerModuleUrl, failures);
    return url === undefined ? importer() : (import(/* @vite-ignore */ url) as Promise<T>);
  };
  return () => {
    pending ??= attempt().catch((error: unknown) => {
      pending = undefined;
      failures += 1;
      throw error;
    });
    return pending;
  };
}
