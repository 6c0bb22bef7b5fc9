/** The local-only control API under /__emulator/ (docs/ARCHITECTURE.md, "Contracts others rely on"). */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { notFound } from '../errors';
import { faultConfigSchema } from '../faults';
import { readJson } from '../http';
import { resetState, type EmulatorState } from '../state';
import { parseBody } from '../validation';

export async function handleControl(req: IncomingMessage, route: string, state: EmulatorState): Promise<unknown> {
  const method = req.method ?? 'GET';
  const key = `${method} ${route}`;
  switch (key) {
    case 'GET tokens':
      return {
        ...state.identities.tokens,
        instanceId: state.identities.instanceId,
        siteId: state.identities.siteId,
        otherSite: state.identities.otherSite,
      };
    case 'GET collections':
      return state.data.ids();
    case 'POST clock': {
      const { advanceMinutes } = parseBody(z.object({ advanceMinutes: z.number() }), await readJson(req));
      state.clock.advanceMinutes(advanceMinutes);
      return { now: new Date(state.clock.now()).toISOString() };
    }
    case 'GET clock':
      return { now: new Date(state.clock.now()).toISOString() };
    case 'POST faults':
      state.faults.set(parseBody(faultConfigSchema, await readJson(req)));
      return state.faults.current();
    case 'GET faults':
      return state.faults.current();
    case 'POST rate-limit': {
      const { enabled } = parseBody(z.object({ enabled: z.boolean() }), await readJson(req));
      state.rateLimiter.enabled = enabled;
      state.rateLimiter.reset();
      return { enabled };
    }
    case 'GET requests':
      return state.log.list();
    case 'DELETE requests':
      state.log.clear();
      return {};
    case 'POST reset':
      resetState(state);
      return {};
    default:
      throw notFound(`Control endpoint "${key}"`);
  }
}
