import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { staticFiles } from '../http/static-files.ts';
import { CONSOLE_DIR } from '../paths.ts';

// The SDK's entry chunks by logical name: `waypoint-ui.<hash>.js` is the card. A language's
// pack is named by its two-letter language code, every other chunk by a word.
const ENTRY_CHUNK = /^waypoint-([a-z]+)\.[\w-]+\.js$/;
const isLanguage = (name: string) => /^[a-z]{2}$/.test(name) && name !== 'ui';
const SCHEMA_FILE = 'waypoint-config.schema.json';

/**
 * The console at `/console`: its built pages (public; every change needs the admin token), the
 * SDK's chunk names for the live preview (`/console/sdk.json`), and the config's JSON Schema
 * from the installed SDK, the same version whose zod schema checks what is published.
 */
export function consoleRoutes(scriptDir: string): Hono {
  const app = new Hono();
  app.get('/sdk.json', async (c) => {
    const chunks: Record<string, string> = {};
    for (const file of await readdir(scriptDir).catch(() => [])) {
      const name = ENTRY_CHUNK.exec(file)?.[1];
      if (name && name !== 'shared') chunks[name] = `/${file}`;
    }
    const languages = Object.keys(chunks)
      .filter(isLanguage)
      .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
    c.header('Cache-Control', 'no-cache');
    return c.json({ chunks, languages, schema: `/console/${SCHEMA_FILE}` });
  });
  app.get(`/${SCHEMA_FILE}`, async (c) => {
    const text = await readFile(join(scriptDir, SCHEMA_FILE), 'utf8').catch(() => undefined);
    if (text === undefined) return c.json({ error: `${SCHEMA_FILE} is missing` }, 404);
    c.header('Cache-Control', 'no-cache');
    return c.body(text, 200, { 'Content-Type': 'application/schema+json; charset=utf-8' });
  });
  app.use('*', async (c, next) => {
    if (existsSync(join(CONSOLE_DIR, 'index.html'))) return next();
    const message = `${CONSOLE_DIR} is missing: run npm run build (the collector's build writes the console)\n`;
    return c.text(message, 500);
  });
  app.use('*', staticFiles(CONSOLE_DIR, '/console'));
  return app;
}
