// A CloudEvents sink on loopback that refuses every other request with 503: "fails half the
// time", deterministically. It records every event it accepted.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakySink {
  url: string;
  /** ids accepted with 2xx, in order, repeats included. */
  accepted: string[];
  /** How many requests were refused. */
  refused(): number;
  /** Content types seen (each must be a structured-mode single event). */
  types: Set<string>;
  close(): Promise<void>;
}

export async function startFlakySink(): Promise<FlakySink> {
  const accepted: string[] = [];
  const types = new Set<string>();
  let requests = 0;
  let refused = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests += 1;
      types.add(req.headers['content-type'] ?? '');
      if (requests % 2 === 1) {
        refused += 1;
        res.writeHead(503).end();
        return;
      }
      accepted.push((JSON.parse(body) as { id: string }).id);
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    accepted,
    types,
    refused: () => refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
