// How figures print: medians with their min–max range, in DESIGN §9's units.
import type { Spread } from './stats.ts';

export const MIB = 1024 * 1024;
/** DESIGN §9's KB: 40,190 bytes is "40.2 KB". */
export const KB = 1000;

export const ms = (s: Spread) =>
  `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
export const signedMs = (s: Spread) =>
  `${s.median >= 0 ? '+' : ''}${s.median.toFixed(0)} ms (${s.min.toFixed(0)}…${s.max.toFixed(0)})`;
export const mib = (s: Spread) =>
  `${s.median >= 0 ? '+' : ''}${(s.median / MIB).toFixed(2)} MiB (${(s.min / MIB).toFixed(2)}…${(s.max / MIB).toFixed(2)})`;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
