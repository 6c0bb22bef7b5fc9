/**
 * Keeps the links a `createShareLinks` call made in the history: one call to Wix for the files' facts and one bulk
 * insert, whatever the number of files (none for the facts when a secure request already read them). Never
 * throws: a history failure becomes a warning, which the caller words for its kind of link (direct links work
 * without their record; secure links do not, so create-share-links.ts reports those as not made).
 */
import { historyMessages } from '../../common/link-history-messages';
import type { ShareLinkResult, ShareLinkWarning } from '../../common/share-links';
import type { ShareLinkRequest } from '../share-links/request-schema';
import { fileFactsOf, type FileFacts } from './file-facts';
import { historyError } from './history-errors';
import type { LinkStore } from './link-store';
import { madeLinks, newRecords } from './new-records';

export type RecordDeps = {
  describeFiles(fileIds: string[]): Promise<unknown>;
  store: Pick<LinkStore, 'insertMany'>;
};

/** What the caller already knows: the files' facts (a secure request read them), the password's one hash. */
export type KnownFacts = { facts?: ReadonlyMap<string, FileFacts>; passwordHash?: string };

export type LinkRecorder = (request: ShareLinkRequest, results: readonly ShareLinkResult[], known?: KnownFacts) => Promise<ShareLinkWarning[]>;

export function linkRecorder(deps: RecordDeps): LinkRecorder {
  return async (request, results, known = {}) => {
    const made = madeLinks(request, results);
    if (made.length === 0) return [];
    const facts = known.facts ?? (await factsOf(deps, [...new Set(made.map((link) => link.fileId))]));
    const records = newRecords(request, results, facts, known.passwordHash);
    try {
      const stored = await deps.store.insertMany(records);
      if (stored >= records.length) return [];
      return [notSaved(records.length - stored, historyMessages.historyUpstreamError, 'UPSTREAM_ERROR')];
    } catch (thrown) {
      const error = historyError(thrown);
      return [notSaved(records.length, error.message, error.code)];
    }
  };
}

/** Missing facts only cost the records their names (new-records.ts), so a failure here is not a reason to stop. */
async function factsOf(deps: RecordDeps, fileIds: string[]): Promise<Map<string, FileFacts>> {
  try {
    return fileFactsOf(await deps.describeFiles(fileIds));
  } catch {
    return new Map();
  }
}

function notSaved(unsaved: number, reason: string, code: ShareLinkWarning['reason']): ShareLinkWarning {
  return { code: 'HISTORY_NOT_SAVED', message: historyMessages.historyNotSaved(unsaved, reason), unsaved, reason: code };
}
