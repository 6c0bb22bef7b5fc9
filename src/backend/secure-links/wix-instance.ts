/**
 * Which site installation a web method is serving. Wix's runtime hands web methods no instance id, so it is read
 * from the caller's token with one token-info call (`auth.getTokenInfo()`), once per `createShareLinks` call.
 */
import { auth } from '@wix/essentials';
import { NotInWix } from '../link-history/history-errors';

export async function currentInstanceId(): Promise<string> {
  const info: unknown = await auth.getTokenInfo();
  // Outside a Wix request the SDK resolves to a function and sends nothing.
  if (typeof info === 'function') throw new NotInWix();
  if (typeof info !== 'object' || info === null || !('instanceId' in info)) throw new Error('The token names no app instance');
  const { instanceId } = info;
  if (typeof instanceId !== 'string' || instanceId === '') throw new Error('The token names no app instance');
  return instanceId;
}
