// The packages as a site owner gets them: both packed with `npm pack`, installed into an empty
// folder with production dependencies only, and the collector run with `npx waypoint-collector`.
// No tsx, no dev tools, no workspace: only what the tarballs declare.
//
// Not compiled again: better-sqlite3's native addon (2-5 minutes from source on a 2-core
// machine, when its prebuilt binary cannot be downloaded). The install skips install scripts
// and copies the addon this workspace's own install of the same version built; set
// PACKED_INSTALL_SCRIPTS=1 to let npm build it as a user's install would.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, makeTempDir } from '../../test/unit/demo/fixtures.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = 'https://shop.example';
const TOKEN = 'packed-read-token-0123456789';
const ADMIN = 'packed-admin-token-0123456789';
const ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

let dir: ReturnType<typeof makeTempDir>;
let child: ChildProcess | undefined;
let url: string;
const tarballs: Record<string, number> = {};

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/waypoint.js')) || !existsSync(join(ROOT, 'dist/wire.mjs'))) {
    throw new Error('dist/ is not built: run npm run build first (npm test does)');
  }
  dir = makeTempDir();
  const packs = join(dir.path, 'packs');
  const app = join(dir.path, 'app');
  mkdirSync(packs);
  mkdirSync(app);
  await run('npm', ['run', 'build', '--silent', '--workspace', 'collector'], { cwd: ROOT });
  for (const args of [[], ['--workspace', 'collector']]) {
    const { stdout } = await run(
      'npm',
      ['pack', '--silent', '--pack-destination', packs, ...args],
      {
        cwd: ROOT,
      },
    );
    const file = stdout.trim().split('\n').at(-1) as string;
    tarballs[file] = readFileSync(join(packs, file)).length;
  }
  writeFileSync(join(app, 'package.json'), '{ "name": "site-owner", "private": true }\n');
  const scripts = process.env.PACKED_INSTALL_SCRIPTS === '1';
  await run(
    'npm',
    [
      'install',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...(scripts ? [] : ['--ignore-scripts']),
      ...Object.keys(tarballs).map((file) => join(packs, file)),
    ],
    { cwd: app },
  );
  if (!scripts) {
    mkdirSync(join(app, ADDON, '..'), { recursive: true });
    copyFileSync(join(ROOT, ADDON), join(app, ADDON));
  }
  child = spawn('npx', ['--no-install', 'waypoint-collector'], {
    cwd: app,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      SQLITE_PATH: join(dir.path, 'data', 'events.db'),
      ALLOWED_ORIGINS: ORIGIN,
      READ_TOKEN: TOKEN,
      ADMIN_TOKEN: ADMIN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npx starts the bin as a child of its own, and both must stop.
    detached: true,
  });
  url = await listeningUrl(child);
}, 240_000);

afterAll(async () => {
  if (child?.pid !== undefined && child.exitCode === null) {
    const exited = new Promise((done) => child?.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
  dir?.remove();
});

describe('npx waypoint-collector from the packed packages', () => {
  it('installs production dependencies only', () => {
    const installed = join(dir.path, 'app', 'node_modules');
    for (const tool of ['tsx', 'typescript', 'vitest', 'esbuild', 'rollup']) {
      expect(existsSync(join(installed, tool))).toBe(false);
    }
    console.info('[packed] tarball bytes', tarballs);
  });

  it('stores an event and gives it back with the read token', async () => {
    const event = makeEvent({ site: 'packed-shop' });
    const posted = await fetch(`${url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents-batch+json', origin: ORIGIN },
      body: JSON.stringify([event]),
    });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect((await fetch(`${url}/v1/events`)).status).toBe(401);
    const read = await fetch(`${url}/v1/events?site=packed-shop`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect((await read.json()).map((e: { id: string }) => e.id)).toEqual([event.id]);
  });

  it("publishes a config checked by the installed SDK's schema, and serves it", async () => {
    const publish = (config: unknown) =>
      fetch(`${url}/v1/sites/packed-shop/configs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ config, message: 'first', author: 'packed' }),
      });
    const bad = await publish({ questions: [{ id: 'q', type: 'slider' }] });
    expect(bad.status).toBe(422);
    const config = { questions: [] };
    expect((await publish(config)).status).toBe(201);
    const served = await fetch(`${url}/v1/config/packed-shop`);
    expect(await served.json()).toEqual(config);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(served.headers.get('waypoint-config-schema')).toBe(version);
  });

  it('serves the dashboard', async () => {
    const page = await fetch(`${url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(new URL(script as string, `${url}/dashboard/`))).status).toBe(200);
  });

  it('serves the console, its script, and the SDK chunks its preview draws with', async () => {
    const page = await fetch(`${url}/console`);
    expect(page.status).toBe(200);
    const script = /<script type="module" src="([^"]+)"/.exec(await page.text())?.[1];
    expect((await fetch(`${url}${script}`)).status).toBe(200);
    const sdk = await (await fetch(`${url}/console/sdk.json`)).json();
    expect((await fetch(`${url}${sdk.chunks.ui}`)).status).toBe(200);
    expect((await fetch(`${url}${sdk.schema}`)).status).toBe(200);
  });

  it('serves the tag and a chunk it loads, from the installed SDK', async () => {
    const tag = await fetch(`${url}/waypoint.js`);
    expect(tag.status).toBe(200);
    const source = await tag.text();
    expect(source).toBe(readFileSync(join(ROOT, 'dist/waypoint.js'), 'utf8'));
    const chunk = /waypoint-ui\.[\w-]+\.js/.exec(source)?.[0];
    expect(chunk).toBeDefined();
    const lazy = await fetch(`${url}/${chunk}`);
    expect(lazy.status).toBe(200);
    expect(lazy.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});

/** Resolves with the URL the collector prints once it listens. */
function listeningUrl(started: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolvePromise(match[1] as string);
    };
    started.stdout?.on('data', onData);
    started.stderr?.on('data', onData);
    started.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`waypoint-collector exited with ${code}:\n${output}`));
    });
  });
}
