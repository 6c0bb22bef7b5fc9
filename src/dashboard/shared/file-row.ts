/** The page's view of a Media Manager file: only what rows, the form and the results need. */
import type { files } from '@wix/media';

type FileDescriptor = files.FileDescriptor;

export type FileRow = {
  id: string;
  name: string;
  mediaType: string;
  isPrivate: boolean;
  sizeInBytes: string;
  updated: Date | null;
  thumbnailUrl: string;
};

function toFileRow(file: FileDescriptor): FileRow | null {
  if (!file._id) return null;
  return {
    id: file._id,
    name: file.displayName || file._id,
    mediaType: file.mediaType ?? 'UNKNOWN',
    isPrivate: file.private === true,
    sizeInBytes: file.sizeInBytes ?? '',
    updated: file._updatedDate ?? file._createdDate ?? null,
    thumbnailUrl: file.thumbnailUrl ?? '',
  };
}

export const toFileRows = (list: readonly FileDescriptor[] | undefined): FileRow[] =>
  (list ?? []).map(toFileRow).filter((row): row is FileRow => row !== null);
