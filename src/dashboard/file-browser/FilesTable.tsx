import React, { type FC, type ReactNode } from 'react';
import { Box, Button, Table, Text } from '@wix/design-system';
import type { SortKey } from './file-query';
import { formatDate, formatSize } from '../../common/format';
import { isSortColumn, nextSort, sortDescending, type SortColumn } from './sort-toggle';
import type { FileRow } from '../shared/file-row';
import { pageMessages } from '../shared/messages';
import { mediaTypeName } from './choice-names';
import { FileNameCell } from './FileNameCell';
import { SelectCheckbox } from '../shared/SelectCheckbox';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  rows: FileRow[];
  /** Active links per file id; a file not in it shows no count. */
  activeLinks: ReadonlyMap<string, number>;
  selectedIds: ReadonlySet<string>;
  onToggle: (files: FileRow[], selected: boolean) => void;
  onCreateLink: (file: FileRow) => void;
  locale: string;
  zone: string;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  toolbar: ReactNode;
  /** Too narrow for every column: type, size and date move under the name. */
  compact: boolean;
  children?: ReactNode;
};

export const FilesTable: FC<Props> = ({ rows, activeLinks, selectedIds, onToggle, onCreateLink, locale, zone, sort, onSort, toolbar, compact, children }) => {
  const sortable = (column: SortColumn) => ({ sortable: true, sortDescending: sortDescending(sort, column), key: column });
  const shownSelected = rows.filter((f) => selectedIds.has(f.id)).length;
  const type = (file: FileRow) => mediaTypeName(file.mediaType);
  const size = (file: FileRow) => formatSize(file.sizeInBytes, locale);
  const updated = (file: FileRow) => formatDate(file.updated, locale, zone);
  // The compact list's line under a file name; a size or date the Media Manager does not have yet is left out.
  const details = (file: FileRow) => [type(file), size(file), updated(file)].filter(Boolean).join(pageMessages.fileDetailsSeparator);
  const detailColumns = [
    { title: pageMessages.columnType, key: 'type', render: (file: FileRow) => <Text size="small">{type(file)}</Text> },
    { title: pageMessages.columnSize, ...sortable('size'), render: (file: FileRow) => <Text size="small">{size(file)}</Text> },
    { title: pageMessages.columnUpdated, ...sortable('date'), render: (file: FileRow) => <Text size="small">{updated(file)}</Text> },
  ];
  const columns = [
    {
      title: (
        <SelectCheckbox
          dataHook={dataHooks.selectAll}
          label={pageMessages.selectAll}
          checked={rows.length > 0 && shownSelected === rows.length}
          onChange={(checked) => onToggle(rows, checked)}
        />
      ),
      width: '48px',
      key: 'select',
      render: (file: FileRow) => (
        <SelectCheckbox
          dataHook={dataHooks.rowSelect}
          label={pageMessages.selectFile({ fileName: file.name })}
          checked={selectedIds.has(file.id)}
          onChange={(checked) => onToggle([file], checked)}
        />
      ),
    },
    {
      title: pageMessages.columnName,
      render: (file: FileRow) => <FileNameCell file={file} activeLinks={activeLinks.get(file.id) ?? 0} details={compact ? details(file) : undefined} />,
      width: compact ? undefined : '45%',
      ...sortable('name'),
    },
    ...(compact ? [] : detailColumns),
    {
      title: '',
      // Cells are keyed by column: a stable key keeps the same button when the compact layout drops columns,
      // so focus (and the panel's return of focus) stays on it.
      key: 'action',
      align: 'end' as const,
      render: (file: FileRow) => (
        <Button
          size="small"
          priority="secondary"
          dataHook={dataHooks.createLinkButton}
          aria-label={pageMessages.createLinkFor({ fileName: file.name })}
          onClick={() => onCreateLink(file)}
        >
          {pageMessages.createLink}
        </Button>
      ),
    },
  ];
  return (
    <Table
      dataHook={dataHooks.filesTable}
      data={rows}
      columns={columns}
      rowDataHook={dataHooks.fileRow}
      onSortClick={(column) => isSortColumn(column.key) && onSort(nextSort(sort, column.key))}
      showHeaderWhenEmpty
    >
      <Table.ToolbarContainer>{() => toolbar}</Table.ToolbarContainer>
      <Table.Content dataHook={dataHooks.filesTableContent} />
      <Box direction="vertical">{children}</Box>
    </Table>
  );
};
