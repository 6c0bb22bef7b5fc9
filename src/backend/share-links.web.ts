/**
 * Web methods of the dashboard page. Wiring only: the rules live in ./share-links/ and ./link-history/.
 * Admin-only, because an elevated call can mint download links to any private file on the site and read
 * every link the site has shared.
 */
import { Permissions, webMethod } from '@wix/web-methods';
import type {
  CountActiveLinksResponse,
  DeleteShareLinkResponse,
  ListShareLinksQuery,
  ListShareLinksResponse,
  ShareLinkChangeResponse,
  ShareLinkChanges,
} from '../common/link-history';
import type { CreateShareLinksResponse, ShareLinkOptions } from '../common/share-links';
import {
  countActiveLinksWith,
  deleteShareLinkWith,
  listShareLinksWith,
  revokeShareLinkWith,
  updateShareLinkWith,
} from './link-history/history-methods';
import { linkRecorder } from './link-history/record-links';
import { getFileDescriptors } from './link-history/wix-file-descriptors';
import { wixDataStore } from './link-history/wix-data-store';
import { hashPassword } from './secure-links/password-hash';
import { currentInstanceId } from './secure-links/wix-instance';
import { appSecret } from './secure-links/wix-secure-link';
import { createShareLinksWith } from './share-links/create-share-links';
import { generateFileDownloadUrl } from './share-links/wix-media';

const now = () => new Date();
const history = { store: wixDataStore, now };
const record = linkRecorder({ describeFiles: getFileDescriptors, store: wixDataStore });
const secure = { secret: appSecret, instanceId: currentInstanceId, describeFiles: getFileDescriptors, hashPassword };

export const createShareLinks = webMethod(
  Permissions.Admin,
  (fileIds: string[], options?: ShareLinkOptions): Promise<CreateShareLinksResponse> =>
    createShareLinksWith({ generate: generateFileDownloadUrl, now, record, secure }, fileIds, options),
);

export const listShareLinks = webMethod(
  Permissions.Admin,
  (query?: ListShareLinksQuery): Promise<ListShareLinksResponse> => listShareLinksWith(history, query),
);

export const deleteShareLink = webMethod(
  Permissions.Admin,
  (linkId: string): Promise<DeleteShareLinkResponse> => deleteShareLinkWith(history, linkId),
);

export const countActiveLinks = webMethod(
  Permissions.Admin,
  (fileIds: string[]): Promise<CountActiveLinksResponse> => countActiveLinksWith(history, fileIds),
);

export const revokeShareLink = webMethod(
  Permissions.Admin,
  (linkId: string): Promise<ShareLinkChangeResponse> => revokeShareLinkWith(history, linkId),
);

export const updateShareLink = webMethod(
  Permissions.Admin,
  (linkId: string, changes: ShareLinkChanges): Promise<ShareLinkChangeResponse> => updateShareLinkWith(history, linkId, changes),
);
