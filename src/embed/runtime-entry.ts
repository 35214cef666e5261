// The runtime chunk: what the tag's core wakes when a page view needs more than reading its
// config (a call, something that may ask itself, the launcher, our data on the device, debug).
import type { ResolvedConfig } from '../config/resolved';
import type * as Chunks from '../lazy/chunks';
import { handChunks } from '../lazy/chunks-handed';
import type { RuntimeOptions } from '../root/api';
import { createRuntime } from '../root/runtime';
import { deviceStorage } from '../storage/device';
import { runCommand } from './commands';
import { sharedStorage } from './shared-store';

/**
 * The runtime, handed the core's chunk loaders and its look at the device (`holds`, so the
 * device is looked at once per page view): the device's storage (opened once, shared by the
 * `data-config` copy and the runtime) and the start of an instance on a resolved config.
 *
 * @example
 * const awake = awaken(chunks, () => mayHoldData());
 * const wp = awake.start(config, { stage });
 * awake.runCommand(wp, ['ask', 'advocate-nps'], console.error);
 */
export function awaken(chunks: typeof Chunks, holds?: () => Promise<boolean>) {
  handChunks(chunks);
  const storage = sharedStorage(deviceStorage(chunks.loadStorage, holds));
  return {
    storage,
    start: (config: ResolvedConfig, options: RuntimeOptions) =>
      createRuntime(config, { ...options, openStorage: storage }),
    runCommand,
  };
}
