// The collector's environment for publishing: ADMIN_TOKEN and PUBLIC_URL are checked, and the
// startup summary says whether publishing is on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { type CollectorProcess, spawnCollector } from './collector-process.ts';

const READ = 'read-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';

describe('readConfig', () => {
  it('takes ADMIN_TOKEN and PUBLIC_URL (without a trailing slash)', () => {
    const result = readConfig({
      READ_TOKEN: READ,
      ADMIN_TOKEN: ADMIN,
      PUBLIC_URL: 'https://feedback.example/',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { adminToken: ADMIN, publicUrl: 'https://feedback.example' },
    });
  });

  it.each([
    [{ ADMIN_TOKEN: 'short' }, /ADMIN_TOKEN must be at least 16/],
    [{ ADMIN_TOKEN: READ, READ_TOKEN: READ }, /ADMIN_TOKEN must differ from READ_TOKEN/],
    [{ PUBLIC_URL: 'https://feedback.example/path' }, /PUBLIC_URL must be an origin/],
    [{ PUBLIC_URL: 'feedback.example' }, /PUBLIC_URL must be an origin/],
  ])('refuses %o', (env, message) => {
    const result = readConfig(env);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(message)]);
  });
});

describe('the startup summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-env-'));
  const running: CollectorProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill()));
    rmSync(dir, { recursive: true, force: true });
  });
  const start = async (env: Record<string, string>) => {
    const sqlite = join(dir, `${running.length}.db`);
    const collector = await spawnCollector({ SQLITE_PATH: sqlite, ...env });
    running.push(collector);
    return collector.startup;
  };

  it('says publishing is off without ADMIN_TOKEN', async () => {
    expect(await start({})).toMatch(/publishing configs is off \(set ADMIN_TOKEN\)/);
  });

  it('says publishing needs the ADMIN_TOKEN with one, and names PUBLIC_URL in the tag', async () => {
    const startup = await start({ ADMIN_TOKEN: ADMIN, PUBLIC_URL: 'https://feedback.example' });
    expect(startup).toMatch(/publishing configs needs the ADMIN_TOKEN/);
    expect(startup).toContain('data-config="https://feedback.example/v1/config/<site>"');
  });
});
