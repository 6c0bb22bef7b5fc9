/**
 * The transport-free entry point of `createShareLinks`: validate any JSON the caller sent, generate the
 * links, then keep them in the link history. The web method, a future HTTP endpoint, tests and benchmarks
 * all call this with their own `generate` (and `record`, when they keep a history).
 */
import type { CreateShareLinksResponse } from '../../common/share-links';
import type { LinkRecorder } from '../link-history/record-links';
import { generateLinks, type GenerateDeps } from './generate-links';
import { parseShareLinkRequest } from './request-schema';

export type { GenerateDeps } from './generate-links';
export type CreateDeps = GenerateDeps & { record?: LinkRecorder };

export async function createShareLinksWith(
  deps: CreateDeps,
  fileIds: unknown,
  options: unknown,
): Promise<CreateShareLinksResponse> {
  const checked = parseShareLinkRequest(fileIds, options);
  if (!checked.ok) return checked;
  const results = await generateLinks(deps, checked.request);
  const warnings = deps.record ? await deps.record(checked.request, results) : [];
  return { ok: true, results, ...(warnings.length > 0 ? { warnings } : {}) };
}
