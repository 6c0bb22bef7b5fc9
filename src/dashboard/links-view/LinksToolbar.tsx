import React, { type FC } from 'react';
import { Box, Button, Input, TableToolbar } from '@wix/design-system';
import { Block, DownloadImport, Search } from '@wix/wix-ui-icons-common';
import type { LinkSort } from '../../common/link-history';
import { FilterToggle } from '../shared/FilterToggle';
import { SORT_CHOICES, sortNames, statusChoiceNames } from './choice-names';
import { STATUS_CHOICES, type StatusChoice } from './links-query';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  searchText: string;
  onSearchText: (text: string) => void;
  status: StatusChoice;
  onStatus: (status: StatusChoice) => void;
  sort: LinkSort;
  onSort: (sort: LinkSort) => void;
  canExport: boolean;
  onExport: () => void;
  /** Links checked in the table; with any, the toolbar offers to turn them all off. */
  selected: number;
  onTurnOffSelected: () => void;
  compact: boolean;
};

/**
 * Search, the status filter and the sort, as toggles that show every choice (see FilterToggle for why not
 * dropdowns); the CSV, and turning off the links checked.
 */
export const LinksToolbar: FC<Props> = (props) => {
  const { searchText, onSearchText, status, onStatus, sort, onSort, canExport, onExport, selected, onTurnOffSelected, compact } = props;
  return (
    <Box direction="vertical">
      <TableToolbar>
        <TableToolbar.ItemGroup position="start">
          <TableToolbar.Item>
            <Input
              dataHook={dataHooks.linksSearch}
              prefix={
                <Input.IconAffix>
                  <Search />
                </Input.IconAffix>
              }
              clearButton
              clearButtonAriaLabel={m.clearSearch}
              value={searchText}
              placeholder={m.searchPlaceholder}
              ariaLabel={m.searchLabel}
              onChange={(e) => onSearchText(e.target.value)}
              onClear={() => onSearchText('')}
            />
          </TableToolbar.Item>
        </TableToolbar.ItemGroup>
        <TableToolbar.ItemGroup position="end">
          {selected > 0 && (
            <TableToolbar.Item>
              <Button size="small" skin="destructive" priority="secondary" prefixIcon={<Block />} dataHook={dataHooks.bulkRevokeButton} onClick={onTurnOffSelected}>
                {m.bulkTurnOff({ count: selected })}
              </Button>
            </TableToolbar.Item>
          )}
          <TableToolbar.Item>
            <Button size="small" priority="secondary" prefixIcon={<DownloadImport />} dataHook={dataHooks.linksCsv} disabled={!canExport} onClick={onExport}>
              {m.exportCsv}
            </Button>
          </TableToolbar.Item>
        </TableToolbar.ItemGroup>
      </TableToolbar>
      <Box padding="0 SP4 SP2" direction="vertical" gap="SP2">
        <Box direction="vertical">
          <FilterToggle
            dataHook={dataHooks.linksStatusFilter}
            label={m.statusFilterLabel}
            choices={STATUS_CHOICES}
            names={statusChoiceNames()}
            selected={status}
            onSelect={onStatus}
            perRow={compact ? 3 : undefined}
          />
        </Box>
        <Box direction="vertical">
          <FilterToggle
            dataHook={dataHooks.linksSort}
            label={m.sortLabel}
            choices={SORT_CHOICES}
            names={sortNames()}
            selected={sort}
            onSelect={onSort}
            perRow={compact ? 2 : undefined}
          />
        </Box>
      </Box>
    </Box>
  );
};
