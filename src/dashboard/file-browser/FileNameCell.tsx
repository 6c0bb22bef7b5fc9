import React, { type FC } from 'react';
import { Badge, Box, Image, Text } from '@wix/design-system';
import type { FileRow } from '../shared/file-row';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

/** Private files have no public address, but the Media Manager still gives them a thumbnail to show. */
export const FileNameCell: FC<{ file: FileRow; activeLinks: number; details?: string }> = ({ file, activeLinks, details }) => (
  <Box gap="SP3" verticalAlign="middle">
    <Box width="40px" height="40px" flexShrink={0}>
      {file.thumbnailUrl ? (
        <Image src={file.thumbnailUrl} alt="" width={40} height={40} fit="cover" borderRadius="4px" />
      ) : null}
    </Box>
    <Box direction="vertical" gap="SP1">
      <Text size="small" weight="bold" ellipsis dataHook={dataHooks.fileName}>
        {file.name}
      </Text>
      {details && (
        <Text size="tiny" secondary dataHook={dataHooks.fileDetails}>
          {details}
        </Text>
      )}
      {(file.isPrivate || activeLinks > 0) && (
        <Box gap="SP1">
          {file.isPrivate && (
            <Badge size="tiny" skin="neutralStandard" dataHook={dataHooks.privateBadge}>
              {pageMessages.privateBadge}
            </Badge>
          )}
          {activeLinks > 0 && (
            <Badge size="tiny" skin="neutralSuccess" uppercase={false} dataHook={dataHooks.activeLinksBadge}>
              {pageMessages.activeLinks({ count: activeLinks })}
            </Badge>
          )}
        </Box>
      )}
    </Box>
  </Box>
);
