// Bad input over HTTP, on both stores: whatever a sender or a reader sends, the collector
// answers 2xx or a 4xx naming the problem, never a 5xx (a 503 would make the SDK retry for ever
// and hold the good events of its batch back).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollectorApp } from '../src/app.ts';
import { type Listening, listen } from '../src/serve.ts';
import type { EventStorage } from '../src/storage.ts';
import { useBothStores } from './both-stores.ts';
import { ORIGIN, post, TOKEN } from './collector-server.ts';
import { makeEvent } from './fixtures.ts';

const stores = useBothStores('bad-input');

// Random text does not compress, so it reaches PostgreSQL's index row limit as it is.
const long = () => randomBytes(6000).toString('base64');
const withQuestionType = (type: string) => {
  const event = makeEvent();
  return { ...event, data: { ...event.data, question: { id: 'q', type } } };
};

/** [what, field the error names] for an event the stores cannot index. */
const UNINDEXABLE: Array<[string, unknown, RegExp]> = [
  ['an 8 KB stage', makeEvent({ stage: long() }), /"stage" must be at most 200 bytes/],
  ['an 8 KB site', makeEvent({ site: long() }), /"site" must be at most 200 bytes/],
  ['an 8 KB quality', makeEvent({ quality: long() }), /"quality" must be at most 200 bytes/],
  ['an 8 KB question type', withQuestionType(long()), /data\.question\.type.* at most 200 bytes/],
  [
    'a 51-character stage of 4-byte characters',
    makeEvent({ stage: '😀'.repeat(51) }),
    /"stage" must be at most 200 bytes/,
  ],
];

/** [path, message] of reads that must be refused with 400. */
const BAD_READS: Array<[string, RegExp]> = [
  ['/v1/events?site=%00', /site .*NUL/],
  ['/v1/events?type=%00', /type .*NUL/],
  ['/v1/events?stage=a%00b', /stage .*NUL/],
  ['/v1/events?quality=%00', /quality .*NUL/],
  ['/v1/summary?site=%00', /site .*NUL/],
  ['/v1/summary?stage=%00', /stage .*NUL/],
  ['/v1/summary/cell?stage=use', /quality is required/],
  ['/v1/summary/cell?quality=%00', /quality .*NUL/],
  ['/v1/summary/cell?quality=advocate&term=a%00b', /term .*NUL/],
  [`/v1/summary/cell?quality=advocate&term=${'t'.repeat(65)}`, /term must be at most 64/],
  ['/v1/summary/words?from=2026-02-30', /from must be a date/],
  ['/v1/events?cursor=99999999999999999999.1', /cursor/],
  ['/v1/events?cursor=1.99999999999999999999', /cursor/],
  ['/v1/events?cursor=1.9223372036854775808', /cursor/],
  [`/v1/events?site=${'s'.repeat(201)}`, /site must be at most 200 bytes/],
];

function describeBadInput(name: string, open: () => Promise<EventStorage>) {
  describe(`bad input on ${name}`, () => {
    let storage: EventStorage;
    let server: Listening;
    beforeAll(async () => {
      storage = await open();
      const app = createCollectorApp({
        storage,
        allowedOrigins: [ORIGIN],
        readToken: TOKEN,
        rateLimit: false,
      });
      server = await listen(app, 0, '127.0.0.1');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.close();
    });

    const read = (path: string) =>
      fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });

    it.each(UNINDEXABLE)('refuses %s with 400 naming the field', async (_what, event, message) => {
      const before = await storage.count();
      const response = await fetch(`${server.url}/v1/events`, post([makeEvent(), event]));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(message);
      expect(await storage.count()).toBe(before);
    });

    it('stores a 200-byte site, stage, quality and question type', async () => {
      const edge = 'x'.repeat(200);
      const event = { ...withQuestionType(edge), site: edge, stage: edge, quality: edge };
      const response = await fetch(`${server.url}/v1/events`, post([event]));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ accepted: 1, duplicates: 0 });
    });

    it.each(BAD_READS)('refuses GET %s with 400', async (path, message) => {
      const response = await read(path);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(message);
    });

    it('pages with the largest cursor the stores can give', async () => {
      const response = await read('/v1/events?cursor=18446744073709551615.9223372036854775807');
      expect(response.status).toBe(200);
    });
  });
}

describeBadInput('SQLite', stores.sqlite);
describeBadInput('PostgreSQL', stores.postgres);
