// The documented loader stub (DESIGN.md §2), as a site owner pastes it, copied from demo/site.
// biome-ignore-all lint: the snippet is minimal on purpose and must match the docs exactly
// biome-ignore format: kept as the one-line snippet from the docs
window.waypoint=window.waypoint||function(){(waypoint.q=waypoint.q||[]).push(arguments)}
