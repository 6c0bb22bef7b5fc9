/**
 * The yardstick for page weight and time to first rows: a page made only of the parts the dashboard
 * page must load before its first rows (the WDS components and icons the list view renders, and the
 * Media Manager SDK calls that fill it), with none of the app's own code. Built and served like the
 * app, it shows how much of the page's weight and wait is the app's doing and how much is the parts
 * it is built from.
 *
 * For the times to compare, it does what the app does before its first rows and nothing more: the
 * same two Media Manager requests (the bench stops if their URLs differ from the app's), a table
 * with its header shown while loading, the Files and Links tabs above it, and the same six cells per row of the
 * same 50 files. Keep its
 * imports, requests and cells in step with what src/dashboard renders before the first rows; the
 * link panel is a chunk of its own and is not part of it.
 */
export const FLOOR_PAGE_SOURCE = `import React, { useEffect, useState } from 'react';
import {
  Badge, Box, Breadcrumbs, Button, Card, Checkbox, EmptyState, Image, Input, Loader, Page, SectionHelper,
  SegmentedToggle, SkeletonGroup, SkeletonLine, SkeletonRectangle, Table, TableToolbar, Tabs, Text, TextButton,
  WixDesignSystemProvider,
} from '@wix/design-system';
import { FolderSmall, Refresh, Search } from '@wix/wix-ui-icons-common';
import '@wix/design-system/styles.global.css';
import { files, folders } from '@wix/media';

type Row = { id: string; name: string; type: string; isPrivate: boolean; size: string; updated: string; thumbnail: string };

const size = new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export default function FloorPage() {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    void folders.listFolders({ parentFolderId: 'media-root', sort: { fieldName: 'displayName', order: 'ASC' }, paging: { limit: 100 } });
    void files
      .listFiles({ parentFolderId: 'media-root', sort: { fieldName: '_updatedDate', order: 'DESC' }, paging: { limit: 50 } })
      .then((listed) =>
        setRows(
          (listed.files ?? []).map((file) => ({
            id: file._id ?? '',
            name: file.displayName ?? '',
            type: file.mediaType ?? '',
            isPrivate: file.private === true,
            size: size.format(Number(file.sizeInBytes) / 1000),
            updated: file._updatedDate ? date.format(file._updatedDate) : '',
            thumbnail: file.thumbnailUrl ?? '',
          })),
        ),
      );
  }, []);
  const columns = [
    { title: <Checkbox />, width: '48px', render: () => <Checkbox /> },
    {
      title: 'Name',
      sortable: true,
      width: '45%',
      render: (row: Row) => (
        <Box gap="SP3">
          {row.thumbnail ? <Image src={row.thumbnail} width={40} height={40} /> : null}
          <Box direction="vertical"><Text size="small" weight="bold">{row.name}</Text>{row.isPrivate && <Badge size="tiny">Private</Badge>}</Box>
        </Box>
      ),
    },
    { title: 'Type', render: (row: Row) => <Text size="small">{row.type}</Text> },
    { title: 'Size', sortable: true, render: (row: Row) => <Text size="small">{row.size}</Text> },
    { title: 'Updated', sortable: true, render: (row: Row) => <Text size="small">{row.updated}</Text> },
    { title: '', render: () => <Button size="small" priority="secondary">Create link</Button> },
  ];
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <Page minWidth={0}>
        <Page.Header title="Share Links" />
        <Page.Tail>
          <Tabs activeId="files" items={[{ id: 'files', title: <Text>Files</Text> }, { id: 'links', title: <Text>Links</Text> }]} />
        </Page.Tail>
        <Page.Content>
          <Card>
            <Table dataHook="files-table" data={rows ?? []} columns={columns} showHeaderWhenEmpty>
              <Table.ToolbarContainer>
                {() => (
                  <TableToolbar>
                    <Input prefix={<Input.IconAffix><Search /></Input.IconAffix>} />
                    <SegmentedToggle selected="all"><SegmentedToggle.Button value="all">All</SegmentedToggle.Button></SegmentedToggle>
                    <Breadcrumbs items={[{ id: 'root', value: 'Media' }]} />
                    <TextButton prefixIcon={<FolderSmall />}>Folder</TextButton>
                  </TableToolbar>
                )}
              </Table.ToolbarContainer>
              <Table.Content />
              {rows === null && <SkeletonGroup><SkeletonRectangle height="40px" width="40px" /><SkeletonLine /></SkeletonGroup>}
              {rows?.length === 0 && <EmptyState title="No files" />}
            </Table>
            <SectionHelper skin="danger"><Button prefixIcon={<Refresh />}>Retry</Button></SectionHelper>
            <Loader size="small" />
          </Card>
        </Page.Content>
      </Page>
    </WixDesignSystemProvider>
  );
}
`;
