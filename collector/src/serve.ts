import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

/** A Hono app listening on a real socket. */
export interface Listening {
  /** `http://<host>:<port>` with the real port when started on port 0. */
  url: string;
  port: number;
  /** Stops accepting, lets running requests finish (so no insert meets a closed store). */
  close(): Promise<void>;
}

/**
 * Serves a Hono app with @hono/node-server on `host:port` (0 picks a free port).
 *
 * @example
 * const { url, close } = await listen(createCollectorApp(options), 0, '127.0.0.1');
 */
export async function listen(app: Hono, port: number, host: string): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const name = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${name === '0.0.0.0' || name === '[::]' ? 'localhost' : name}:${actual}`,
    port: actual,
    close() {
      closing ??= new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
