// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// A bar of n out of a total, drawn as SVG (attributes, not inline styles: the page's CSP has
// no 'unsafe-inline') and hidden from assistive technology: its numbers are printed beside it.
const SVG = 'http://www.w3.org/2000/svg';

/**
 * A bar of `n` out of `of`, 100 units wide; the CSS gives it its real width. Its parts are
 * `<block>__bar`, `<block>__track` and `<block>__fill`.
 *
 * @example
 * cell.append(bar(3, 10, 'funnel'));
 * @param {number} n
 * @param {number} of
 * @param {string} block
 */
export function bar(n, of, block) {
  const element = document.createElementNS(SVG, 'svg');
  element.setAttribute('viewBox', '0 0 100 10');
  element.setAttribute('preserveAspectRatio', 'none');
  element.setAttribute('class', `${block}__bar`);
  element.setAttribute('aria-hidden', 'true');
  const track = document.createElementNS(SVG, 'rect');
  track.setAttribute('class', `${block}__track`);
  track.setAttribute('width', '100');
  track.setAttribute('height', '10');
  const fill = document.createElementNS(SVG, 'rect');
  fill.setAttribute('class', `${block}__fill`);
  fill.setAttribute('width', of === 0 ? '0' : ((n / of) * 100).toFixed(1));
  fill.setAttribute('height', '10');
  element.append(track, fill);
  return element;
}
