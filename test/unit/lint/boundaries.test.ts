/**
 * The import boundaries of docs/ARCHITECTURE.md, proved against the project's own eslint.config.js: each forbidden
 * import is linted as if it sat at that path in src/, and must be reported; the allowed neighbour must not be.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Type-aware rules need the file on disk and in the TypeScript project; the boundaries are about import paths only.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
});

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importX = (from: string) => `import { x } from '${from}';`;

describe('import boundaries', () => {
  it.each([
    ['src/dashboard/file-browser/x.ts', '../../../local/emulator-control'],
    ['src/backend/share-links/x.ts', '../../../test/unit/share-links/fake-wix'],
    ['src/common/x.ts', '../../bench/stats'],
  ])('src never imports local/, test/ or bench/ (%s → %s)', async (file, from) => {
    expect(await boundaryErrors(file, importX(from))).toEqual([expect.stringMatching(/never imports local\/, test\/ or bench\//)]);
  });

  it('page features import each other only through their public entry', async () => {
    expect(await boundaryErrors('src/dashboard/file-browser/x.ts', importX('../link-panel/LinkPanel'))).toEqual([
      expect.stringMatching(/public entry/),
    ]);
    expect(await boundaryErrors('src/dashboard/pages/page.tsx', importX('../file-browser/FileBrowser'))).toEqual([
      expect.stringMatching(/public entry/),
    ]);
    expect(await boundaryErrors('src/dashboard/file-browser/x.ts', importX('../link-panel'))).toEqual([]);
    expect(await boundaryErrors('src/dashboard/pages/page.tsx', importX('../link-panel'))).toEqual([]);
    expect(await boundaryErrors('src/dashboard/link-panel/x.ts', importX('../shared/format'))).toEqual([]);
  });

  it('shared page code uses no feature', async () => {
    expect(await boundaryErrors('src/dashboard/shared/x.ts', importX('../link-panel'))).toEqual([expect.stringMatching(/never uses one/)]);
  });

  it('the page reaches the backend only through its web methods, loaded by shared/web-methods.ts', async () => {
    for (const from of ['../../backend/share-links/create-share-links', '../../backend/share-links.web']) {
      expect(await boundaryErrors('src/dashboard/link-panel/x.ts', importX(from))).toEqual([expect.stringMatching(/only through its web methods/)]);
    }
    expect(await boundaryErrors('src/dashboard/shared/x.ts', importX('../../backend/share-links.web'))).toEqual([
      expect.stringMatching(/only through its web methods/),
    ]);
    expect(await boundaryErrors('src/dashboard/shared/web-methods.ts', importX('../../backend/share-links/create-share-links'))).toEqual([
      expect.stringMatching(/imports the web methods/),
    ]);
    expect(await boundaryErrors('src/dashboard/shared/web-methods.ts', importX('../../backend/share-links.web'))).toEqual([]);
  });

  it('the views take what they share from the views kit, never by import', async () => {
    for (const from of ['../../common/moments', '../shared/clipboard', '../shared/use-now']) {
      expect(await boundaryErrors('src/dashboard/links-view/x.ts', importX(from))).toEqual([expect.stringMatching(/from viewsKit\(\)/)]);
    }
    expect(await boundaryErrors('src/dashboard/shared/x.ts', importX('./clipboard'))).toEqual([expect.stringMatching(/from viewsKit\(\)/)]);
    expect(await boundaryErrors('src/dashboard/shared/views-kit.ts', importX('./clipboard'))).toEqual([]);
    expect(await boundaryErrors('src/dashboard/links-view/x.ts', importX('../shared/load-views-kit'))).toEqual([]);
  });

  it("the page words its own sentences: it never imports the API's messages", async () => {
    expect(await boundaryErrors('src/dashboard/link-panel/x.ts', importX('../../common/api-messages'))).toEqual([
      expect.stringMatching(/words its own sentences/),
    ]);
  });

  it('src/common and the backend never import the page; src/common never imports the backend', async () => {
    expect(await boundaryErrors('src/common/x.ts', importX('../dashboard/shared/format'))).toHaveLength(1);
    expect(await boundaryErrors('src/backend/share-links/x.ts', importX('../../dashboard/shared/format'))).toHaveLength(1);
    expect(await boundaryErrors('src/common/x.ts', importX('../backend/share-links/file-id'))).toHaveLength(1);
  });

  it.each(['share-links', 'link-history', 'secure-links'])('in src/backend/%s only wix-*.ts edge modules import Wix packages', async (domain) => {
    const wix = importX('@wix/data');
    expect(await boundaryErrors(`src/backend/${domain}/records.ts`, wix)).toEqual([expect.stringMatching(/edge modules \(wix-\*\.ts\)/)]);
    expect(await boundaryErrors(`src/backend/${domain}/wix-data.ts`, wix)).toEqual([]);
    expect(await boundaryErrors(`src/backend/${domain}/token.ts`, importX('jose'))).toEqual([]);
  });

  it('web methods and HTTP functions, which wire Wix to the domain, may import Wix packages', async () => {
    expect(await boundaryErrors('src/backend/share-links.web.ts', importX('@wix/web-methods'))).toEqual([]);
    expect(await boundaryErrors('src/backend/api/l/api.ts', importX('@wix/essentials'))).toEqual([]);
  });
});
