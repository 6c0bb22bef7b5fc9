/** The words each status, filter and sort choice is shown with, looked up by the choice's value once the catalog is loaded. */
import type { LinkSort } from '../../common/link-history';
import type { DisplayStatus } from './link-display';
import type { StatusChoice } from './links-query';
import { linksViewMessages as m } from './messages';

export const statusNames = (): Readonly<Record<DisplayStatus, string>> => ({
  ACTIVE: m.statusActive,
  EXPIRES_SOON: m.statusExpiresSoon,
  EXPIRED: m.statusExpired,
  REVOKED: m.statusRevoked,
  USED_UP: m.statusUsedUp,
});

export const statusChoiceNames = (): Readonly<Record<StatusChoice, string>> => ({ ALL: m.statusAll, ...statusNames() });

export const SORT_CHOICES: readonly LinkSort[] = ['CREATED_DESC', 'CREATED_ASC', 'EXPIRES_ASC', 'EXPIRES_DESC'];

export const sortNames = (): Readonly<Record<LinkSort, string>> => ({
  CREATED_DESC: m.sortCreatedDesc,
  CREATED_ASC: m.sortCreatedAsc,
  EXPIRES_ASC: m.sortExpiresAsc,
  EXPIRES_DESC: m.sortExpiresDesc,
});
