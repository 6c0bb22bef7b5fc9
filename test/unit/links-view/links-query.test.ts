import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINKS_QUERY, isFiltered, toListQuery } from '../../../src/dashboard/links-view/links-query';
import { OPENING_LIST_QUERY } from '../../../src/dashboard/links-view/first-page';
import { linksFailureOf, LinksRequestFailed } from '../../../src/dashboard/links-view/links-failure';
import { loadLinksViewMessages } from '../../../src/dashboard/links-view/messages';

beforeAll(loadLinksViewMessages);

describe('toListQuery', () => {
  it('sends the sort always, and search, status and cursor only when there are some', () => {
    expect(toListQuery(DEFAULT_LINKS_QUERY, undefined)).toEqual({ sort: 'CREATED_DESC' });
    // The early ask when the tab opens must be the view's own opening query, or the view would show another list.
    expect(toListQuery(DEFAULT_LINKS_QUERY, undefined)).toEqual(OPENING_LIST_QUERY);
    expect(toListQuery({ search: 'anna', status: 'EXPIRED', sort: 'EXPIRES_ASC' }, 'c1')).toEqual({
      sort: 'EXPIRES_ASC',
      search: 'anna',
      status: 'EXPIRED',
      cursor: 'c1',
    });
  });

  it('counts a search or a status as a filter (an empty result is "no match", not "no links yet"), a sort not', () => {
    expect(isFiltered({ ...DEFAULT_LINKS_QUERY, sort: 'CREATED_ASC' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_LINKS_QUERY, search: 'x' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_LINKS_QUERY, status: 'ACTIVE' })).toBe(true);
  });
});

describe('linksFailureOf', () => {
  it('words each error code for the owner, never the backend message, and offers no retry for a refusal', () => {
    const failure = (code: 'HISTORY_UNAVAILABLE' | 'PERMISSION_DENIED' | 'RATE_LIMITED') =>
      linksFailureOf(new LinksRequestFailed({ code, message: 'backend words' }));
    expect(failure('HISTORY_UNAVAILABLE')).toEqual({ message: expect.stringMatching(/reinstall the app/), retryable: true });
    expect(failure('PERMISSION_DENIED')).toEqual({ message: expect.stringMatching(/site owner or an admin/), retryable: false });
    expect(failure('RATE_LIMITED').message).not.toContain('backend words');
    expect(linksFailureOf(new TypeError('Failed to fetch'))).toEqual({ message: expect.stringMatching(/connection/), retryable: true });
  });
});
