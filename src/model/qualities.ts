/**
 * The eleven qualities of customer experience. Every question measures exactly one of them.
 * The order is the canonical order used in reports and the dashboard.
 */
export const QUALITIES = [
  'perspective',
  'preventive',
  'duration',
  'dynamic',
  'choice',
  'multifaceted',
  'operational',
  'integrative',
  'anticipatory',
  'transparent',
  'advocate',
] as const;

/** One quality id, e.g. `'advocate'`. */
export type Quality = (typeof QUALITIES)[number];

/** What each quality asks about, in the customer's terms (shown by "Why am I asked?"). */
export const QUALITY_NAMES: Record<Quality, string> = {
  perspective: 'Perspective',
  preventive: 'Preventive',
  duration: 'Duration',
  dynamic: 'Dynamic',
  choice: 'Choice',
  multifaceted: 'Multi-faceted',
  operational: 'Operational',
  integrative: 'Integrative',
  anticipatory: 'Anticipatory',
  transparent: 'Transparent',
  advocate: 'Advocate',
};

/**
 * The stages where a question of each quality makes sense when the question names none
 * (DESIGN §2: "stages omitted means its quality's default stages").
 */
export const QUALITY_STAGES: Record<Quality, readonly string[]> = {
  perspective: ['explore', 'use', 'support'],
  preventive: ['decide', 'onboard', 'support'],
  duration: ['use', 'support', 'renew', 'exit'],
  dynamic: ['explore', 'renew', 'exit'],
  choice: ['decide', 'renew'],
  multifaceted: ['onboard', 'use'],
  operational: ['onboard', 'support'],
  integrative: ['use', 'support'],
  anticipatory: ['use', 'renew'],
  transparent: ['decide', 'support', 'exit'],
  advocate: ['use', 'renew'],
};
