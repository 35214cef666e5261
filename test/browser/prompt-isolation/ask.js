// Asks the NPS as soon as the widget is there. A file, not inline, because of the page's CSP.
window.waypoint('ask', 'advocate-nps');
