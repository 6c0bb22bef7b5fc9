// @vitest-environment jsdom
/**
 * A feature's catalog arrives after its code (the link panel's after its chunk), so no module of the page may read
 * a message while it loads, only when it renders or runs. Every module of src/dashboard is imported here with no
 * catalog loaded; one that reads a message at load throws "…: catalog not loaded".
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DASHBOARD = path.resolve(import.meta.dirname, '../../../src/dashboard');
const modules = readdirSync(DASHBOARD, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .sort();

describe('page modules load before their words', () => {
  it.each(modules)('%s reads no message while it loads', async (file) => {
    await expect(import(path.join(DASHBOARD, file))).resolves.toBeDefined();
  }, 30_000);
});
