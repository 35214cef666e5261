// @vitest-environment node
// `npx waypoint-check-config`: run as a CI step would run it (a child process, its exit code
// and output), against files and a local HTTP server.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../../demo/check-config/cli.ts');

const VALID = {
  endpoint: 'https://feedback.example.com/v1/events',
  questions: [
    {
      id: 'ease',
      quality: 'operational',
      type: 'rating',
      text: 'How easy was this?',
      trigger: { on: 'manual' },
    },
    {
      id: 'nps',
      quality: 'advocate',
      type: 'nps',
      text: 'Would you recommend us?',
      trigger: { on: 'manual' },
    },
  ],
};
const INVALID = {
  endpoint: 'ftp://feedback.example.com',
  questions: [
    {
      id: 'ease',
      quality: 'operational',
      type: 'stars',
      text: 'How easy?',
      trigger: { on: 'manual' },
    },
  ],
};

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'check-config-'));
  writeFileSync(join(dir, 'valid.json'), JSON.stringify(VALID));
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify(INVALID));
  writeFileSync(join(dir, 'broken.json'), '{ "endpoint": "https://x.example", ');
  const { endpoint: _, ...noEndpoint } = VALID;
  writeFileSync(join(dir, 'no-endpoint.json'), JSON.stringify(noEndpoint));
  server = createServer((req, res) => {
    if (req.url === '/valid.json') return void res.writeHead(200).end(JSON.stringify(VALID));
    if (req.url === '/relative.json')
      return void res.writeHead(200).end(JSON.stringify({ ...VALID, endpoint: '/v1/events' }));
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await new Promise((ok) => server.close(ok));
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((ok) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, stdout, stderr) =>
      ok({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** A port nothing listens on: a server bound and closed again. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

describe('waypoint-check-config', () => {
  it('says OK with the number of questions and surveys for a valid file, exit 0', async () => {
    const r = await run(join(dir, 'valid.json'));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('valid.json: OK, 2 questions, 0 surveys');
  });

  it('prints every error by path for an invalid file, exit 1', async () => {
    const r = await run(join(dir, 'invalid.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/invalid, \d+ errors/);
    expect(r.stdout).toMatch(/^ {2}questions\[0\]\.type: /m);
    expect(r.stdout).toMatch(/^ {2}endpoint: must be https:/m);
  });

  it('gives the errors as JSON with --json', async () => {
    const r = await run(join(dir, 'invalid.json'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { status: string; errors: { path: string }[] };
    expect(out.status).toBe('invalid');
    expect(out.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['questions[0].type', 'endpoint']),
    );
  });

  it('reads a config from an http URL, resolving relative URLs against it', async () => {
    const r = await run(`${origin}/relative.json`, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'valid', questions: 2, surveys: 0 });
  });

  it('takes the endpoint from --endpoint when the config has none, as the tag would', async () => {
    expect((await run(join(dir, 'no-endpoint.json'))).stdout).toMatch(
      /^ {2}endpoint: is required/m,
    );
    const r = await run(join(dir, 'no-endpoint.json'), '--endpoint', '/v1/events');
    expect(r.code).toBe(0);
  });

  it('exits 2 naming the URL and the cause when nothing answers', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/config.json`;
    const r = await run(url);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot fetch ${url}: ECONNREFUSED`);
  });

  it('exits 2 naming the URL and the status on a 404', async () => {
    const r = await run(`${origin}/missing.json`, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      source: `${origin}/missing.json`,
      status: 'unreadable',
      error: `cannot fetch ${origin}/missing.json: HTTP 404 Not Found`,
    });
  });

  it('exits 2 naming a missing file', async () => {
    const file = join(dir, 'nope.json');
    const r = await run(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read ${file}: no such file`);
  });

  it('reports a file that is not JSON as invalid, with the parser’s reason, exit 1', async () => {
    const r = await run(join(dir, 'broken.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\(the document\): is not JSON: /);
  });

  it('exits 2 on bad usage', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give one config file or http(s) URL');
    expect(r.stderr).toContain('usage: waypoint-check-config');
  });

  it('exits 2 naming a flag it does not know, before reading anything', async () => {
    const r = await run(join(dir, 'valid.json'), '--jsn');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain("Unknown option '--jsn'");
    expect(r.stderr).toContain('usage: waypoint-check-config');
  });

  it('prints its usage on stdout with --help, exit 0', async () => {
    const r = await run('--help');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('--endpoint <url>');
  });
});
