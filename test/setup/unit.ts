// Unit tests: a fresh IndexedDB for every test (RELIABILITY "Testing recipes"), and an empty
// page between tests, so no test sees another's data or prompt.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  // Node-environment files (test/unit/demo) have no DOM.
  if (typeof document === 'undefined') return;
  document.body.replaceChildren();
  // The card may be mounted on <html> (when body would capture fixed positioning).
  for (const el of document.querySelectorAll('waypoint-prompt')) el.remove();
  localStorage.clear();
});
