// Asks the bench's question through the loader stub before the script has loaded, and watches
// for the card. `__benchAskAt` is the trigger time (the stub call).
window.__benchAskAt = performance.now();
window.waypoint('ask', 'bench-rating');
window.__benchWatch('waypoint-prompt');
