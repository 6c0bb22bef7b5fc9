import { describe, expect, it } from 'vitest';
import { SAMPLE, sdkError, useEmulator } from './emulator-setup';

const emulator = useEmulator();

type ListOptions = Parameters<ReturnType<typeof emulator.client>['files']['listFiles']>[0];

async function listAll(options: ListOptions = {}) {
  const { files } = emulator.client('admin');
  const all = [];
  let cursor: string | undefined;
  do {
    const page = await files.listFiles({ ...options, paging: { limit: 2, cursor } });
    all.push(...page.files!);
    cursor = page.nextCursor?.cursors?.next || undefined;
  } while (cursor);
  return all;
}

describe('listFiles through the real @wix/media SDK', () => {
  it('pages media-root to exhaustion with SDK field names and no file twice', async () => {
    const { files } = emulator.client('admin');
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await files.listFiles({ paging: { limit: 2, cursor } });
      pages++;
      for (const file of page.files!) {
        expect(file._id).toEqual(expect.any(String));
        expect(file._createdDate).toBeInstanceOf(Date);
        expect(file.sizeInBytes).toMatch(/^\d+$/);
        seen.push(file._id!);
      }
      cursor = page.nextCursor?.cursors?.next || undefined;
      if (!cursor) expect(page.nextCursor?.cursors?.next).toBe('');
    } while (cursor);
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(3);
    expect(seen).toContain(SAMPLE.logo);
    expect(seen).not.toContain(SAMPLE.docsImage);
  });

  it('lists only the direct children of parentFolderId', async () => {
    const names = (await listAll({ parentFolderId: SAMPLE.photosFolder })).map((file) => file.displayName);
    expect(names.sort()).toEqual(['Loading spinner.gif', 'neom-AdkJ-LgpTrE-unsplash.jpg']);
  });

  it('turns media objects into wix: media strings and hides private media URLs', async () => {
    const { files } = emulator.client('admin');
    const [image] = (await files.listFiles({ parentFolderId: SAMPLE.photosFolder, mediaTypes: ['IMAGE'] })).files!.filter(
      (file) => file._id === SAMPLE.docsImage,
    );
    expect(image?.media?.image?.image).toBe(
      `wix:image://v1/${SAMPLE.docsImage}/neom-AdkJ-LgpTrE-unsplash.jpg#originWidth=640&originHeight=427`,
    );
    const [privateShot] = (await files.listFiles({ parentFolderId: SAMPLE.privateShootsFolder })).files!;
    expect(privateShot?.private).toBe(true);
    expect(privateShot?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\//);
  });

  it('filters by media type and privacy', async () => {
    const vectorsAndArchives = await listAll({ mediaTypes: ['VECTOR', 'ARCHIVE'] });
    expect(vectorsAndArchives.map((file) => file.mediaType).sort()).toEqual(['ARCHIVE', 'VECTOR']);
    const publicOnly = await listAll({ private: false });
    expect(publicOnly.length).toBe(2);
    expect(publicOnly.every((file) => file.private === false)).toBe(true);
    const privateOnly = await listAll({ private: true });
    expect(privateOnly.map((file) => file.displayName)).toEqual(['Press kit.zip']);
  });

  it('sorts by each supported field, accepting the SDK name _updatedDate', async () => {
    const byName = await listAll({ sort: { fieldName: 'displayName', order: 'ASC' } });
    expect(byName.map((file) => file.displayName)).toEqual(['Brand mark.svg', 'Logo.png', 'Press kit.zip']);
    const byNameDesc = await listAll({ sort: { fieldName: 'displayName', order: 'DESC' } });
    expect(byNameDesc.map((file) => file.displayName)).toEqual(['Press kit.zip', 'Logo.png', 'Brand mark.svg']);
    const bySize = await listAll({ sort: { fieldName: 'sizeInBytes', order: 'ASC' } });
    const sizes = bySize.map((file) => Number(file.sizeInBytes));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[0]).toBeLessThan(1000);
    const oldestFirst = await listAll({ sort: { fieldName: '_updatedDate', order: 'ASC' } });
    const dates = oldestFirst.map((file) => file._updatedDate!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const defaultOrder = await listAll();
    expect(defaultOrder.map((file) => file._id)).toEqual([...oldestFirst].reverse().map((file) => file._id));
  });

  it('reports unsupported sort fields and media types as Wix does', async () => {
    const { files } = emulator.client('admin');
    const sortError = await sdkError(files.listFiles({ sort: { fieldName: 'hash' } }));
    expect(sortError.details?.applicationError?.code).toBe('UNSUPPORTED_SORT_VALUE');
    expect(sortError.details?.applicationError?.data).toMatchObject({ requestValue: 'hash' });
    expect(sortError.requestId).toEqual(expect.any(String));
    const typeError = await sdkError(files.listFiles({ mediaTypes: ['FONT' as 'IMAGE'] }));
    expect(typeError.details?.applicationError?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects a page size above 100 and a forged cursor', async () => {
    const { files } = emulator.client('admin');
    const limitError = await sdkError(files.listFiles({ paging: { limit: 101 } }));
    expect(limitError.details?.validationError?.fieldViolations[0]?.violatedRule).toBe('MAX');
    const cursorError = await sdkError(files.listFiles({ paging: { cursor: 'not-a-cursor' } }));
    expect(cursorError.details?.validationError?.fieldViolations[0]?.field).toContain('cursor');
    const page = await files.listFiles({ paging: { limit: 1 } });
    const cursor = JSON.parse(Buffer.from(page.nextCursor!.cursors!.next!, 'base64url').toString('utf8'));
    const negative = Buffer.from(JSON.stringify({ ...cursor, offset: -1 })).toString('base64url');
    const negativeError = await sdkError(files.listFiles({ paging: { cursor: negative } }));
    expect(negativeError.details?.validationError?.fieldViolations[0]?.field).toContain('cursor');
  });

  it('answers an unknown folder with a not-found error', async () => {
    const error = await sdkError(emulator.client('admin').files.listFiles({ parentFolderId: 'no-such-folder' }));
    expect(error.details?.applicationError?.code).toBe('NOT_FOUND');
  });
});
