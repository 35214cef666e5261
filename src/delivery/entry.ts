// The delivery chunk: the durable queue, the flusher and the recorder. The core loads it when
// there is something to send: records an earlier page left, or an event just recorded.

// Rare work kept out of the core: carrying a localStorage visit back into IndexedDB.
export { carryBack } from './carry-back';
export { startSending } from './sender';
