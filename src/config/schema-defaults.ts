/**
 * The config's defaults, written once: the schema declares them (and so the JSON Schema), and
 * the resolver fills them in for the script-tag core, which carries no zod.
 */
/** What a question and a survey share: asked at their stages, everyone, every 90 days at most. */
export const TARGETING = {
  trigger: { on: 'stage' },
  sample: 1,
  cooldownDays: 90,
  priority: 0,
} as const;

export const QUESTION = { multiple: false, shuffle: false, maxLength: 1000, version: 1 } as const;

export const LIMITS = {
  promptsPerSession: 1,
  daysBetweenPrompts: 14,
  dismissCooldownDays: 30,
} as const;
export const PER_STAGE = { max: 1, days: 30 } as const;
export const PER_QUALITY = { max: 1, days: 90 } as const;

export const APPEARANCE = {
  position: 'bottom-right',
  theme: 'auto',
  accent: '#4f46e5',
  zIndex: 2147483000,
} as const;
export const LAUNCHER = { position: 'right' } as const;

export const PRIVACY = { anonymous: false, requireConsent: false, scrubText: true } as const;

export const LOCALE = 'auto';
export const DEBUG = false;
