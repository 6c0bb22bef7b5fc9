/**
 * Every sentence and label of the file browser, in English. One flat key per whole message; values go in by name
 * (`selectedCount({ count })`), so each entry can become one translation-catalog entry with placeholders.
 * Components never join messages or add words of their own.
 */
export const fileBrowserMessages = {
  searchPlaceholder: 'Search all folders',
  searchLabel: 'Search files in all folders',
  clearSearch: 'Clear the search',
  rootFolder: 'Media',
  searchResultsCrumb: ({ search }: { search: string }) => `Results for “${search}”`,
  folderCount: ({ count }: { count: number }) => (count === 1 ? '1 folder' : `${count} folders`),
  openFolder: ({ folderName }: { folderName: string }) => `Open folder ${folderName}`,
  loadMore: 'Load more',
  loadingMore: 'Loading…',

  typeFilterLabel: 'Type',
  privacyFilterLabel: 'Privacy',
  mediaTypeAll: 'All types',
  mediaTypeImage: 'Images',
  mediaTypeVideo: 'Videos',
  mediaTypeAudio: 'Audio',
  mediaTypeDocument: 'Documents',
  mediaTypeVector: 'Vector art',
  mediaTypeArchive: 'Archives',
  mediaTypeModel3d: '3D models',
  privacyAll: 'All files',
  privacyPrivate: 'Private',
  privacyPublic: 'Public',

  sortLabel: 'Sort by',
  sortOrderLabel: 'Order',
  sortByName: 'Name',
  sortByDate: 'Date',
  sortBySize: 'Size',
  sortNameAsc: 'A to Z',
  sortNameDesc: 'Z to A',
  sortDateAsc: 'Oldest first',
  sortDateDesc: 'Newest first',
  sortSizeAsc: 'Smallest first',
  sortSizeDesc: 'Largest first',

  columnName: 'Name',
  columnType: 'Type',
  columnSize: 'Size',
  columnUpdated: 'Updated',
  /** The compact list's line under a file name; a size or date the Media Manager does not have yet is left out. */
  fileDetails: ({ type, size, updated }: { type: string; size: string; updated: string }) =>
    [type, size, updated].filter(Boolean).join(' · '),
  privateBadge: 'Private',
  activeLinks: ({ count }: { count: number }) => (count === 1 ? '1 active link' : `${count} active links`),
  thumbnailAlt: '',
  createLink: 'Create link',
  createLinkFor: ({ fileName }: { fileName: string }) => `Create link for ${fileName}`,
  createLinks: ({ count }: { count: number }) => (count === 1 ? 'Create link' : `Create links for ${count} files`),
  selectedCount: ({ count }: { count: number }) => (count === 1 ? '1 file selected' : `${count} files selected`),
  clearSelection: 'Clear selection',
  selectAll: 'Select all files shown',
  selectFile: ({ fileName }: { fileName: string }) => `Select ${fileName}`,

  emptyTitle: 'This folder has no files',
  emptyBody: 'Upload files in the Media Manager, then come back here to share them.',
  noResultsTitle: 'No files match',
  noResultsBody: 'Try other words or clear the filters.',
  clearFilters: 'Clear filters',
  errorTitle: 'We couldn’t load your files',
  errorBody: 'Check your connection and try again. Files already shown stay on the page.',
  deniedTitle: 'Only the site owner and admins can use Share Links',
  deniedBody:
    'Wix did not let this page read the Media Manager. Sign in to the dashboard as the site owner or an admin. If you already are, the app is missing the “Read Media Manager” permission: approve the app’s updated permissions in your site’s dashboard (or, as the developer, add that permission in the Wix Dev Center), then reload this page.',
} as const;
