/** Shared set-up for the emulator contract tests: one emulator per test file, its tokens, SDK clients. */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, expect } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../local/wix-emulator/index';
import { emulatorControl, type EmulatorTokens } from '../../local/emulator-control';
import { createEmulatorClient, createEmulatorDataClient } from '../../local/wix-client';

export type EmulatorFixture = {
  url: string;
  tokens: EmulatorTokens;
  client(token: keyof EmulatorTokens): ReturnType<typeof createEmulatorClient>;
  /** `@wix/data`'s items module acting with a named token of the main site, or any raw token. */
  items(token: keyof EmulatorTokens | (string & {})): ReturnType<typeof createEmulatorDataClient>['items'];
  control(path: string, init?: { method?: string; body?: unknown }): Promise<unknown>;
  /** The first download URL generateFileDownloadUrl returns with the Manage app token. */
  link(fileId: string, options?: GenerateOptions): Promise<string>;
};

type GenerateOptions = Parameters<ReturnType<typeof createEmulatorClient>['files']['generateFileDownloadUrl']>[1];

export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  let emulator: RunningEmulator | undefined;
  const fixture = {} as EmulatorFixture;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    fixture.url = emulator.url;
    fixture.tokens = await emulatorControl(emulator.url).tokens();
  });
  afterAll(async () => {
    await emulator?.close();
  });
  fixture.client = (token) => createEmulatorClient(fixture.url, fixture.tokens[token]);
  fixture.items = (token) =>
    createEmulatorDataClient(fixture.url, token in fixture.tokens ? fixture.tokens[token as keyof EmulatorTokens] : token).items;
  fixture.control = async (path, init = {}) => {
    const response = await fetch(`${fixture.url}/__emulator/${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (response.status !== 200) throw new Error(`control ${path}: HTTP ${response.status}`);
    return response.json();
  };
  fixture.link = async (fileId, options = {}) => {
    const { downloadUrls } = await fixture.client('app').files.generateFileDownloadUrl(fileId, options);
    return downloadUrls![0]!.url!;
  };
  return fixture;
}

/** The error an SDK call rejects with, for asserting on Wix's error envelope as the SDK surfaces it. */
export async function sdkError(call: Promise<unknown>): Promise<{
  message: string;
  requestId?: string;
  details?: {
    applicationError?: { code: string; description: string; data?: Record<string, unknown> };
    validationError?: { fieldViolations: { field: string; ruleName?: string; violatedRule?: string }[] };
  };
}> {
  try {
    await call;
  } catch (error) {
    return error as Awaited<ReturnType<typeof sdkError>>;
  }
  throw new Error('expected the SDK call to fail, but it succeeded');
}

export const SAMPLE = {
  docsImage: 'd4dde1_dee18c9ada174a818ccf75c50e72c739~mv2.jpg',
  docsAudio: '4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3',
  logo: '9c1e7a_5b0f3d2e8a4c4f6b9d1e7a2c3b4d5e6f~mv2.png',
  privateImage: '9c1e7a_6f5e4d3c2b1a40918273645f5e4d3c2b~mv2.jpg',
  privateVideo: '9c1e7a_7f2e9d4c8b1a46f3e5d0c2b7a4f9e1d6',
  publicVideo: '9c1e7a_3e8b5a2c7d4f49e6a1b0c5d2e7f4a9b3',
  contract: '9c1e7a_2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.pdf',
  photosFolder: '3f1c2d8a9b7e4c6d8e2f1a0b9c8d7e6f',
  privateShootsFolder: '7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2',
  documentsFolder: 'c4d5e6f7a8b94c0d1e2f3a4b5c6d7e8f',
  totalFiles: 13,
  privateFiles: 6,
} as const;

/** The claims of a download URL's token (decoded, not verified: verification is the emulator's job). */
export function tokenClaims(downloadUrl: string): Record<string, unknown> {
  const token = new URL(downloadUrl).searchParams.get('token') ?? '';
  expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
  return decodeJwt(token);
}
