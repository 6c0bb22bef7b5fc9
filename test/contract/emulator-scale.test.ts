/** MEDIA_LIBRARY_SIZE: synthetic files are deterministic, page like the rest, and a 100,000-file library loads. */
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../local/wix-emulator/index';
import { createEmulatorClient } from '../../local/wix-client';
import { emulatorControl } from '../../local/emulator-control';
import { SAMPLE, useEmulator } from './emulator-setup';

const SYNTHETIC = 3_000;
const emulator = useEmulator({ librarySize: SYNTHETIC, rateLimit: false });

describe('synthetic library', () => {
  it('pages through every file of media-root exactly once', async () => {
    const { files } = emulator.client('admin');
    const ids = new Set<string>();
    let cursor: string | undefined;
    let previous = Number.POSITIVE_INFINITY;
    do {
      const page = await files.listFiles({ paging: { limit: 100, cursor } });
      for (const file of page.files!) {
        ids.add(file._id!);
        const updated = file._updatedDate!.getTime();
        expect(updated).toBeLessThanOrEqual(previous);
        previous = updated;
      }
      cursor = page.nextCursor?.cursors?.next || undefined;
    } while (cursor);
    // media-root holds three sample files besides the synthetic ones.
    expect(ids.size).toBe(SYNTHETIC + 3);
  });

  it('keeps the sample files first under the default sort', async () => {
    const { files } = emulator.client('admin');
    const first = await files.searchFiles({ paging: { limit: SAMPLE.totalFiles } });
    expect(first.files!.every((file) => !file.displayName!.startsWith('Synthetic'))).toBe(true);
  });

  it('gives the same ids and names on every start', async () => {
    const other = await startEmulator({ librarySize: 50, rateLimit: false });
    try {
      const tokens = await emulatorControl(other.url).tokens();
      const theirs = await createEmulatorClient(other.url, tokens.admin).files.searchFiles({ search: 'synthetic', paging: { limit: 50 } });
      expect(theirs.files).toHaveLength(50);
      const ours = await emulator.client('admin').files.getFileDescriptors(theirs.files!.map((file) => file._id!));
      const summary = (list: typeof ours.files) => list!.map((file) => `${file._id} ${file.displayName} ${file.sizeInBytes}`);
      expect(summary(ours.files)).toEqual(summary(theirs.files));
    } finally {
      await other.close();
    }
  });

  it('downloads a synthetic file with the bytes of its sample template', async () => {
    const { files } = emulator.client('app');
    const found = await files.searchFiles({ search: 'Synthetic document', mediaTypes: ['DOCUMENT'], paging: { limit: 1 } });
    const { downloadUrls } = await files.generateFileDownloadUrl(found.files![0]!._id!);
    const response = await fetch(downloadUrls![0]!.url!);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('100,000 files', () => {
  it('starts, lists pages in order and finds the last file by name', async () => {
    const big = await startEmulator({ librarySize: 100_000, rateLimit: false });
    try {
      const tokens = await emulatorControl(big.url).tokens();
      const { files } = createEmulatorClient(big.url, tokens.admin);
      let cursor: string | undefined;
      const seen = new Set<string>();
      for (let page = 0; page < 5; page++) {
        const result = await files.listFiles({ sort: { fieldName: 'displayName', order: 'ASC' }, paging: { limit: 100, cursor } });
        result.files!.forEach((file) => seen.add(file._id!));
        cursor = result.nextCursor?.cursors?.next || undefined;
        expect(cursor).toBeTruthy();
      }
      expect(seen.size).toBe(500);
      const last = await files.searchFiles({ search: '100000', paging: { limit: 10 } });
      expect(last.files!.map((file) => file.displayName)).toEqual([expect.stringMatching(/^Synthetic \w+ 100000\./)]);
    } finally {
      await big.close();
    }
  });
});
