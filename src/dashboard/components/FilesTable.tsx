import React, { type FC, type ReactNode } from 'react';
import { Box, Button, Table, Text } from '@wix/design-system';
import { formatDate, formatSize } from '../../common/format';
import type { FileRow } from '../file-row';
import { messages } from '../messages';
import { FileNameCell } from './FileNameCell';

type Props = {
  rows: FileRow[];
  selectedIds: string[];
  onSelectionChange: (ids: string[]) => void;
  onCreateLink: (file: FileRow) => void;
  locale: string;
  zone: string;
  toolbar: ReactNode;
  children?: ReactNode;
};

const typeName = (mediaType: string) =>
  mediaType in messages.mediaTypes ? messages.mediaTypes[mediaType as keyof typeof messages.mediaTypes] : mediaType;

export const FilesTable: FC<Props> = ({ rows, selectedIds, onSelectionChange, onCreateLink, locale, zone, toolbar, children }) => {
  const columns = [
    { title: messages.table.name, render: (file: FileRow) => <FileNameCell file={file} />, width: '45%' },
    { title: messages.table.type, render: (file: FileRow) => <Text size="small">{typeName(file.mediaType)}</Text> },
    { title: messages.table.size, render: (file: FileRow) => <Text size="small">{formatSize(file.sizeInBytes, locale)}</Text> },
    { title: messages.table.updated, render: (file: FileRow) => <Text size="small">{formatDate(file.updated, locale, zone)}</Text> },
    {
      title: '',
      align: 'end' as const,
      render: (file: FileRow) => (
        <Button
          size="small"
          priority="secondary"
          dataHook="create-link-button"
          ariaLabel={messages.table.createLinkFor(file.name)}
          onClick={() => onCreateLink(file)}
        >
          {messages.table.createLink}
        </Button>
      ),
    },
  ];
  return (
    <Table
      dataHook="files-table"
      data={rows}
      columns={columns}
      rowDataHook="file-row"
      showSelection
      selectedIds={selectedIds}
      onSelectionChanged={(ids) => onSelectionChange((ids ?? []).map(String))}
      showHeaderWhenEmpty
    >
      <Table.ToolbarContainer>{() => toolbar}</Table.ToolbarContainer>
      <Table.Content dataHook="files-table-content" />
      <Box direction="vertical">{children}</Box>
    </Table>
  );
};
