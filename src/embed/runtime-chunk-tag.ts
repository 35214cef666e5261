// The script tag's version of `runtime-chunk.ts`: the runtime chunk's built file, fetched from
// the tag's base URL with the files it imports beside it.
import { loadChunk } from '../lazy/chunks-tag';
import type * as Runtime from './runtime-entry';

export const loadRuntime = () => loadChunk<typeof Runtime>('runtime');
