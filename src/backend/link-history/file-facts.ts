/** Reads what Get File Descriptors answered into the facts a link record keeps about its file. */
import { z } from 'zod';

export type FileFacts = { fileName: string; mediaType: string; sizeInBytes?: number };

// The SDK renames `id` to `_id`; sizes arrive as decimal strings (int64 in JSON).
const descriptor = z.looseObject({
  _id: z.string().optional(),
  id: z.string().optional(),
  displayName: z.string().min(1),
  mediaType: z.string().min(1),
  sizeInBytes: z.union([z.string().regex(/^\d{1,15}$/).transform(Number), z.number().int().nonnegative()]).optional().catch(undefined),
});
const answer = z.object({ files: z.array(z.unknown()) });

/** Facts per file id; a file Wix did not describe is simply absent. */
export function fileFactsOf(value: unknown): Map<string, FileFacts> {
  const facts = new Map<string, FileFacts>();
  const parsed = answer.safeParse(value);
  if (!parsed.success) return facts;
  for (const entry of parsed.data.files) {
    const file = descriptor.safeParse(entry);
    const id = file.data?._id ?? file.data?.id;
    if (!file.success || id === undefined) continue;
    const { displayName, mediaType, sizeInBytes } = file.data;
    facts.set(id, { fileName: displayName, mediaType, ...(sizeInBytes === undefined ? {} : { sizeInBytes }) });
  }
  return facts;
}
