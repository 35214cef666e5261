// A tiny single-page app: links with data-route change the URL with history.pushState and
// re-render without a page load; the back button (popstate) re-renders too. Test hooks record
// what the widget reported, in order.
(() => {
  const title = document.getElementById('title');
  const render = () => {
    title.textContent = location.hash.startsWith('#/') ? location.hash.slice(1) : location.pathname;
  };
  window.navigate = (path) => {
    history.pushState(null, '', path);
    render();
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-route]') : null;
    if (!link) return;
    event.preventDefault();
    window.navigate(link.getAttribute('href'));
  });
  window.addEventListener('popstate', render);
  window.addEventListener('hashchange', render);

  window.seen = [];
  for (const name of ['stage', 'shown', 'dismissed', 'answer']) {
    window.waypoint('on', name, (e) => {
      window.seen.push(
        name === 'stage'
          ? `stage ${e.previous}→${e.stage}`
          : `${name} ${e.questionId} (${e.trigger ?? ''})`,
      );
    });
  }
})();
