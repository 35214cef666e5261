/**
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, then random bits. Ids sort by creation
 * time, which keeps the queue in order without a separate index, and are made once per event,
 * never changed, so the receiver can deduplicate on them.
 */
import { randomBytes } from '../platform/env';

const hex = (b: number) => (b + 0x100).toString(16).slice(1);

/** A new UUIDv7 string for `now` (ms since the epoch). */
export function uuidv7(
  now: number = Date.now(),
  random: (n: number) => Uint8Array = randomBytes,
): string {
  const b = random(16);
  let ms = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = 0x70 | ((b[6] ?? 0) & 0x0f); // version 7
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f); // variant 10
  const h = Array.from(b, hex).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
