import { describe, expect, it } from 'vitest';
import { byHook, dataHooks } from '../../../src/dashboard/shared/data-hooks';

describe('data hooks', () => {
  it('are their names in kebab case, as their types say', () => {
    const filesTable: 'files-table' = dataHooks.filesTable;
    const retry: 'page-words-retry' = dataHooks.pageWordsRetry;
    const sort: 'sort' = dataHooks.sort;
    expect([filesTable, retry, sort, dataHooks.bulkRevokeSummary]).toEqual(['files-table', 'page-words-retry', 'sort', 'bulk-revoke-summary']);
    expect(byHook(dataHooks.activeLinksBadge)).toBe('[data-hook="active-links-badge"]');
  });
});
