/**
 * Turning off several links at once: one `revokeShareLink` call per link, a few at a time, each answer kept, so a
 * failure of some never hides the ones that were turned off. Plain function over an injected call.
 */
import type { ShareLinkChangeResponse, ShareLinkRecord } from '../../common/link-history';
import type { ShareLinkErrorCode } from '../../common/share-links';
import type { LinkRules } from '../link-panel';

/** Each call reads and writes one record in Wix Data; three at once stays well inside the per-site rate limit. */
export const TURN_OFF_CONCURRENCY = 3;

export type TurnOffFailure = { link: ShareLinkRecord; code: ShareLinkErrorCode | 'UNREACHABLE' };
export type TurnOffOutcome = { turnedOff: ShareLinkRecord[]; failed: TurnOffFailure[] };

export async function turnOffLinks(
  pLimit: LinkRules['pLimit'],
  links: readonly ShareLinkRecord[],
  revoke: (linkId: string) => Promise<ShareLinkChangeResponse>,
  onAnswer: (answered: number) => void = () => {},
  concurrency = TURN_OFF_CONCURRENCY,
): Promise<TurnOffOutcome> {
  const limit = pLimit(concurrency);
  let answered = 0;
  const answers = await Promise.all(
    links.map((link) =>
      limit(async () => {
        const answer = await revoke(link.linkId).catch(() => undefined);
        onAnswer(++answered);
        return { link, answer };
      }),
    ),
  );
  const outcome: TurnOffOutcome = { turnedOff: [], failed: [] };
  for (const { link, answer } of answers) {
    if (answer?.ok) outcome.turnedOff.push(answer.link);
    else outcome.failed.push({ link, code: answer ? answer.error.code : 'UNREACHABLE' });
  }
  return outcome;
}
