/**
 * POST /files/generate-download-url: Wix's permanent, token-less link to a zip of several files. The emulator
 * remembers which files each link covers and builds the zip when the link is opened.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import type { Catalog } from './catalog';
import { notFound } from '../errors';
import { fileIdFrom } from './file-id';
import { sendHtml } from '../http';
import { srcAsset, type MediaFile } from './model';
import { parseBody } from '../validation';

export const ARCHIVE_PREFIX = '/archive/wix/';

export class Archives {
  private readonly links = new Map<string, MediaFile[]>();

  create(body: unknown, catalog: Catalog, origin: string): { downloadUrl: string } {
    const { fileIds } = parseBody(z.object({ fileIds: z.array(z.string().min(1).max(1000)).min(1).max(1000) }), body);
    const files = fileIds.map((raw) => {
      const file = catalog.file(fileIdFrom(raw));
      if (!file) throw notFound(`File "${raw}"`);
      return file;
    });
    const id = randomBytes(16).toString('hex');
    this.links.set(id, files);
    return { downloadUrl: `${origin}${ARCHIVE_PREFIX}${id}` };
  }

  serve(req: IncomingMessage, res: ServerResponse, id: string): void {
    const files = this.links.get(id);
    if (!files) return sendHtml(res, 404, '404 Not Found', 'There is no archive at this address.', req.method);
    const entries: Zippable = {};
    for (const file of files) {
      let name = file.displayName;
      for (let copy = 2; name in entries; copy++) name = `${copy} ${file.displayName}`;
      // Media is already compressed; storing keeps the zip quick to build.
      entries[name] = [new Uint8Array(readFileSync(srcAsset(file).bytesPath)), { level: 0 }];
    }
    const zip = zipSync(entries);
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Length': zip.length,
      'Content-Disposition': 'attachment; filename="archive.zip"',
    });
    res.end(req.method === 'HEAD' ? undefined : zip);
  }
}
