/** The page's own words that every feature shares, in English, one flat key per whole message (see the features' messages). */
export const pageMessages = {
  title: 'Share Links',
  subtitle: 'Create expiring links to files in your Media Manager.',
  retry: 'Try again',
  filesTab: 'Files',
  linksTab: 'Links',
  linksLoadFailedTitle: 'The list of links could not open',
  partNotDownloaded: 'Part of this page did not download. Check your internet connection, then try again.',
  filterRowLabel: ({ filter, row, rows }: { filter: string; row: number; rows: number }) => `${filter} (${row} of ${rows})`,
  qrAlt: ({ fileName }: { fileName: string }) => `QR code of the share link for ${fileName}`,
  qrFailed: 'The QR code could not be drawn. Copy the link instead.',
} as const;
