/**
 * The transport-free entry point of `createShareLinks`: validate any JSON the caller sent, then
 * generate the links. The web method, a future HTTP endpoint, tests and benchmarks all call this
 * with their own `generate`.
 */
import type { CreateShareLinksResponse } from '../../common/share-links';
import { generateLinks, type GenerateDeps } from './generate-links';
import { parseShareLinkRequest } from './request-schema';

export type { GenerateDeps } from './generate-links';

export async function createShareLinksWith(
  deps: GenerateDeps,
  fileIds: unknown,
  options: unknown,
): Promise<CreateShareLinksResponse> {
  const checked = parseShareLinkRequest(fileIds, options);
  if (!checked.ok) return checked;
  return { ok: true, results: await generateLinks(deps, checked.request) };
}
