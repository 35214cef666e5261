// The script tag's validation chunk: the schema and its messages, loaded only when a config
// version has not been checked on this device yet (src/embed/verdict.ts).
export { WaypointConfigError } from './error';
export { validateConfig } from './parse';
