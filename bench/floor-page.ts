/**
 * The second yardstick for page weight: a page made only of the parts the dashboard page must load
 * before its first rows (the WDS components and icons the list view renders, and the Media Manager
 * SDK calls that fill it), with none of the app's own code. Built like the app and the control, it
 * shows how much of the page's weight is the app's doing and how much is the parts it is built from.
 *
 * Keep its imports in step with what src/dashboard renders before the first rows; the link panel is
 * a chunk of its own and is not part of it.
 */
export const FLOOR_PAGE_SOURCE = `import React, { useEffect, useState } from 'react';
import {
  Badge, Box, Breadcrumbs, Button, Card, Checkbox, EmptyState, Image, Input, Loader, Page, SectionHelper,
  SegmentedToggle, SkeletonGroup, SkeletonLine, SkeletonRectangle, Table, TableToolbar, Text, TextButton,
  WixDesignSystemProvider,
} from '@wix/design-system';
import { FolderSmall, Refresh, Search } from '@wix/wix-ui-icons-common';
import '@wix/design-system/styles.global.css';
import { files, folders } from '@wix/media';

type Row = { id: string; name: string };

export default function FloorPage() {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    void folders.listFolders({ parentFolderId: 'media-root' });
    void files.listFiles({ parentFolderId: 'media-root', paging: { limit: 50 } }).then((listed) =>
      setRows((listed.files ?? []).map((file) => ({ id: file._id ?? '', name: file.displayName ?? '' }))),
    );
  }, []);
  const columns = [
    { title: <Checkbox />, width: '48px', render: () => <Checkbox /> },
    { title: 'Name', sortable: true, render: (row: Row) => <Box gap="SP2"><Image width={40} height={40} /><Text>{row.name}</Text><Badge size="small">Private</Badge></Box> },
    { title: '', render: () => <Button size="small" priority="secondary">Create link</Button> },
  ];
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <Page minWidth={0}>
        <Page.Header title="Share Links" />
        <Page.Content>
          <Card>
            <Breadcrumbs items={[{ id: 'root', value: 'Media' }]} />
            <TextButton prefixIcon={<FolderSmall />}>Folder</TextButton>
            {rows === null ? (
              <SkeletonGroup><SkeletonRectangle height="40px" width="40px" /><SkeletonLine /></SkeletonGroup>
            ) : rows.length === 0 ? (
              <EmptyState title="No files" />
            ) : (
              <Table dataHook="files-table" data={rows} columns={columns}>
                <Table.ToolbarContainer>
                  {() => (
                    <TableToolbar>
                      <Input prefix={<Input.IconAffix><Search /></Input.IconAffix>} />
                      <SegmentedToggle selected="all"><SegmentedToggle.Button value="all">All</SegmentedToggle.Button></SegmentedToggle>
                    </TableToolbar>
                  )}
                </Table.ToolbarContainer>
                <Table.Content />
              </Table>
            )}
            <SectionHelper skin="danger"><Button prefixIcon={<Refresh />}>Retry</Button></SectionHelper>
            <Loader size="small" />
          </Card>
        </Page.Content>
      </Page>
    </WixDesignSystemProvider>
  );
}
`;
