// The dashboard's rows and columns. Mirrors src/model/qualities.ts and src/model/stages.ts (the
// page is plain JavaScript served as is); test/browser/dashboard checks the two agree.

/** The eleven qualities in canonical order, with their display names. */
export const QUALITIES = [
  ['perspective', 'Perspective'],
  ['preventive', 'Preventive'],
  ['duration', 'Duration'],
  ['dynamic', 'Dynamic'],
  ['choice', 'Choice'],
  ['multifaceted', 'Multi-faceted'],
  ['operational', 'Operational'],
  ['integrative', 'Integrative'],
  ['anticipatory', 'Anticipatory'],
  ['transparent', 'Transparent'],
  ['advocate', 'Advocate'],
].map(([id, name]) => ({ id, name }));

/** The eight default journey stages in order. */
export const STAGES = ['aware', 'explore', 'decide', 'onboard', 'use', 'support', 'renew', 'exit'];

/** 'multifaceted' → 'Multi-faceted'; an id the model does not know is shown as it is. */
export function qualityName(id) {
  return QUALITIES.find((quality) => quality.id === id)?.name ?? id ?? '';
}

/** 'use' → 'Use': stage ids are lowercase words. */
export function stageName(id) {
  return id ? id.charAt(0).toUpperCase() + id.slice(1) : '';
}
