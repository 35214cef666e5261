// The public subpath `waypoint-feedback/wire`: what a server needs to receive the SDK's events
// (the event schema and the vocabulary it is written in), and the config check a server runs
// before it publishes a config, without the widget. The collector imports the SDK only here.

export { validateConfig } from '../config/parse.ts';
export { QUALITIES, QUALITY_NAMES, QUALITY_STAGES, type Quality } from '../model/qualities.ts';
export { answerScore, type Scorable, scaleScore } from '../model/score.ts';
export { DEFAULT_STAGES, type DefaultStage } from '../model/stages.ts';
export { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from './backoff.ts';
export { uuidv7 } from './uuid.ts';
export { checkWaypointEvent, type WireEvent, waypointEventSchema } from './wire-schema.ts';
