/**
 * The link store's collection id, read from the same definition the app dashboard's Data Collections extension
 * takes (links-collection.json), so the backend, the local emulator and a real site cannot disagree.
 * Plain data only: no Wix imports, so local tools and tests may read it too.
 */
import definition from './links-collection.json';

/** The app namespace chosen in the app dashboard; Wix prepends it to every idSuffix of the app's collections. */
export const APP_NAMESPACE = '@media-share-links';

export type CollectionDefinition = (typeof definition)['collections'][number];

export const linksCollection: CollectionDefinition = definition.collections[0]!;

/** `<app namespace>/<idSuffix>`: the id every `@wix/data` call names. */
export const LINKS_COLLECTION_ID = `${APP_NAMESPACE}/${linksCollection.idSuffix}`;

/** Every collection the definition file declares, with its full id. */
export const appCollections: readonly (CollectionDefinition & { id: string })[] = definition.collections.map((collection) => ({
  ...collection,
  id: `${APP_NAMESPACE}/${collection.idSuffix}`,
}));
