import React, { type FC } from 'react';
import { Dropdown, Search, TableToolbar } from '@wix/design-system';
import { MEDIA_TYPES, SORT_KEYS, type FileQuery, type MediaTypeFilter, type PrivacyFilter, type SortKey } from '../../common/file-query';
import { messages } from '../messages';

type Props = {
  searchText: string;
  onSearchText: (text: string) => void;
  query: FileQuery;
  onQuery: (change: Partial<FileQuery>) => void;
};

const typeOptions = (['ALL', ...MEDIA_TYPES] as const).map((id) => ({ id, value: messages.mediaTypes[id] }));
const privacyOptions = (['ALL', 'PRIVATE', 'PUBLIC'] as const).map((id) => ({ id, value: messages.privacy[id] }));
const sortOptions = SORT_KEYS.map((id) => ({ id, value: messages.sort[id] }));

export const FilesToolbar: FC<Props> = ({ searchText, onSearchText, query, onQuery }) => (
  <TableToolbar>
    <TableToolbar.ItemGroup position="start">
      <TableToolbar.Item>
        <Search
          dataHook="search-input"
          value={searchText}
          placeholder={messages.browser.searchPlaceholder}
          ariaLabel={messages.browser.searchLabel}
          onChange={(e) => onSearchText(e.target.value)}
          onClear={() => onSearchText('')}
          debounceMs={0}
        />
      </TableToolbar.Item>
    </TableToolbar.ItemGroup>
    <TableToolbar.ItemGroup position="end">
      <TableToolbar.Item>
        <Dropdown
          dataHook="type-filter"
          ariaLabel={messages.browser.typeLabel}
          options={typeOptions}
          selectedId={query.mediaType}
          onSelect={(option) => onQuery({ mediaType: option.id as MediaTypeFilter })}
          size="small"
        />
      </TableToolbar.Item>
      <TableToolbar.Item>
        <Dropdown
          dataHook="privacy-filter"
          ariaLabel={messages.browser.privacyLabel}
          options={privacyOptions}
          selectedId={query.privacy}
          onSelect={(option) => onQuery({ privacy: option.id as PrivacyFilter })}
          size="small"
        />
      </TableToolbar.Item>
      <TableToolbar.Item>
        <Dropdown
          dataHook="sort-select"
          ariaLabel={messages.browser.sortLabel}
          options={sortOptions}
          selectedId={query.sort}
          onSelect={(option) => onQuery({ sort: option.id as SortKey })}
          size="small"
        />
      </TableToolbar.Item>
    </TableToolbar.ItemGroup>
  </TableToolbar>
);
