// Lets the bench know when the widget is up and how much is still queued.
window.waypoint('on', 'ready', () => {
  window.__benchReady = true;
});
window.__benchPending = () => window.waypoint('pending').then((p) => p.count);
