// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The raw export: the latest stored events as a table, from GET /v1/events, with its own
// filters (type, since, how many) and the page's site filter.
import { api, SignInNeeded } from './auth.js';
import { h } from './dom.js';
import * as format from './format.js';

/** @param {Record<string, any>} data */
function answerOf(data) {
  const answer = data?.answer;
  if (!answer || answer.value === undefined) return '';
  const value = Array.isArray(answer.value) ? answer.value.join(', ') : String(answer.value);
  return answer.followUp ? `${value} — “${answer.followUp}”` : value;
}

/** @param {import('../src/event.ts').StoredEvent & { data: Record<string, any> }} event */
function row(event) {
  return h('tr', {}, [
    h('td', {}, [h('time', { dateTime: event.time, text: format.dateTime(event.time) })]),
    h('td', { text: event.type.replace(/^waypoint\./, '') }),
    h('td', { text: event.site ?? '' }),
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
 * startEventsTable({ form, body: tbody, status, csv: button, site: () => 'shop' });
 * @param {{ form: HTMLFormElement, body: HTMLElement, status: HTMLElement, csv: HTMLElement, site: () => string }} parts
 * @returns {() => void} loads the table again (after the site filter changed)
 */
export function startEventsTable({ form, body, status, csv, site }) {
  function filters() {
    const params = new URLSearchParams();
    if (site()) params.set('site', site());
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value !== '') params.set(key, value);
    }
    return params;
  }

  async function load() {
    const params = filters();
    status.textContent = 'Loading events…';
    try {
      const response = await api(`/v1/events?${params}`);
      const payload = await response.json();
      if (!response.ok) throw new Error(payload.error ?? `HTTP ${response.status}`);
      body.replaceChildren(...payload.map(row));
      status.textContent =
        payload.length === 0
          ? 'No events match. Answer a question on your site, then come back.'
          : `${format.plural(payload.length, 'event')}, newest first.`;
    } catch (error) {
      if (error instanceof SignInNeeded) return;
      status.textContent = `Could not load events: ${error.message}`;
    }
  }

  // A link cannot carry the token, so the CSV is fetched with it and handed over as a file.
  async function download() {
    const params = filters();
    params.set('format', 'csv');
    try {
      const response = await api(`/v1/events?${params}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      h('a', { href: url, download: 'waypoint-events.csv' }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      status.textContent = `Could not export CSV: ${error.message}`;
    }
  }

  csv.addEventListener('click', download);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
  return load;
}
