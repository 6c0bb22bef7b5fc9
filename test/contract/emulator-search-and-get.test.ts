import { describe, expect, it } from 'vitest';
import { SAMPLE, sdkError, useEmulator } from './emulator-setup';

const emulator = useEmulator();

describe('searchFiles through the real SDK', () => {
  it('searches every level of media-root, page by page', async () => {
    const { files } = emulator.client('app');
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await files.searchFiles({ paging: { limit: 5, cursor } });
      ids.push(...page.files!.map((file) => file._id!));
      cursor = page.nextCursor?.cursors?.next || undefined;
    } while (cursor);
    expect(ids.length).toBe(SAMPLE.totalFiles);
    expect(new Set(ids).size).toBe(SAMPLE.totalFiles);
    expect(ids).toContain(SAMPLE.contract);
  });

  it('matches text case-insensitively in names, labels and MIME types', async () => {
    const { files } = emulator.client('admin');
    const byName = await files.searchFiles({ search: 'TEAM' });
    expect(byName.files!.map((file) => file._id)).toEqual([SAMPLE.privateImage]);
    const byLabel = await files.searchFiles({ search: 'contract' });
    expect(byLabel.files!.map((file) => file.displayName)).toEqual(['Überweisung – Müller Vertrag.pdf']);
    const byMime = await files.searchFiles({ search: 'application/pdf', sort: { fieldName: 'displayName', order: 'ASC' } });
    expect(byMime.files!.map((file) => file.displayName)).toEqual(['Price list 2026.pdf', 'Überweisung – Müller Vertrag.pdf']);
  });

  it('combines search with media type and privacy filters', async () => {
    const { files } = emulator.client('admin');
    const privateVideos = await files.searchFiles({ mediaTypes: ['VIDEO'], private: true });
    expect(privateVideos.files!.map((file) => file._id)).toEqual([SAMPLE.privateVideo]);
    const publicAudio = await files.searchFiles({ mediaTypes: ['AUDIO'], private: false });
    expect(publicAudio.files!.map((file) => file.displayName)).toEqual(['Jingle.mp3']);
    const none = await files.searchFiles({ search: 'no file is called this' });
    expect(none.files).toEqual([]);
    expect(none.nextCursor?.cursors?.next).toBe('');
  });

  it('finds nothing in the trash or visitor uploads of this library', async () => {
    const { files } = emulator.client('admin');
    expect((await files.searchFiles({ rootFolder: 'TRASH_ROOT' })).files).toEqual([]);
    expect((await files.searchFiles({ rootFolder: 'VISITOR_UPLOADS_ROOT' })).files).toEqual([]);
  });

  it('reports an unsupported sort field', async () => {
    const error = await sdkError(emulator.client('admin').files.searchFiles({ sort: { fieldName: 'mimeType' } }));
    expect(error.details?.applicationError?.code).toBe('UNSUPPORTED_SORT_VALUE');
  });
});

describe('getFileDescriptor(s) through the real SDK', () => {
  it('reads one file by id and by its wix: media URL', async () => {
    const { files } = emulator.client('appReadOnly');
    const byId = await files.getFileDescriptor(SAMPLE.docsImage);
    expect(byId.displayName).toBe('neom-AdkJ-LgpTrE-unsplash.jpg');
    const byUrl = await files.getFileDescriptor(
      `wix:image://v1/${SAMPLE.docsImage}/neom-AdkJ-LgpTrE-unsplash.jpg#originWidth=640&originHeight=427`,
    );
    expect(byUrl._id).toBe(SAMPLE.docsImage);
    const document = await files.getFileDescriptor(`wix:document://v1/ugd/${SAMPLE.contract}/contract.pdf`);
    expect(document.mediaType).toBe('DOCUMENT');
  });

  it('reads several files in request order', async () => {
    const { files } = emulator.client('admin');
    const result = await files.getFileDescriptors([SAMPLE.logo, `wix:video://v1/${SAMPLE.privateVideo}/demo.mp4#posterUri=x`]);
    expect(result.files!.map((file) => file._id)).toEqual([SAMPLE.logo, SAMPLE.privateVideo]);
    expect(result.files![1]?.media?.video).toMatch(new RegExp(`^wix:video://v1/${SAMPLE.privateVideo}/`));
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const { files } = emulator.client('admin');
    const single = await sdkError(files.getFileDescriptor('000000_doesnotexist.jpg'));
    expect(single.details?.applicationError?.code).toBe('NOT_FOUND');
    const several = await sdkError(files.getFileDescriptors([SAMPLE.logo, '000000_doesnotexist.jpg']));
    expect(several.details?.applicationError?.code).toBe('NOT_FOUND');
  });
});

describe('folders through the real SDK', () => {
  it('lists the root folders and a nested one, sorted', async () => {
    const { folders } = emulator.client('admin');
    const root = await folders.listFolders({ sort: { fieldName: 'displayName', order: 'ASC' } });
    expect(root.folders!.map((folder) => folder.displayName)).toEqual(['Documents', 'Photos', 'Sounds', 'Videos']);
    expect(root.folders![0]?._id).toBe(SAMPLE.documentsFolder);
    expect(root.folders![0]?._createdDate).toBeInstanceOf(Date);
    const nested = await folders.listFolders({ parentFolderId: SAMPLE.photosFolder });
    expect(nested.folders!.map((folder) => folder._id)).toEqual([SAMPLE.privateShootsFolder]);
  });

  it('pages folders with a cursor', async () => {
    const { folders } = emulator.client('admin');
    const first = await folders.listFolders({ paging: { limit: 3 } });
    expect(first.folders!.length).toBe(3);
    const next = first.nextCursor?.cursors?.next;
    expect(next).toBeTruthy();
    const second = await folders.listFolders({ paging: { limit: 3, cursor: next } });
    expect(second.folders!.length).toBe(1);
    expect(second.nextCursor?.cursors?.next).toBe('');
  });

  it('gets one folder and reports an unknown one', async () => {
    const { folders } = emulator.client('admin');
    const folder = await folders.getFolder(SAMPLE.privateShootsFolder);
    expect(folder).toMatchObject({ displayName: 'Private shoots', parentFolderId: SAMPLE.photosFolder });
    const error = await sdkError(folders.getFolder('no-such-folder'));
    expect(error.details?.applicationError?.code).toBe('NOT_FOUND');
  });
});
