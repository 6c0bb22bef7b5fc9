import React, { useRef, type FC, type ReactElement } from 'react';
import { Card } from '@wix/design-system';
import { hasFilters, isSearching } from './file-query';
import type { FileRow } from '../shared/file-row';
import { useBrowserQuery } from './use-browser-query';
import { useFiles } from './use-files';
import { useActiveLinkCounts } from './use-active-link-counts';
import { useNarrowerThan } from '../shared/use-element-width';
import { useFolders } from './use-folders';
import { BulkBar } from './BulkBar';
import { FilesTable } from './FilesTable';
import { FilesToolbar } from './FilesToolbar';
import { FolderNavigation } from './FolderNavigation';
import { EmptyLibrary } from './EmptyLibrary';
import { LoadError } from './LoadError';
import { LoadingRows } from './LoadingRows';
import { LoadMore } from './LoadMore';
import { NoResults } from './NoResults';

// Below this width the six columns and the eight type filters in one row no longer fit: the action column is
// clipped and the filter names truncated (seen at 1024 px with the dashboard sidebar, and beside the link panel).
const COMPACT_BELOW = 900;

const NO_ROWS: FileRow[] = [];

type Props = {
  /**
   * Behind another view: the list keeps its place, its data and what it has drawn, but draws nothing new, which
   * would take the main thread from the view on screen (drawing 50 rows behind the Links view made its first
   * rows 40% later). Shown again, it draws what changed meanwhile.
   */
  hidden: boolean;
  selected: FileRow[];
  onSelect: (files: FileRow[]) => void;
  onCreateLinks: (files: FileRow[]) => void;
  locale: string;
  zone: string;
  /** Changes whenever links may have been made or deleted, so the rows' link counts are asked for again. */
  linksChanged: number;
};

export const FileBrowser: FC<Props> = ({ hidden, selected, onSelect, onCreateLinks, locale, zone, linksChanged }) => {
  const browser = useBrowserQuery();
  const { query } = browser;
  const list = useFiles(query);
  const rows = hidden ? NO_ROWS : list.rows;
  const activeLinks = useActiveLinkCounts(rows, linksChanged);
  const subfolders = useFolders(query.folderId, !isSearching(query));
  const selectedIds = new Set(selected.map((f) => f.id));
  const { ref, narrower: compact } = useNarrowerThan<HTMLDivElement>(COMPACT_BELOW);

  // Selection survives paging and folder changes, so files ticked in different folders can share one batch.
  const toggle = (files: FileRow[], on: boolean) => {
    const changed = new Set(files.map((f) => f.id));
    const kept = selected.filter((f) => !changed.has(f.id));
    onSelect(on ? [...kept, ...files] : kept);
  };

  const empty = list.status === 'ready' && list.rows.length === 0;
  const table = (
    <FilesTable
      rows={rows}
      activeLinks={activeLinks}
      selectedIds={selectedIds}
      onToggle={toggle}
      onCreateLink={(file) => onCreateLinks([file])}
      locale={locale}
      zone={zone}
      compact={compact}
      sort={query.sort}
      onSort={(sort) => browser.update({ sort })}
      toolbar={
        <>
          <FilesToolbar
            searchText={browser.searchText}
            onSearchText={browser.setSearchText}
            query={query}
            onQuery={browser.update}
            compact={compact}
          />
          <FolderNavigation
            path={browser.path}
            searchText={query.search}
            subfolders={subfolders}
            onOpen={browser.openFolder}
            onJump={browser.jumpTo}
          />
          {selected.length > 0 && (
            <BulkBar count={selected.length} onCreate={() => onCreateLinks(selected)} onClear={() => onSelect([])} />
          )}
        </>
      }
    >
      {list.status === 'loading' && <LoadingRows />}
      {empty && subfolders.length === 0 && !hasFilters(query) && <EmptyLibrary />}
      {empty && hasFilters(query) && <NoResults onClear={browser.clearFilters} />}
      {list.status === 'error' && <LoadError failure={list.failure} onRetry={list.retry} />}
      {list.status === 'ready' && list.hasMore && <LoadMore loading={list.loadingMore} onClick={list.loadMore} />}
    </FilesTable>
  );
  // While hidden the same element is returned each render, so React leaves the table as it was drawn.
  const drawn = useRef<ReactElement>();
  if (!hidden || !drawn.current) drawn.current = table;
  return (
    <div ref={ref}>
      <Card>{drawn.current}</Card>
    </div>
  );
};
