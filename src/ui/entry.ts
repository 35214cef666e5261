// The card's chunk: preact, the prompt, its styles and its lifecycle. The core reaches it through
// one dynamic import (src/lazy/chunks.ts), only when a prompt is about to show.
export { createCard } from './card';
