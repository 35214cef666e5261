// One browser scenario's fixture for a whole spec file: its pages served with a collector, and
// one fresh Chromium profile, started before the tests and closed after them.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Demo, DemoOptions } from '../../demo/server';
import { launch } from './chromium';
import { type Scenario, serveScenario } from './serve';

export interface Suite {
  readonly demo: Demo;
  readonly context: BrowserContext;
}

/** @example const s = useScenario('test/browser/lazy-core'); it('…', () => s.context.newPage()); */
export function useScenario(
  siteDir: string,
  options: Omit<DemoOptions, 'port' | 'dbPath' | 'siteDir'> = {},
): Suite {
  let scenario: Scenario | undefined;
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  beforeAll(async () => {
    scenario = await serveScenario(siteDir, options);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await scenario?.dispose();
  });
  return {
    get demo() {
      if (!scenario) throw new Error('the scenario has not started');
      return scenario.demo;
    },
    get context() {
      if (!browser) throw new Error('the browser has not started');
      return browser.context;
    },
  };
}
