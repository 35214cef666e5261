// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// Builds DOM from data without ever parsing markup: the dashboard shows customers' own words,
// so every string goes in as text (DESIGN §6), and the page runs under a CSP with no inline code.

/**
 * Creates an element. `props.text` sets its text, `props.className` its classes, anything else
 * an attribute (skipped when null, undefined or false).
 *
 * @example
 * h('td', { className: 'heat', 'data-stage': 'use' }, [h('span', { text: '72' })]);
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElement}
 */
export function h(tag, props = {}, children = []) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') element.textContent = String(value);
    else if (key === 'className') element.className = String(value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** Text only assistive technology reads, e.g. the full sentence behind a heatmap cell. */
/** @param {string} text */
export function hiddenText(text) {
  return h('span', { className: 'visually-hidden', text });
}
