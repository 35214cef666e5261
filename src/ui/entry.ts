// The card: preact, the prompt, its styles and its lifecycle. The act's entry, which draws it,
// exports it too, so a bundler and the script tag put both in one file, fetched only when a
// prompt is about to show (src/lazy/chunks.ts).
export { createCard } from './card';
