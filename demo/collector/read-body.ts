import type { IncomingMessage } from 'node:http';

/** A request body as text, or why it could not be read. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'not-utf8' | 'aborted' };

// Past this many bytes we stop draining and drop the connection: a client that far over the
// limit is not a widget that can be helped by reading its 413.
const DRAIN_FACTOR = 16;

/**
 * Reads a request body of at most `limit` bytes as UTF-8.
 *
 * An over-long body is still drained (up to 16× the limit) before the caller answers 413:
 * closing a socket with unread data makes the kernel send a reset, and the client would see a
 * connection error instead of the status that tells it to split the batch.
 *
 * @example
 * const body = await readBody(req, 64 * 1024);
 * if (!body.ok && body.reason === 'too-large') sendJson(res, 413, { error: '…' });
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit * DRAIN_FACTOR) {
        req.destroy();
        resolve({ ok: false, reason: 'too-large' });
      } else if (size <= limit) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      if (size > limit) return resolve({ ok: false, reason: 'too-large' });
      try {
        // fatal: a body cut inside a multi-byte character must not turn into U+FFFD silently.
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        resolve({ ok: true, text });
      } catch {
        resolve({ ok: false, reason: 'not-utf8' });
      }
    });
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }));
  });
}
