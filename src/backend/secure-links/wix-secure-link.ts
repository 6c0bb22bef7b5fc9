/**
 * The secure link's edge to Wix. A recipient is anonymous, so `auth.elevate` has no caller to elevate: the
 * function acts as the app itself for the instance its token names, with `AppStrategy` and the app's own
 * credentials. Those are read here and nowhere else (`import.meta.env.APP_ID`/`APP_SECRET`: what the Wix CLI
 * bakes into every backend build; locally the secret is the literal `__APP_SECRET__`).
 *
 * One client per instance lives in module scope: AppStrategy caches its OAuth token, so a warm isolate makes no
 * OAuth call and a download costs three calls to Wix (read, mint, count). Nothing here logs a URL or a token.
 */
import { items } from '@wix/data';
import { files } from '@wix/media';
import { AppStrategy, createClient } from '@wix/sdk';
import { LINKS_COLLECTION_ID } from '../link-history/collection';
import { countConditionFilter, isConditionNotMet, recordOf } from './count-condition';
import type { SecureLinkDeps } from './handler';

/** The key the secure-link tokens are sealed under; resetting the app secret invalidates every secure link. */
export const appSecret: string = import.meta.env.APP_SECRET;

/** An isolate serves few sites; the cap only bounds memory if one is kept warm by many. */
const MAX_CLIENTS = 100;

function newClient(instanceId: string) {
  return createClient({
    auth: AppStrategy({ appId: import.meta.env.APP_ID, appSecret, instanceId }),
    modules: { items, files },
  });
}

type SiteClient = ReturnType<typeof newClient>;
const clients = new Map<string, SiteClient>();

function clientFor(instanceId: string): SiteClient {
  let client = clients.get(instanceId);
  if (!client) {
    if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value as string);
    client = newClient(instanceId);
    clients.set(instanceId, client);
  }
  return client;
}

export const wixSecureLinkDeps: SecureLinkDeps = {
  secret: appSecret,
  now: () => new Date(),
  async loadRecord(instanceId, linkId) {
    return recordOf(await clientFor(instanceId).items.get(LINKS_COLLECTION_ID, linkId));
  },
  async countDownload(instanceId, linkId, update) {
    try {
      await clientFor(instanceId)
        .items.patch(LINKS_COLLECTION_ID, linkId)
        .incrementField(update.increment.field, update.increment.by)
        .setField(update.set.field, update.set.value)
        .run({ condition: countConditionFilter(update) });
      return true;
    } catch (thrown) {
      if (isConditionNotMet(thrown)) return false;
      throw thrown;
    }
  },
  async recordFailedPassword(instanceId, linkId, update) {
    await clientFor(instanceId)
      .items.patch(LINKS_COLLECTION_ID, linkId)
      .incrementField(update.increment.field, update.increment.by)
      .setField(update.set.field, update.set.value)
      .run();
  },
  async mintUrl(instanceId, fileId, options) {
    const answer = await clientFor(instanceId).files.generateFileDownloadUrl(fileId, {
      expirationInMinutes: options.minutes,
      assetKeys: [options.assetKey],
      contentDisposition: options.contentDisposition,
      ...(options.downloadFileName === undefined ? {} : { downloadFileName: options.downloadFileName }),
      ...(options.expirationRedirectUrl === undefined ? {} : { expirationRedirectUrl: options.expirationRedirectUrl }),
    });
    const url = answer.downloadUrls?.find((link) => link.assetKey === options.assetKey)?.url ?? answer.downloadUrls?.[0]?.url;
    if (!url) throw new Error('Wix answered no download URL');
    return url;
  },
};
