/** Everything one running emulator holds; the control API resets the mutable parts. */
import { Archives } from './media/archives';
import { Identities } from './oauth/auth';
import { Catalog } from './media/catalog';
import { Clock } from './clock';
import { loadCollections, type LoadedCollection } from './data/collections';
import { DataStore } from './data/store';
import { DownloadTokens } from './media/download-token';
import { Faults } from './faults';
import { loadSampleLibrary } from './media/library';
import { RateLimiter } from './rate-limit';
import { RequestLog } from './request-log';
import type { MediaFile } from './media/model';
import { syntheticFiles } from './media/synthetic';

export type EmulatorState = {
  catalog: Catalog;
  identities: Identities;
  clock: Clock;
  faults: Faults;
  rateLimiter: RateLimiter;
  log: RequestLog;
  tokens: DownloadTokens;
  archives: Archives;
  /** The app's Wix Data collections and their items, per site instance. */
  collections: LoadedCollection[];
  data: DataStore;
  /** The sample library's own files (no synthetic ones), which synthetic link records point at. */
  sampleFiles: readonly MediaFile[];
  /** Filled in once the server listens; every URL the emulator hands out starts with it. */
  origin: string;
};

export function createState(options: { librarySize: number; rateLimit: boolean }): EmulatorState {
  const library = loadSampleLibrary();
  const files = [...library.files, ...syntheticFiles(options.librarySize, library.files)];
  const clock = new Clock();
  const collections = loadCollections();
  return {
    catalog: new Catalog(library.siteId, library.folders, files),
    identities: new Identities(library.siteId),
    clock,
    faults: new Faults(),
    rateLimiter: new RateLimiter(options.rateLimit),
    log: new RequestLog(),
    tokens: new DownloadTokens(),
    archives: new Archives(),
    collections,
    data: new DataStore(
      collections.map((collection) => collection.id),
      () => clock.now(),
    ),
    sampleFiles: library.files,
    origin: '',
  };
}

export function resetState(state: EmulatorState): void {
  state.clock.reset();
  state.faults.set({});
  state.rateLimiter.reset();
  state.log.clear();
  state.data.clear();
}
