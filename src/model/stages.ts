/**
 * The default journey, from the moment a customer becomes aware of a need until it is gone.
 * A site may replace it with its own ordered list of stage ids in the config.
 */
export const DEFAULT_STAGES = [
  'aware',
  'explore',
  'decide',
  'onboard',
  'use',
  'support',
  'renew',
  'exit',
] as const;

/** A default stage id. Sites may use their own ids too, so most APIs take a plain `string`. */
export type DefaultStage = (typeof DEFAULT_STAGES)[number];
