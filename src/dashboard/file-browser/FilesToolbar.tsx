import React, { memo } from 'react';
import { Box, Input, TableToolbar } from '@wix/design-system';
import { Search } from '@wix/wix-ui-icons-common';
import { MEDIA_TYPES, type FileQuery, type MediaTypeFilter, type PrivacyFilter } from './file-query';
import { pageMessages } from '../shared/messages';
import { mediaTypeNames, privacyNames } from './choice-names';
import { oneRowWidth } from '../shared/choices-per-row';
import { useElementWidth } from '../shared/use-element-width';
import { CompactSort } from './CompactSort';
import { FilterToggle } from '../shared/FilterToggle';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  searchText: string;
  onSearchText: (text: string) => void;
  query: FileQuery;
  onQuery: (change: Partial<FileQuery>) => void;
  compact: boolean;
};

/** The filters' side padding (SP4 on each side), and the least width of the privacy filter beside the search. */
const PADDING = 48;
const PRIVACY_WIDTH = 300;

const TYPES: readonly MediaTypeFilter[] = ['ALL', ...MEDIA_TYPES];
const PRIVACY: readonly PrivacyFilter[] = ['ALL', 'PRIVATE', 'PUBLIC'];

/**
 * `compact`: the list is narrow (beside the link panel, small windows), so filters go under the search, wrapped,
 * with a sort control standing in for the Size and Updated headers the compact table drops.
 */
// Memoised: the list's answers (rows, link counts) re-render FileBrowser, and none of them changes the toolbar.
export const FilesToolbar = memo(function FilesToolbar({ searchText, onSearchText, query, onQuery, compact }: Props) {
  // The toolbar spans the list, so its own width tells how many filter choices fit on a row; measuring it here
  // keeps width changes from drawing the list's rows again.
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const privacyNamed = privacyNames();
  // Beside the search in a wide list, the privacy filter takes the room its words need on one row.
  const privacyWidth = Math.max(PRIVACY_WIDTH, oneRowWidth(PRIVACY.map((id) => privacyNamed[id])));
  const privacy = (
    <FilterToggle
      dataHook={dataHooks.privacy}
      label={pageMessages.privacyFilterLabel}
      choices={PRIVACY}
      names={privacyNamed}
      selected={query.privacy}
      onSelect={(privacy) => onQuery({ privacy })}
      width={compact ? width - PADDING : privacyWidth}
    />
  );
  return (
    <div ref={ref}>
      <TableToolbar>
        <TableToolbar.ItemGroup position="start">
          <TableToolbar.Item>
            {/* A plain Input, not WDS Search: Search is an autocomplete whose dropdown, drawer and popover code was 68 kB gzip of the page's first load, and this list has no suggestions to offer. */}
            <Input
              dataHook={dataHooks.searchInput}
              prefix={
                <Input.IconAffix>
                  <Search />
                </Input.IconAffix>
              }
              clearButton
              clearButtonAriaLabel={pageMessages.clearSearch}
              value={searchText}
              placeholder={pageMessages.searchPlaceholder}
              ariaLabel={pageMessages.searchLabel}
              onChange={(e) => onSearchText(e.target.value)}
              onClear={() => onSearchText('')}
            />
          </TableToolbar.Item>
        </TableToolbar.ItemGroup>
        {!compact && (
          <TableToolbar.ItemGroup position="end">
            <TableToolbar.Item>
              <Box width={`${privacyWidth}px`}>{privacy}</Box>
            </TableToolbar.Item>
          </TableToolbar.ItemGroup>
        )}
      </TableToolbar>
      <Box padding="0 SP4 SP2" direction="vertical" gap="SP2">
        {compact && privacy}
        {compact && <CompactSort sort={query.sort} onSort={(sort) => onQuery({ sort })} width={width - PADDING} />}
        <FilterToggle
          dataHook={dataHooks.type}
          label={pageMessages.typeFilterLabel}
          choices={TYPES}
          names={mediaTypeNames()}
          selected={query.mediaType}
          onSelect={(mediaType) => onQuery({ mediaType })}
          width={width - PADDING}
        />
      </Box>
    </div>
  );
});
