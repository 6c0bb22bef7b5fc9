import { describe, expect, it } from 'vitest';
import { useEmulator } from './emulator-setup';

const emulator = useEmulator();

describe('listFiles through the real @wix/media SDK', () => {
  it('pages media-root to exhaustion with SDK field names and no file twice', async () => {
    const { files } = emulator.client('admin');
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await files.listFiles({ paging: { limit: 2, cursor } });
      pages++;
      for (const file of page.files) {
        expect(file._id).toEqual(expect.any(String));
        expect(file._createdDate).toBeInstanceOf(Date);
        expect(file.sizeInBytes).toMatch(/^\d+$/);
        seen.push(file._id!);
      }
      cursor = page.nextCursor?.cursors?.next || undefined;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('9c1e7a_5b0f3d2e8a4c4f6b9d1e7a2c3b4d5e6f~mv2.png');
    expect(seen).not.toContain('d4dde1_dee18c9ada174a818ccf75c50e72c739~mv2.jpg');
  });
});
