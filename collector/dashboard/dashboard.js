// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The dashboard page: reads the date range, fetches GET /v1/summary and draws it. A module file,
// not an inline script, because the page runs under script-src 'self'; everything is built with
// createElement and textContent (dom.js).
import { api, hasToken, SignInNeeded, signIn, takeTokenFromUrl } from './auth.js';
import { openCell } from './cell-view.js';
import { rangeFromSearch, rangeToSearch } from './date-range.js';
import { startEventsTable } from './events-table.js';
import { renderFigures } from './figures.js';
import * as format from './format.js';
import { renderHeatmap } from './heatmap.js';
import { renderLatestText } from './latest-text.js';
import { setModel, stageName, stages } from './model.js';
import { fillSiteFilter, siteTitle } from './sites.js';
import { renderSurveys } from './surveys.js';
import { renderTrend } from './trend.js';
import { renderWords } from './words.js';

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ (byId('range'));
const status = byId('summary-status');
const sections = byId('summary');
/** @type {AbortController | undefined} */
let running;
/** @type {import('./sites.js').SiteSeen[]} */
let sites = [];
/** Loads the events table again; set once it started. */
let reloadEvents = () => {};

/** A form's control by name (an input or a select: both have `value`). */
/**
 * @param {HTMLFormElement} form
 * @param {string} name
 */
function field(form, name) {
  return /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
}

function readForm() {
  /** @type {import('./date-range.js').Range} */
  const range = { from: field(form, 'from').value, to: field(form, 'to').value };
  if (field(form, 'site').value) range.site = field(form, 'site').value;
  if (field(form, 'stage').value) range.stage = field(form, 'stage').value;
  return range;
}

/** @param {import('../src/summary-types.ts').Summary} summary */
function describeRange(summary) {
  const { from, to } = summary.range;
  const span = from === to ? format.day(from) : `${format.day(from)} to ${format.day(to)}`;
  const site = summary.site ? ` on ${summary.site}` : '';
  const { answers, shown } = summary.totals;
  if (answers === 0 && shown === 0) {
    return `No feedback from ${span} (UTC)${site}. Answer a question on your site, or widen the range.`;
  }
  return `${span} (UTC)${site}: ${format.plural(answers, 'answer')}, ${format.plural(shown, 'prompt')} shown.`;
}

/** The words of the range; a failure says so in its own panel, the summary still shows. */
/**
 * @param {string} search
 * @param {AbortSignal} signal
 */
async function loadWords(search, signal) {
  const wordsStatus = byId('words-status');
  try {
    const response = await api(`/v1/summary/words?${search}`, { signal });
    const words = await response.json();
    if (!response.ok) throw new Error(words.error ?? `HTTP ${response.status}`);
    renderWords(byId('words'), words, byId('words-empty'), (quality, term, button) =>
      openCell({ quality, term, ...(words.stage ? { stage: words.stage } : {}) }, search, button),
    );
    wordsStatus.textContent = '';
  } catch (error) {
    if (error.name === 'AbortError' || error instanceof SignInNeeded) return;
    byId('words').replaceChildren();
    wordsStatus.textContent = `Could not load the words: ${error.message}`;
  }
}

async function load() {
  const range = readForm();
  const search = rangeToSearch(range);
  // A newer range wins: the answer to an older request must not overwrite it.
  running?.abort();
  const controller = new AbortController();
  running = controller;
  status.textContent = 'Loading…';
  byId('site-name').textContent = siteTitle(sites, range.site ?? '');
  sections.setAttribute('aria-busy', 'true');
  try {
    const words = loadWords(search, controller.signal);
    const response = await api(`/v1/summary?${search}`, { signal: controller.signal });
    const summary = await response.json();
    if (!response.ok) throw new Error(summary.error ?? `HTTP ${response.status}`);
    renderFigures(byId('figures'), summary);
    renderHeatmap(
      /** @type {HTMLTableElement} */ (byId('heatmap')),
      summary,
      (quality, stage, cell) => openCell({ quality, stage }, search, cell),
    );
    renderTrend(byId('trend'), summary, byId('trend-empty'));
    renderSurveys(byId('surveys'), summary, byId('surveys-empty'));
    renderLatestText(byId('latest-text'), summary.latestText, byId('latest-text-empty'));
    sections.hidden = false;
    status.textContent = describeRange(summary);
    await words;
    history.replaceState(null, '', `${location.pathname}?${search}`);
  } catch (error) {
    if (error.name === 'AbortError') return;
    if (error instanceof SignInNeeded) return showSignIn(error.message);
    // Figures of the previous range under this range's heading would mislead.
    sections.hidden = true;
    status.textContent = `Could not load the summary: ${error.message}`;
  } finally {
    if (running === controller) sections.removeAttribute('aria-busy');
  }
}

/** Signed out (no token, or a refused one): only the sign-in form shows. */
/** @param {string} reason */
function showSignIn(reason) {
  byId('signed-in').hidden = true;
  byId('sign-in').hidden = false;
  byId('sign-in-status').textContent = hasToken() ? '' : `Reads are private: ${reason}.`;
  field(/** @type {HTMLFormElement} */ (byId('sign-in')), 'token').focus();
}

async function start() {
  try {
    // One after the other: a refused token is then one refusal, not two.
    const model = await api('/v1/model');
    if (!model.ok) throw new Error(`HTTP ${model.status}`);
    const seen = await api('/v1/sites');
    if (!seen.ok) throw new Error(`HTTP ${seen.status}`);
    setModel(await model.json());
    sites = (await seen.json()).sites;
    const wanted = new URLSearchParams(location.search);
    field(form, 'stage').append(
      ...stages().map((id) => new Option(stageName(id), id, false, id === wanted.get('stage'))),
    );
    fillSiteFilter(
      /** @type {HTMLSelectElement} */ (/** @type {unknown} */ (field(form, 'site'))),
      sites,
      wanted.get('site'),
    );
  } catch (error) {
    if (error instanceof SignInNeeded) return showSignIn(error.message);
    status.textContent = `Could not reach the collector: ${error.message}`;
    return;
  }
  byId('sign-in').hidden = true;
  byId('signed-in').hidden = false;
  load();
  reloadEvents = startEventsTable({
    form: /** @type {HTMLFormElement} */ (byId('filters')),
    body: byId('events-body'),
    status: byId('dashboard-status'),
    csv: byId('download-csv'),
    site: () => field(form, 'site').value,
  });
}

const initial = rangeFromSearch(location.search);
field(form, 'from').value = initial.from;
field(form, 'to').value = initial.to;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
// A date picker commits a whole date at once; "change" fires then, not on every keystroke.
form.addEventListener('change', (event) => {
  load();
  // The site filter narrows the stored events too.
  if (/** @type {HTMLElement} */ (event.target).id === 'site-filter') reloadEvents();
});
byId('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  signIn(field(/** @type {HTMLFormElement} */ (event.currentTarget), 'token').value);
  start();
});
takeTokenFromUrl();
start();
