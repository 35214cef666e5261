// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The dashboard's rows and columns: the SDK's qualities and stages, in the SDK's order, as the
// collector serves them (GET /v1/model), so there is no hand copy here to drift.

/** @typedef {{ qualities: Array<{ id: string, name: string }>, stages: string[] }} Model */

/** @type {Model} */
let model = { qualities: [], stages: [] };

/** Keeps what `GET /v1/model` answered: `{ qualities: [{ id, name }], stages: [id] }`. */
/** @param {Model} next */
export function setModel(next) {
  model = next;
}

/** The qualities in canonical order, `{ id, name }` each. */
export function qualities() {
  return model.qualities;
}

/** The default journey stages in order. */
export function stages() {
  return model.stages;
}

/** 'multifaceted' → 'Multi-faceted'; an id the model does not know is shown as it is. */
/** @param {string | null | undefined} id */
export function qualityName(id) {
  return model.qualities.find((quality) => quality.id === id)?.name ?? id ?? '';
}

/** 'use' → 'Use': stage ids are lowercase words. */
/** @param {string | null | undefined} id */
export function stageName(id) {
  return id ? id.charAt(0).toUpperCase() + id.slice(1) : '';
}
