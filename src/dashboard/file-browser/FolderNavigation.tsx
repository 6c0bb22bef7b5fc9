import React, { memo } from 'react';
import { Box, Breadcrumbs, Button } from '@wix/design-system';
import { FolderSmall } from '@wix/wix-ui-icons-common';
import type { FolderItem } from './use-folders';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  path: FolderItem[];
  searchText: string;
  subfolders: FolderItem[];
  onOpen: (folder: FolderItem) => void;
  onJump: (index: number) => void;
};

/** Breadcrumbs of the open folder (or of the search) and its sub-folders as one-click shortcuts. */
// Memoised: it changes with the folder and its sub-folders only, not with every answer the list gets.
export const FolderNavigation = memo(function FolderNavigation({ path, searchText, subfolders, onOpen, onJump }: Props) {
  const crumbs = searchText
    ? [{ id: 0, value: pageMessages.rootFolder }, { id: -1, value: pageMessages.searchResultsCrumb({ search: searchText }) }]
    : path.map((folder, index) => ({ id: index, value: folder.name }));
  return (
    <Box direction="vertical" gap="SP2" padding="SP2 SP4">
      <Breadcrumbs
        dataHook={dataHooks.folderBreadcrumbs}
        items={crumbs}
        activeId={crumbs[crumbs.length - 1]?.id}
        onClick={(item) => typeof item.id === 'number' && item.id >= 0 && onJump(item.id)}
      />
      {subfolders.length > 0 && (
        <Box gap="SP4" flexWrap="wrap" dataHook={dataHooks.folderList} ariaLabel={pageMessages.folderCount({ count: subfolders.length })}>
          {/* Buttons, not TextButtons: a focused or hovered TextButton's light blue fails contrast (axe). */}
          {subfolders.map((folder) => (
            <Button
              size="small"
              priority="secondary"
              key={folder.id}
              dataHook={dataHooks.folderLink}
              prefixIcon={<FolderSmall />}
              aria-label={pageMessages.openFolder({ folderName: folder.name })}
              onClick={() => onOpen(folder)}
            >
              {folder.name}
            </Button>
          ))}
        </Box>
      )}
    </Box>
  );
});
