/**
 * Web-method overhead: one direct link through the shell's transport (token-info check, miniflare, the
 * built backend, elevation) against the same Wix calls made directly with the SDK and the app's token:
 * `generateFileDownloadUrl`, then the file's descriptor and the one history insert every call makes
 * (issue 11), one after the other as the web method makes them. Calls alternate so both see the same machine load.
 */
import { LINKS_COLLECTION_ID } from '../src/backend/link-history/collection';
import { createEmulatorClient, createEmulatorDataClient } from '../local/wix-client';
import { callWebMethod } from '../test/e2e/support';

export type OverheadSamples = { transport: number[]; direct: number[] };

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function measureOverhead(input: {
  shellUrl: string;
  emulatorUrl: string;
  adminToken: string;
  appToken: string;
  fileId: string;
  calls: number;
}): Promise<OverheadSamples> {
  const { files } = createEmulatorClient(input.emulatorUrl, input.appToken);
  const viaTransport = async () => {
    const reply = await callWebMethod(input.shellUrl, input.adminToken, [[input.fileId], { kind: 'DIRECT' }]);
    const result = reply.body.result as { ok?: boolean; results?: { ok?: boolean }[] } | undefined;
    if (!result?.ok || !result.results?.[0]?.ok) throw new Error('The web method did not return a link during the overhead benchmark.');
  };
  const { items } = createEmulatorDataClient(input.emulatorUrl, input.appToken);
  const direct = async () => {
    const made = await files.generateFileDownloadUrl(input.fileId);
    await files.getFileDescriptors([input.fileId]);
    await items.bulkInsert(LINKS_COLLECTION_ID, [{ kind: 'DIRECT', fileId: input.fileId, links: made.downloadUrls ?? [] }]);
  };
  // One of each first, so connection set-up and miniflare's first compile are not measured.
  await viaTransport();
  await direct();
  const samples: OverheadSamples = { transport: [], direct: [] };
  for (let call = 0; call < input.calls; call++) {
    samples.transport.push(await timed(viaTransport));
    samples.direct.push(await timed(direct));
  }
  return samples;
}
