// The demo shop's own behaviour: the "Give feedback" button, the tracked actions and the list of
// what the collector stored. A file, not inline handlers, because the pages run under a strict
// CSP (script-src 'self'). Everything is rendered with textContent, never as HTML.
(() => {
  const LATEST_URL = '/v1/events?limit=5';
  const list = document.getElementById('latest-events');
  const status = document.getElementById('latest-status');

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
    try {
      const response = await fetch(LATEST_URL, { cache: 'no-store' });
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
