/**
 * What "speaks the user's language" means in the end-to-end tests: no word that only English uses. A word is
 * English here when the English catalogs use it and the target language's catalogs do not (so "Video", "Audio"
 * and "Link" pass in German), and it is not a name the owner chose (files and folders of the sample library) or
 * a product name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { PROJECT_DIR } from './project';

const CATALOG_FOLDERS = ['src/dashboard/shared', 'src/dashboard/link-panel', 'src/dashboard/links-view', 'src/backend/secure-links'];
const ALLOWED = ['wix', 'share', 'links', 'dev', 'center', 'csv', 'qr', 'ctrl', 'mac', 'mb', 'kb', 'gb'];

const words = (text: string): string[] => (text.match(/\p{Script=Latin}[\p{Script=Latin}’']*/gu) ?? []).map((word) => word.toLowerCase().replace(/[’']s?$/, ''));

/** A catalog's words, its ICU syntax (argument names, plural keywords) left out. */
function catalogWords(language: string): Set<string> {
  const found = new Set<string>();
  for (const folder of CATALOG_FOLDERS) {
    const catalog = JSON.parse(readFileSync(path.join(PROJECT_DIR, folder, 'catalog', `${language}.json`), 'utf8')) as Record<string, string>;
    for (const text of Object.values(catalog)) {
      const prose = text.replace(/\{\s*\w+\s*(,\s*\w+\s*,?)?/g, ' ').replace(/(=\d+|\b(zero|one|two|few|many|other))\s*\{/g, ' ');
      for (const word of words(prose)) found.add(word);
    }
  }
  return found;
}

function ownerNames(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'local', 'library', 'manifest.json'), 'utf8')) as {
    folders: { displayName: string }[];
    files: { displayName: string }[];
  };
  return new Set([...manifest.folders, ...manifest.files].flatMap((item) => words(item.displayName)));
}

/** The words of `text` that are English only, for a page meant to be in `language` (a catalog name: 'de', 'ja'). */
export function englishWordsIn(text: string, language: string): string[] {
  const english = catalogWords('en');
  const target = catalogWords(language);
  const allowed = new Set([...ALLOWED, ...ownerNames()]);
  return [...new Set(words(text))].filter((word) => english.has(word) && !target.has(word) && !allowed.has(word));
}

/** Everything a person reads or hears in a frame or page: its text, and the labels, placeholders and alt texts. */
export async function everythingSaid(target: Frame | Page): Promise<string> {
  return target.evaluate(() => {
    const attributes = ['aria-label', 'placeholder', 'alt', 'title'];
    const said = [...document.querySelectorAll('*')].flatMap((element) =>
      attributes.map((name) => element.getAttribute(name) ?? '').filter(Boolean),
    );
    return [document.body.innerText, ...said].join('\n');
  });
}

/** Elements whose text is cut off sideways (ellipsis or hidden overflow) in a frame: what a long language must not cause. */
export async function clippedTexts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, label, [role="button"], [role="tab"], [role="radio"], span, p, h1, h2, h3, th')]
      .filter((element) => {
        // Visually hidden labels (for screen readers) are 1 px boxes by design.
        if (!element.innerText?.trim() || element.offsetParent === null || element.clientWidth < 2) return false;
        const style = getComputedStyle(element);
        const clips = style.textOverflow === 'ellipsis' || style.overflow === 'hidden' || style.overflowX === 'hidden';
        return clips && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => element.innerText.trim()),
  );
}
