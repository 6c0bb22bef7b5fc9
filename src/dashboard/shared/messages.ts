/** The page's own words that every feature shares, in English, one flat key per whole message (see the features' messages). */
export const pageMessages = {
  title: 'Share Links',
  subtitle: 'Create expiring links to files in your Media Manager.',
  retry: 'Try again',
} as const;
