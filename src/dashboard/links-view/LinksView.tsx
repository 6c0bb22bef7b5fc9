import React, { useMemo, useState, type FC } from 'react';
import { Card } from '@wix/design-system';
import type { LinkSort, ShareLinkRecord } from '../../common/link-history';
import { loadLinkRules, type LinkRules } from '../link-panel';
import { viewsKit } from '../shared/load-views-kit';
import { pageMessages } from '../shared/messages';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { useElementWidth } from '../shared/use-element-width';
import { linksTable } from './links-csv';
import { isFiltered, DEFAULT_LINKS_QUERY, type LinksQuery, type StatusChoice } from './links-query';
import { useLinks } from './use-links';
import { linksViewMessages } from './messages';
import { DeleteLinkModal } from './DeleteLinkModal';
import { EditLinkModal } from './EditLinkModal';
import { LinksEmpty } from './LinksEmpty';
import { LinksError } from './LinksError';
import { LinksLoading } from './LinksLoading';
import { LinksMore } from './LinksMore';
import { LinksNoResults } from './LinksNoResults';
import { LinksTable } from './LinksTable';
import { LinksToolbar } from './LinksToolbar';
import { QrModal } from './QrModal';
import { TurnOffLinkModal } from './TurnOffLinkModal';
import { TurnOffLinksModal } from './TurnOffLinksModal';

/** The view's words, loaded by LazyLinksView once this chunk has arrived (their loaders ride in this chunk). */
export { loadLinksViewMessages } from './messages';

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
  const { useNow } = viewsKit();
  const now = useNow();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [deleting, setDeleting] = useState<ShareLinkRecord>();
  const [showingQr, setShowingQr] = useState<ShareLinkRecord>();
  const [editing, setEditing] = useState<{ link: ShareLinkRecord; rules: LinkRules }>();
  const [turningOff, setTurningOff] = useState<ShareLinkRecord>();
  const [turningOffSelected, setTurningOffSelected] = useState(false);
  const [deletedIds, setDeletedIds] = useState<ReadonlySet<string>>(new Set());
  // A link changed here (turned off, new expiry or limit) shows as the backend answered, until the list is read again.
  const [changed, setChanged] = useState<ReadonlyMap<string, ShareLinkRecord>>(new Map());
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const rows = list.rows.filter((link) => !deletedIds.has(link.linkId)).map((link) => changed.get(link.linkId) ?? link);
  const selected = rows.filter((link) => selectedIds.has(link.linkId));

  // The dialog checks what is typed by the link form's rules, which come with the panel's chunk.
  const edit = (link: ShareLinkRecord) =>
    loadLinkRules().then(
      (rules) => setEditing({ link, rules }),
      () => viewsKit().showToast(pageMessages.partNotDownloaded, 'error'),
    );
  const applyChanges = (links: ShareLinkRecord[]) => {
    setChanged((map) => new Map([...map, ...links.map((link) => [link.linkId, link] as const)]));
    // A link turned off can no longer be selected; the ones that failed stay checked for another try.
    setSelectedIds((ids) => new Set([...ids].filter((id) => !links.some((link) => link.linkId === id && link.status === 'REVOKED'))));
  };
  const toggle = (links: ShareLinkRecord[], checked: boolean) =>
    setSelectedIds((ids) => {
      const next = new Set(ids);
      for (const link of links) {
        if (checked) next.add(link.linkId);
        else next.delete(link.linkId);
      }
      return next;
    });

  const clear = () => {
    setSearchText('');
    setFilters(DEFAULT_LINKS_QUERY);
  };
  const exportCsv = () =>
    void Promise.all([import('../shared/csv'), loadLinkRules()])
      .then(([csv, rules]) => csv.downloadCsv(linksTable(rows, new Date(), zone, rules.isoWithOffset), linksViewMessages.csvFileName))
      .catch(() => viewsKit().showToast(linksViewMessages.csvFailed, 'error'));

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
          selectedIds={selectedIds}
          onToggle={toggle}
          onQr={setShowingQr}
          onEdit={(link) => void edit(link)}
          onTurnOff={setTurningOff}
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
              selected={selected.length}
              onTurnOffSelected={() => setTurningOffSelected(true)}
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
      {turningOff && <TurnOffLinkModal link={turningOff} onClose={() => setTurningOff(undefined)} onChanged={(link) => applyChanges([link])} />}
      {editing && (
        <EditLinkModal
          link={editing.link}
          rules={editing.rules}
          now={now}
          zone={zone}
          locale={locale}
          onClose={() => setEditing(undefined)}
          onChanged={(link) => applyChanges([link])}
        />
      )}
      {turningOffSelected && <TurnOffLinksModal links={selected} onClose={() => setTurningOffSelected(false)} onTurnedOff={applyChanges} />}
      {showingQr && <QrModal link={showingQr} onClose={() => setShowingQr(undefined)} />}
    </div>
  );
};
