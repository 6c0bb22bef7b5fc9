/** Sub-folders of the open folder. Search results span every folder, so no folders are listed while searching. */
import { useEffect, useState } from 'react';
import { folders } from '@wix/media';

export type FolderItem = { id: string; name: string };

export function useFolders(parentFolderId: string, enabled: boolean): FolderItem[] {
  const [items, setItems] = useState<FolderItem[]>([]);
  useEffect(() => {
    let live = true;
    setItems([]);
    if (!enabled) return undefined;
    folders
      .listFolders({ parentFolderId, sort: { fieldName: 'displayName', order: 'ASC' }, paging: { limit: 100 } })
      .then((response) => {
        if (!live) return;
        const list = (response.folders ?? []).flatMap((f) => (f._id ? [{ id: f._id, name: f.displayName || f._id }] : []));
        setItems(list);
      })
      // Folders are a shortcut: if they fail to load, files and search still work, and the files error state shows.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [parentFolderId, enabled]);
  return items;
}
