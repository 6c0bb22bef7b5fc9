import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_DIR } from './project';

const manifestSchema = z.object({
  folders: z.array(z.object({ id: z.string(), displayName: z.string(), parentFolderId: z.string() })),
  files: z.array(
    z.object({ id: z.string(), displayName: z.string(), parentFolderId: z.string(), private: z.boolean(), mimeType: z.string(), path: z.string() }),
  ),
});

const LIBRARY_DIR = path.join(PROJECT_DIR, 'local', 'library');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(LIBRARY_DIR, 'manifest.json'), 'utf8')));

export type LibraryFile = z.infer<typeof manifestSchema>['files'][number] & { bytes(): Buffer };

/**
 * The sample library as its manifest describes it: tests take names and bytes from here, the
 * source the emulator loads, so an expectation never comes from the app under test.
 */
export const sampleLibrary = {
  file(displayName: string): LibraryFile {
    const file = manifest.files.find((candidate) => candidate.displayName === displayName);
    if (!file) throw new Error(`The sample library has no file named "${displayName}".`);
    return { ...file, bytes: () => readFileSync(path.join(LIBRARY_DIR, file.path)) };
  },
  folderId(displayName: string): string {
    const folder = manifest.folders.find((candidate) => candidate.displayName === displayName);
    if (!folder) throw new Error(`The sample library has no folder named "${displayName}".`);
    return folder.id;
  },
  filesIn(folderId: string): string[] {
    return manifest.files.filter((file) => file.parentFolderId === folderId).map((file) => file.displayName);
  },
  foldersIn(folderId: string): string[] {
    return manifest.folders.filter((folder) => folder.parentFolderId === folderId).map((folder) => folder.displayName);
  },
};
