// The raw export: the latest stored events as a table, from GET /v1/events, with its own
// filters (type, since, how many).
import { h } from './dom.js';
import * as format from './format.js';

function answerOf(data) {
  const answer = data?.answer;
  if (!answer || answer.value === undefined) return '';
  const value = Array.isArray(answer.value) ? answer.value.join(', ') : String(answer.value);
  return answer.followUp ? `${value} — “${answer.followUp}”` : value;
}

function row(event) {
  return h('tr', {}, [
    h('td', {}, [h('time', { dateTime: event.time, text: format.dateTime(event.time) })]),
    h('td', { text: event.type.replace(/^waypoint\./, '') }),
    h('td', { text: event.stage ?? '' }),
    h('td', { text: event.quality ?? '' }),
    h('td', { text: event.data?.question?.text ?? event.subject ?? '' }),
    h('td', { text: answerOf(event.data) }),
    h('td', { text: event.data?.context?.page ?? '' }),
  ]);
}

/**
 * Wires the events form to the table: loads on start and on every submit.
 *
 * @example
 * startEventsTable({ form, body: tbody, status });
 */
export function startEventsTable({ form, body, status }) {
  async function load() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value !== '') params.set(key, value);
    }
    status.textContent = 'Loading events…';
    try {
      const response = await fetch(`/v1/events?${params}`, { cache: 'no-store' });
      const payload = await response.json();
      if (!response.ok) throw new Error(payload.error ?? `HTTP ${response.status}`);
      body.replaceChildren(...payload.map(row));
      status.textContent =
        payload.length === 0
          ? 'No events match. Answer a question in the shop, then come back.'
          : `${format.plural(payload.length, 'event')}, newest first.`;
    } catch (error) {
      status.textContent = `Could not load events: ${error.message}`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
}
