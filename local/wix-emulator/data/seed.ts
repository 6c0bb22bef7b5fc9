/** Puts LINK_HISTORY_SIZE synthetic link records in the main site's link collection, with real DIRECT URLs. */
import { LINKS_COLLECTION_ID } from '../../../src/backend/link-history/collection';
import { APP_ID } from '../oauth/auth';
import { hostUrl } from '../media/descriptor';
import type { EmulatorState } from '../state';
import { syntheticLinks } from './synthetic-links';

export async function seedLinkHistory(state: EmulatorState, count: number): Promise<void> {
  if (count <= 0) return;
  const issuedAtSeconds = Math.floor(state.clock.now() / 1000);
  const records = await syntheticLinks(count, state.sampleFiles, state.clock.now(), async (file, assetKey, expiresAtMs) => {
    const asset = file.assets.find((candidate) => candidate.key === assetKey) ?? file.assets[0]!;
    const token = await state.tokens.sign({
      path: asset.hostPath,
      filename: file.displayName,
      disposition: 'attachment',
      issuedAtSeconds,
      expiresAtSeconds: Math.floor(expiresAtMs / 1000),
    });
    return `${hostUrl(state.origin, asset.hostPath)}?token=${token}`;
  });
  const scope = { instanceId: state.identities.instanceId, collectionId: LINKS_COLLECTION_ID };
  for (const record of records) state.data.insert(scope, record, APP_ID);
}
