import React, { type FC } from 'react';
import { Box, Search, SegmentedToggle, TableToolbar } from '@wix/design-system';
import { MEDIA_TYPES, type FileQuery, type MediaTypeFilter, type PrivacyFilter } from '../../common/file-query';
import { messages } from '../messages';

type Props = {
  searchText: string;
  onSearchText: (text: string) => void;
  query: FileQuery;
  onQuery: (change: Partial<FileQuery>) => void;
};

const TYPES: readonly MediaTypeFilter[] = ['ALL', ...MEDIA_TYPES];
const PRIVACY: readonly PrivacyFilter[] = ['ALL', 'PRIVATE', 'PUBLIC'];

// Segmented toggles rather than WDS Dropdown/PopoverMenu: in WDS 1.328 both put ARIA popup attributes where axe
// reports them as critical, and toggles show every choice at once, which is quicker to scan.
export const FilesToolbar: FC<Props> = ({ searchText, onSearchText, query, onQuery }) => (
  <Box direction="vertical">
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
          />
        </TableToolbar.Item>
      </TableToolbar.ItemGroup>
      <TableToolbar.ItemGroup position="end">
        <TableToolbar.Item>
          <Box width="300px">
            <SegmentedToggle
              dataHook="privacy-filter"
              size="small"
              fullWidth
              ariaLabel={messages.browser.privacyLabel}
              selected={query.privacy}
              onClick={(_, value) => onQuery({ privacy: value as PrivacyFilter })}
            >
              {PRIVACY.map((id) => (
                <SegmentedToggle.Button key={id} value={id} dataHook={`privacy-${id}`}>
                  {messages.privacy[id]}
                </SegmentedToggle.Button>
              ))}
            </SegmentedToggle>
          </Box>
        </TableToolbar.Item>
      </TableToolbar.ItemGroup>
    </TableToolbar>
    <Box padding="0 SP4 SP2">
      <Box flex={1}>
        <SegmentedToggle
          dataHook="type-filter"
          size="small"
          fullWidth
          ariaLabel={messages.browser.typeLabel}
          selected={query.mediaType}
          onClick={(_, value) => onQuery({ mediaType: value as MediaTypeFilter })}
        >
          {TYPES.map((id) => (
            <SegmentedToggle.Button key={id} value={id} dataHook={`type-${id}`}>
              {messages.mediaTypes[id]}
            </SegmentedToggle.Button>
          ))}
        </SegmentedToggle>
      </Box>
    </Box>
  </Box>
);
