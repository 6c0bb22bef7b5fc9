/**
 * The handler's dependencies over an in-memory record, with the conditional count applied atomically (check and
 * write in one synchronous step after an await, as Wix Data applies a patch's condition), and every call recorded.
 */
import type { LinkRecord } from '../../../src/backend/link-history/record';
import type { MintOptions, SecureLinkDeps } from '../../../src/backend/secure-links/handler';
import { NOW } from './record-fixture';

export const SECRET = 'app-secret-for-handler-tests';
export const MINTED_URL = 'https://download.wix.test/file?token=minted-wix-token';

export type Call = { name: string; args: unknown[] };

export function fakeLinkStore(record: LinkRecord | undefined, overrides: Partial<SecureLinkDeps> = {}) {
  const calls: Call[] = [];
  const state = { record: record && { ...record } };
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const deps: SecureLinkDeps = {
    secret: SECRET,
    now: () => {
      calls.push({ name: 'now', args: [] });
      return NOW;
    },
    async loadRecord(...args) {
      calls.push({ name: 'loadRecord', args });
      await tick();
      return state.record && { ...state.record };
    },
    async countDownload(instanceId, linkId, update) {
      calls.push({ name: 'countDownload', args: [instanceId, linkId, update] });
      await tick();
      const current = state.record;
      const { condition } = update;
      if (!current || current.revokedAt || current.expiresAt <= condition.expiresAtAfter) return false;
      if (condition.downloadsBelow !== undefined && !(current.downloads < condition.downloadsBelow)) return false;
      state.record = { ...current, downloads: current.downloads + update.increment.by, lastDownloadAt: update.set.value };
      return true;
    },
    async recordFailedPassword(instanceId, linkId, update) {
      calls.push({ name: 'recordFailedPassword', args: [instanceId, linkId, update] });
      await tick();
      if (state.record) {
        state.record = { ...state.record, failedPasswordAttempts: state.record.failedPasswordAttempts + 1, lastFailedPasswordAt: update.set.value };
      }
    },
    async mintUrl(instanceId: string, fileId: string, options: MintOptions) {
      calls.push({ name: 'mintUrl', args: [instanceId, fileId, options] });
      await tick();
      return MINTED_URL;
    },
    ...overrides,
  };
  const called = (name: string) => calls.filter((call) => call.name === name);
  return { deps, calls, called, state };
}
