import { Permissions, webMethod } from '@wix/web-methods';
import type { CreateShareLinksResponse, ShareLinkOptions } from '../common/share-links';

export const createShareLinks = webMethod(
  Permissions.Admin,
  async (fileIds: string[], options?: ShareLinkOptions): Promise<CreateShareLinksResponse> => {
    void fileIds;
    void options;
    return { ok: false, error: { code: 'NOT_IN_WIX', message: 'Not implemented yet.' } };
  },
);
