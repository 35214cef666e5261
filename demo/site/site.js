// The demo shop's own behaviour: the "Give feedback" button, the tracked actions and the list of
// what the collector stored. A file, not inline handlers, because the pages run under a strict
// CSP (script-src 'self'). Everything is rendered with textContent, never as HTML.
(() => {
  const LATEST_URL = '/v1/events?limit=5';
  // The dashboard's key: reads are private, and `npm run demo` prints a shop link whose
  // fragment carries the read token; it stays in this tab's session only.
  const TOKEN_KEY = 'waypoint-read-token';
  const list = document.getElementById('latest-events');
  const status = document.getElementById('latest-status');

  function readToken() {
    const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function waypoint(...args) {
    // stub.js defines it before this file runs; calls queue until /waypoint.js has loaded.
    window.waypoint(...args);
  }

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value;
    if (className) element.className = className;
    return element;
  }

  function answerOf(event) {
    const answer = event.data?.answer;
    if (!answer || answer.value === undefined) return '';
    const value = Array.isArray(answer.value) ? answer.value.join(', ') : String(answer.value);
    return answer.followUp ? `${value} — “${answer.followUp}”` : value;
  }

  function renderEvent(event) {
    const item = document.createElement('li');
    item.className = 'latest__item';
    const time = text('time', new Date(event.time).toLocaleTimeString(), 'latest__time');
    time.dateTime = event.time;
    const kind = event.type.replace(/^waypoint\./, '');
    item.append(time, ' ', text('span', kind, 'latest__type'));
    const details = [event.subject, event.stage, answerOf(event)].filter(Boolean).join(' · ');
    if (details) item.append(' ', text('span', details, 'latest__details'));
    return item;
  }

  async function refresh() {
    const token = readToken();
    if (!token) {
      status.textContent =
        'Stored events are private: open the shop or dashboard link that npm run demo printed.';
      return;
    }
    try {
      const headers = { Authorization: `Bearer ${token}` };
      const response = await fetch(LATEST_URL, { cache: 'no-store', headers });
      if (!response.ok) throw new Error(`the collector answered ${response.status}`);
      const events = await response.json();
      list.replaceChildren(...events.map(renderEvent));
      status.textContent =
        events.length === 0 ? 'Nothing stored yet: answer a question to see it arrive.' : '';
    } catch (error) {
      status.textContent = `Could not load events: ${error.message}`;
    }
  }

  // One delegated listener for the page's buttons (DESIGN.md: event-driven, never polling).
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('#ask-nps')) {
      waypoint('ask', 'advocate-nps');
      return;
    }
    if (target?.closest('#refresh-events')) {
      refresh();
      return;
    }
    const tracked = target?.closest('[data-track]');
    if (tracked) {
      waypoint('track', tracked.dataset.track);
      status.textContent = `Tracked the event “${tracked.dataset.track}”.`;
    }
  });

  // The widget tells us when a batch was acknowledged: that is when the list changes.
  waypoint('on', 'sent', refresh);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  refresh();
})();
