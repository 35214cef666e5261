// A consent manager that withdraws consent before the widget has loaded: the call waits in the
// loader stub's queue and is replayed as soon as the widget exists.
window.waypoint('consent', false);
