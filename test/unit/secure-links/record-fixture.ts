import type { LinkRecord } from '../../../src/backend/link-history/record';

export const NOW = new Date('2026-05-01T12:00:00Z');
export const INSTANCE_ID = '6a3e2f1c-9b7d-4e8a-a1b2-0c9d8e7f6a5b';
export const LINK_ID = 'ASNFZ4mrze8BI0VniavN7w';

export function aRecord(fields: Partial<LinkRecord> = {}): LinkRecord {
  return {
    _id: LINK_ID,
    kind: 'SECURE',
    fileId: 'd4dde1_dee18c9ada174a818ccf75c50e72c739~mv2.jpg',
    fileName: 'harbour.jpg',
    mediaType: 'IMAGE',
    sizeInBytes: 2_400_000,
    assetKeys: ['src'],
    contentDisposition: 'ATTACHMENT',
    createdAt: new Date('2026-04-30T12:00:00Z'),
    expiresAt: new Date('2026-05-08T12:00:00Z'),
    downloads: 0,
    failedPasswordAttempts: 0,
    ...fields,
  };
}
