// What a site owner does on load, before the widget has loaded (the stub queues the calls): ask
// for a card, and send what waits (neither promise is awaited, as is common).
window.waypoint('ask', 'advocate-nps');
window.waypoint('ask', 'good-q');
window.waypoint('flush');
window.waypoint('pending');
