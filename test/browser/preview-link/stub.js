// The documented loader stub (DESIGN.md §2), byte for byte what a site owner pastes: it queues
// calls made before /waypoint.js has loaded. A file, not inline, so the page's CSP holds.
// biome-ignore-all lint: the snippet is minimal on purpose and must match the docs exactly
// biome-ignore format: kept as the one-line snippet from the docs
window.waypoint=window.waypoint||function(){(waypoint.q=waypoint.q||[]).push(arguments)}
