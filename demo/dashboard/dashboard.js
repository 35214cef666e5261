// Placeholder dashboard: the latest stored events as a table, from GET /v1/events. A file, not
// an inline script, because the page runs under script-src 'self'; cells are set as text only.
(() => {
  const form = document.getElementById('filters');
  const body = document.getElementById('events-body');
  const status = document.getElementById('dashboard-status');

  function cell(value, tag = 'td') {
    const element = document.createElement(tag);
    element.textContent = value ?? '';
    return element;
  }

  function answerOf(data) {
    const answer = data?.answer;
    if (!answer || answer.value === undefined) return '';
    const value = Array.isArray(answer.value) ? answer.value.join(', ') : String(answer.value);
    return answer.followUp ? `${value} — “${answer.followUp}”` : value;
  }

  function row(event) {
    const tr = document.createElement('tr');
    const when = cell('');
    const time = document.createElement('time');
    time.dateTime = event.time;
    time.textContent = new Date(event.time).toLocaleString();
    when.append(time);
    tr.append(
      when,
      cell(event.type.replace(/^waypoint\./, '')),
      cell(event.stage),
      cell(event.quality),
      cell(event.data?.question?.text ?? event.subject),
      cell(answerOf(event.data)),
      cell(event.data?.context?.page),
    );
    return tr;
  }

  function query() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value !== '') params.set(key, value);
    }
    return params;
  }

  async function load() {
    status.textContent = 'Loading…';
    try {
      const response = await fetch(`/v1/events?${query()}`, { cache: 'no-store' });
      const payload = await response.json();
      if (!response.ok) throw new Error(payload.error ?? `HTTP ${response.status}`);
      body.replaceChildren(...payload.map(row));
      status.textContent =
        payload.length === 0
          ? 'No events match. Answer a question in the shop, then come back.'
          : `${payload.length} event${payload.length === 1 ? '' : 's'}.`;
    } catch (error) {
      status.textContent = `Could not load events: ${error.message}`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
})();
