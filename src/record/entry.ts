// The delivery chunk: the durable queue, the flusher and the recorder. The core loads it when
// there is something to send: records an earlier page left, or an event just recorded.
export { startSending } from './sender';
