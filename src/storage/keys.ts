// The keys of the visitor's profile on the device, kept by the journey and targeting and wiped
// by consent withdrawal (privacy/forget.ts); queued answers are kept apart from them.
export const VISITOR_KEY = 's/visitor';
export const JOURNEY_KEY = 's/journey';
export const STATE_KEY = 's/targeting';

/** The device's IndexedDB database: looked for (never created) before anything is kept. */
export const DB_NAME = 'waypoint';
