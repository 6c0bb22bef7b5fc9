import { emulatorControl } from '../emulator-control';

/** Who the shell signs in as; each maps to one of the emulator's tokens (docs/ARCHITECTURE.md, the emulator control API). */
export const ROLES = ['owner', 'member', 'visitor'] as const;
export type Role = (typeof ROLES)[number];

const TOKEN_OF_ROLE = { owner: 'admin', member: 'member', visitor: 'visitor' } as const;

export function parseRole(value: string | null | undefined): Role {
  return ROLES.find((role) => role === value) ?? 'owner';
}

/**
 * Asks the emulator for the token of a role on every page load rather than caching it: tokens carry
 * the emulator's clock, and a test that moves the clock must not leave the shell with a stale one.
 */
export async function tokenForRole(emulatorUrl: string, role: Role): Promise<string> {
  const tokens = await emulatorControl(emulatorUrl).tokens();
  return tokens[TOKEN_OF_ROLE[role]];
}
