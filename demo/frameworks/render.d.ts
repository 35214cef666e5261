// TEMPORARY, until `render` is in src/api.ts (DESIGN §2: `render(target, id)`, being added):
// then delete this file and the `as Rendering` casts in the examples. A module augmentation of
// `Waypoint` would be global to the root tsconfig and make src/runtime.ts fail to type-check
// (its instance has no `render` yet), so this is a local type instead.
import type { Waypoint } from 'waypoint-feedback';

/** A Waypoint instance that can draw a question or survey inline in a page element. */
export type Rendering = Waypoint & { render(target: string | Element, id: string): void };
