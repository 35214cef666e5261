// Starts the demo server for one browser scenario: its own pages (or the demo shop), the
// script-tag bundle from dist/, and the SQLite collector on a database in a fresh temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Demo, type DemoOptions, startDemo } from '../../demo/server';

export interface Scenario {
  demo: Demo;
  /** Stops the server and removes the database. */
  dispose(): Promise<void>;
}

/** `siteDir` (e.g. `test/browser/delivery`) is served at `/`; omitted, the demo shop is. */
export async function serveScenario(
  siteDir?: string,
  options: Omit<DemoOptions, 'port' | 'dbPath' | 'siteDir'> = {},
): Promise<Scenario> {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-scenario-'));
  const demo = await startDemo({
    ...options,
    port: 0,
    dbPath: join(dir, 'events.db'),
    ...(siteDir ? { siteDir } : {}),
  });
  return {
    demo,
    async dispose() {
      await demo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
