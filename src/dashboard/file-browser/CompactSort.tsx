import React, { type FC } from 'react';
import { Box, Text } from '@wix/design-system';
import type { SortKey } from './file-query';
import { nextSort, sortColumnOf, sortOrderOf, sortOrdersOf, type SortColumn } from './sort-toggle';
import { pageMessages } from '../shared/messages';
import { sortColumnNames, sortOrderNames } from './choice-names';
import { FilterToggle } from '../shared/FilterToggle';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  /** The width in pixels the sort controls have: below 512 the two toggles stack so their labels stay whole. */
  width: number;
};

const COLUMNS: readonly SortColumn[] = ['name', 'date', 'size'];

/**
 * Sorting for the compact list, which has no Size or Updated header to click. Changes go through the same
 * `nextSort` as the headers, so a column starts in the order its header would and order flips the same way.
 */
const SIDE_BY_SIDE = 512;
/** SP2 between the two toggles. */
const GAP = 12;

export const CompactSort: FC<Props> = ({ sort, onSort, width }) => {
  const sideBySide = width >= SIDE_BY_SIDE;
  const toggleWidth = sideBySide ? (width - GAP) / 2 : width;
  const column = sortColumnOf(sort);
  const order = sortOrderOf(sort);
  // Two rows of toggles reading "Name Date Size" and "Newest first Oldest first" do not say what they do; the
  // headers that sort the wide table do, so the compact list names its sort control.
  return (
    <Box direction="vertical" gap="SP1">
      <Text size="tiny" secondary>
        {pageMessages.sortLabel}
      </Text>
      <Box direction={sideBySide ? 'horizontal' : 'vertical'} gap="SP2">
        <Box flex="1" direction="vertical">
          <FilterToggle
            dataHook={dataHooks.sort}
            label={pageMessages.sortLabel}
            choices={COLUMNS}
            names={sortColumnNames()}
            selected={column}
            onSelect={(chosen) => chosen !== column && onSort(nextSort(sort, chosen))}
            width={toggleWidth}
          />
        </Box>
        <Box flex="1" direction="vertical">
          <FilterToggle
            dataHook={dataHooks.sortOrder}
            label={pageMessages.sortOrderLabel}
            choices={sortOrdersOf(column)}
            names={sortOrderNames()[column]}
            selected={order}
            onSelect={(chosen) => chosen !== order && onSort(nextSort(sort, column))}
            width={toggleWidth}
          />
        </Box>
      </Box>
    </Box>
  );
};
