import { describe, expect, it } from 'vitest';
import { fileFactsOf } from '../../../src/backend/link-history/file-facts';
import { linkRecorder } from '../../../src/backend/link-history/record-links';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { parseShareLinkRequest, type ShareLinkRequest } from '../../../src/backend/share-links/request-schema';
import { historyMessages } from '../../../src/common/link-history-messages';
import type { ShareLinkResult } from '../../../src/common/share-links';
import { fakeWix, START } from '../share-links/fake-wix';
import { fakeStore } from './fake-store';

const IMAGE = 'abc_1~mv2.jpg';
const AUDIO = 'def_2.mp3';
const descriptors = {
  files: [
    { _id: IMAGE, displayName: 'Team photo.jpg', mediaType: 'IMAGE', sizeInBytes: '123456' },
    { _id: AUDIO, displayName: 'Jingle.mp3', mediaType: 'AUDIO', sizeInBytes: '999' },
  ],
};

function request(fileIds: unknown[], options: unknown): ShareLinkRequest {
  const checked = parseShareLinkRequest(fileIds, { kind: 'DIRECT', ...(options as object) });
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.request;
}

const made = (fileId: string, linkId: string): ShareLinkResult => ({
  fileId,
  ok: true,
  linkId,
  kind: 'DIRECT',
  links: [{ assetKey: 'src', url: `https://download.example/${linkId}?token=SECRET` }],
  expiresAt: new Date(START + 60 * 60_000).toISOString(),
});

describe('fileFactsOf', () => {
  it('reads name, type and size per id, and skips what is not a file descriptor', () => {
    const facts = fileFactsOf({ files: [...descriptors.files, { id: 'x', displayName: '' }, 7, { id: 'y', displayName: 'Y', mediaType: 'DOCUMENT', sizeInBytes: 'big' }] });
    expect([...facts]).toEqual([
      [IMAGE, { fileName: 'Team photo.jpg', mediaType: 'IMAGE', sizeInBytes: 123456 }],
      [AUDIO, { fileName: 'Jingle.mp3', mediaType: 'AUDIO', sizeInBytes: 999 }],
      ['y', { fileName: 'Y', mediaType: 'DOCUMENT' }],
    ]);
    expect(fileFactsOf(undefined).size).toBe(0);
  });
});

describe('linkRecorder', () => {
  it('describes every file in one call and inserts one record per link in one bulk insert', async () => {
    const { store, inserted } = fakeStore();
    const described: string[][] = [];
    const record = linkRecorder({ describeFiles: async (ids) => (described.push(ids), descriptors), store });
    const given = request([`wix:image://v1/${IMAGE}/Team.jpg`, AUDIO, 'gone.pdf'], {
      expirationInMinutes: 60,
      contentDisposition: 'INLINE',
      expirationRedirectUrl: 'mysite.com/expired',
      label: '  Press team ',
    });
    const results: ShareLinkResult[] = [
      made(`wix:image://v1/${IMAGE}/Team.jpg`, 'link-image'),
      made(AUDIO, 'link-audio'),
      { fileId: 'gone.pdf', ok: false, error: { code: 'FILE_NOT_FOUND', message: 'gone' } },
    ];

    expect(await record(given, results)).toEqual([]);
    expect(described).toEqual([[IMAGE, AUDIO]]);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]?.[0]).toEqual({
      _id: 'link-image',
      kind: 'DIRECT',
      fileId: IMAGE,
      fileName: 'Team photo.jpg',
      mediaType: 'IMAGE',
      sizeInBytes: 123456,
      label: 'Press team',
      assetKeys: ['src'],
      links: [{ assetKey: 'src', url: 'https://download.example/link-image?token=SECRET' }],
      contentDisposition: 'INLINE',
      expirationRedirectUrl: 'https://mysite.com/expired',
      createdAt: new Date(START),
      expiresAt: new Date(START + 60 * 60_000),
      downloads: 0,
      failedPasswordAttempts: 0,
    });
    expect(inserted[0]?.map((r) => r._id)).toEqual(['link-image', 'link-audio']);
  });

  it('keeps the file id as the name when Wix could not describe the file', async () => {
    const { store, inserted } = fakeStore();
    const record = linkRecorder({ describeFiles: async () => Promise.reject(new Error('down')), store });
    expect(await record(request([IMAGE], {}), [made(IMAGE, 'l1')])).toEqual([]);
    expect(inserted[0]?.[0]).toMatchObject({ fileName: IMAGE, mediaType: 'UNKNOWN', contentDisposition: 'ATTACHMENT' });
    expect(inserted[0]?.[0]).not.toHaveProperty('label');
  });

  it('calls nothing when no link was made', async () => {
    const { store, inserted } = fakeStore();
    let described = 0;
    const record = linkRecorder({ describeFiles: async () => (described += 1), store });
    expect(await record(request([IMAGE], {}), [{ fileId: IMAGE, ok: false, error: { code: 'FILE_NOT_FOUND', message: 'x' } }])).toEqual([]);
    expect([described, inserted.length]).toEqual([0, 0]);
  });

  it('turns a failed insert into a warning that counts the unsaved links and says why', async () => {
    const fail = Object.assign(new Error('x'), { details: { applicationError: { code: 'WDE0025' } } });
    const { store } = fakeStore({ fail });
    const record = linkRecorder({ describeFiles: async () => descriptors, store });
    expect(await record(request([IMAGE, AUDIO], {}), [made(IMAGE, 'a'), made(AUDIO, 'b')])).toEqual([
      {
        code: 'HISTORY_NOT_SAVED',
        unsaved: 2,
        reason: 'HISTORY_UNAVAILABLE',
        message: historyMessages.historyNotSaved(2, historyMessages.historyUnavailable),
      },
    ]);
  });
});

describe('createShareLinksWith and the history', () => {
  it('returns every link with a warning when the history cannot be written', async () => {
    const { store } = fakeStore({ fail: Object.assign(new Error('x'), { status: 503 }) });
    const record = linkRecorder({ describeFiles: async () => descriptors, store });
    const response = await createShareLinksWith({ ...fakeWix().deps, record }, [IMAGE, AUDIO], { label: 'Client', kind: 'DIRECT' });
    if (!response.ok) throw new Error(response.error.message);
    expect(response.results.map((r) => r.ok)).toEqual([true, true]);
    expect(response.warnings).toEqual([expect.objectContaining({ code: 'HISTORY_NOT_SAVED', unsaved: 2, reason: 'UPSTREAM_ERROR' })]);
    expect(JSON.stringify(response.warnings)).not.toMatch(/download\.example|SECRET/);
  });

  it('records with the ids it returned, and adds no warnings when all went well', async () => {
    const { store, inserted } = fakeStore();
    const record = linkRecorder({ describeFiles: async () => descriptors, store });
    const response = await createShareLinksWith({ ...fakeWix().deps, record }, [IMAGE, AUDIO], { kind: 'DIRECT' });
    if (!response.ok) throw new Error(response.error.message);
    expect(response).not.toHaveProperty('warnings');
    expect(inserted[0]?.map((r) => r._id)).toEqual(response.results.map((r) => (r.ok ? r.linkId : '')));
  });
});
