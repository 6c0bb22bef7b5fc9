/**
 * Which site installation a web method is serving. Wix's runtime hands web methods no instance id, so it is read
 * from the caller's token with one token-info call (`auth.getTokenInfo()`), once per `createShareLinks` call.
 */
import { auth } from '@wix/essentials';

export async function currentInstanceId(): Promise<string> {
  const info = await auth.getTokenInfo();
  if (typeof info?.instanceId !== 'string' || info.instanceId === '') throw new Error('The token names no app instance');
  return info.instanceId;
}
