// Launches Debian's Chromium through playwright-core (never a downloaded browser), with the
// flags that keep it from reaching outside hosts on this closed network (TOOLCHAIN.md).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser profile (its own IndexedDB). `close()` removes it. */
export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = CANDIDATES.find((p) => p && existsSync(p));
  if (!executablePath)
    throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
