// The dashboard page: reads the date range, fetches GET /v1/summary and draws it. A module file,
// not an inline script, because the page runs under script-src 'self'; everything is built with
// createElement and textContent (dom.js).
import { rangeFromSearch, rangeToSearch } from './date-range.js';
import { startEventsTable } from './events-table.js';
import { renderFigures } from './figures.js';
import * as format from './format.js';
import { renderHeatmap } from './heatmap.js';
import { renderLatestText } from './latest-text.js';

const byId = (id) => document.getElementById(id);
const form = byId('range');
const status = byId('summary-status');
const sections = byId('summary');
let running;

function readForm() {
  const range = { from: form.elements.from.value, to: form.elements.to.value };
  const site = new URLSearchParams(location.search).get('site');
  if (site) range.site = site;
  return range;
}

function describeRange(summary) {
  const { from, to } = summary.range;
  const span = from === to ? format.day(from) : `${format.day(from)} to ${format.day(to)}`;
  const site = summary.site ? ` on ${summary.site}` : '';
  const { answers, shown } = summary.totals;
  if (answers === 0 && shown === 0) {
    return `No feedback from ${span} (UTC)${site}. Answer a question in the shop, or widen the range.`;
  }
  return `${span} (UTC)${site}: ${format.plural(answers, 'answer')}, ${format.plural(shown, 'prompt')} shown.`;
}

async function load() {
  const range = readForm();
  const search = rangeToSearch(range);
  // A newer range wins: the answer to an older request must not overwrite it.
  running?.abort();
  const controller = new AbortController();
  running = controller;
  status.textContent = 'Loading…';
  sections.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(`/v1/summary?${search}`, {
      cache: 'no-store',
      signal: controller.signal,
    });
    const summary = await response.json();
    if (!response.ok) throw new Error(summary.error ?? `HTTP ${response.status}`);
    renderFigures(byId('figures'), summary);
    renderHeatmap(byId('heatmap'), summary);
    renderLatestText(byId('latest-text'), summary.latestText, byId('latest-text-empty'));
    sections.hidden = false;
    status.textContent = describeRange(summary);
    history.replaceState(null, '', `${location.pathname}?${search}`);
  } catch (error) {
    if (error.name === 'AbortError') return;
    // Figures of the previous range under this range's heading would mislead.
    sections.hidden = true;
    status.textContent = `Could not load the summary: ${error.message}`;
  } finally {
    if (running === controller) sections.removeAttribute('aria-busy');
  }
}

const initial = rangeFromSearch(location.search);
form.elements.from.value = initial.from;
form.elements.to.value = initial.to;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
// A date picker commits a whole date at once; "change" fires then, not on every keystroke.
form.addEventListener('change', load);
load();

startEventsTable({
  form: byId('filters'),
  body: byId('events-body'),
  status: byId('dashboard-status'),
});
