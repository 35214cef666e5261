// The host page's own button asks the question (?q=<id>, default the NPS), the way a site's
// "Give feedback" link would. A file, not an inline handler, because of the page's CSP.
(() => {
  const question = new URLSearchParams(location.search).get('q') || 'advocate-nps';
  document.getElementById('ask').addEventListener('click', () => {
    window.waypoint('ask', question);
  });
})();
