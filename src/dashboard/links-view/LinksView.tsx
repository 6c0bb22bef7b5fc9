import React, { useMemo, useState, type FC } from 'react';
import { Card } from '@wix/design-system';
import type { LinkSort, ShareLinkRecord } from '../../common/link-history';
import { showToast, useNow } from '../link-panel';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { useElementWidth } from '../shared/use-element-width';
import { isFiltered, DEFAULT_LINKS_QUERY, type LinksQuery, type StatusChoice } from './links-query';
import { useLinks } from './use-links';
import { linksViewMessages } from './messages';
import { DeleteLinkModal } from './DeleteLinkModal';
import { LinksEmpty } from './LinksEmpty';
import { LinksError } from './LinksError';
import { LinksLoading } from './LinksLoading';
import { LinksMore } from './LinksMore';
import { LinksNoResults } from './LinksNoResults';
import { LinksTable } from './LinksTable';
import { LinksToolbar } from './LinksToolbar';
import { QrModal } from './QrModal';

const SEARCH_DEBOUNCE_MS = 300;
// Below this width the six columns no longer fit: label, created and expiry move under the file name.
const COMPACT_BELOW = 900;

type Props = {
  zone: string;
  locale: string;
  /** The empty history leads to the Files view, where links are made. */
  onGoToFiles: () => void;
};

/** Every link the site has made, newest first, with its status; the chunk the Links tab loads. */
export const LinksView: FC<Props> = ({ zone, locale, onGoToFiles }) => {
  const [searchText, setSearchText] = useState('');
  const [filters, setFilters] = useState<Omit<LinksQuery, 'search'>>(DEFAULT_LINKS_QUERY);
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const query = useMemo<LinksQuery>(() => ({ search, status: filters.status, sort: filters.sort }), [search, filters.status, filters.sort]);
  const list = useLinks(query);
  const now = useNow();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [deleting, setDeleting] = useState<ShareLinkRecord>();
  const [showingQr, setShowingQr] = useState<ShareLinkRecord>();
  const [deletedIds, setDeletedIds] = useState<ReadonlySet<string>>(new Set());
  const rows = list.rows.filter((link) => !deletedIds.has(link.linkId));

  const clear = () => {
    setSearchText('');
    setFilters(DEFAULT_LINKS_QUERY);
  };
  const exportCsv = () =>
    void import('./links-csv')
      .then((csv) => csv.downloadLinksCsv(rows, new Date(), zone))
      .catch(() => showToast(linksViewMessages.csvFailed, 'error'));

  const empty = list.status === 'ready' && rows.length === 0;
  return (
    <div ref={ref}>
      <Card>
        <LinksTable
          rows={rows}
          now={now}
          zone={zone}
          locale={locale}
          compact={width < COMPACT_BELOW}
          onQr={setShowingQr}
          onDelete={setDeleting}
          toolbar={
            <LinksToolbar
              searchText={searchText}
              onSearchText={setSearchText}
              status={filters.status}
              onStatus={(status: StatusChoice) => setFilters((f) => ({ ...f, status }))}
              sort={filters.sort}
              onSort={(sort: LinkSort) => setFilters((f) => ({ ...f, sort }))}
              canExport={rows.length > 0}
              onExport={exportCsv}
              compact={width < COMPACT_BELOW}
            />
          }
        >
          {list.status === 'loading' && <LinksLoading />}
          {empty && !isFiltered(query) && <LinksEmpty onGoToFiles={onGoToFiles} />}
          {empty && isFiltered(query) && <LinksNoResults onClear={clear} />}
          {list.status === 'error' && list.failure && <LinksError failure={list.failure} onRetry={list.retry} />}
          {list.status === 'ready' && list.hasMore && <LinksMore loading={list.loadingMore} onClick={list.loadMore} />}
        </LinksTable>
      </Card>
      {deleting && (
        <DeleteLinkModal
          link={deleting}
          zone={zone}
          locale={locale}
          onClose={() => setDeleting(undefined)}
          onDeleted={(linkId) => setDeletedIds((ids) => new Set([...ids, linkId]))}
        />
      )}
      {showingQr && <QrModal link={showingQr} onClose={() => setShowingQr(undefined)} />}
    </div>
  );
};
