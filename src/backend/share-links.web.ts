/**
 * Web methods of the dashboard page. Wiring only: the rules live in ./share-links/. Admin-only,
 * because an elevated call can mint download links to any private file on the site.
 */
import { Permissions, webMethod } from '@wix/web-methods';
import type { CreateShareLinksResponse, ShareLinkOptions } from '../common/share-links';
import { createShareLinksWith } from './share-links/create-share-links';
import { generateFileDownloadUrl } from './share-links/wix-media';

export const createShareLinks = webMethod(
  Permissions.Admin,
  (fileIds: string[], options?: ShareLinkOptions): Promise<CreateShareLinksResponse> =>
    createShareLinksWith({ generate: generateFileDownloadUrl, now: () => new Date() }, fileIds, options),
);
