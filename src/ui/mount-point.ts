/**
 * Where the card's host goes: `<body>`, where axe-core (and so Lighthouse) looks for contrast
 * and target sizes, unless body's own styles would capture a `position: fixed` card (CSS
 * Position 3 §3.2), then `<html>`, out of their reach.
 */

type Style = Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** Each property with its neutral value: anything else captures the card. */
const NEUTRAL =
  'transform:none;translate:none;scale:none;rotate:none;perspective:none;filter:none;' +
  'backdrop-filter:none;clip-path:none;mask-image:none;opacity:1;zoom:1;' +
  'container-type:normal;content-visibility:visible';

/** The body styles that would move, clip, fade or shrink a fixed card inside it. */
export function capturingStyles(style: Style): string[] {
  const found: string[] = [];
  for (const pair of NEUTRAL.split(';')) {
    const [name, neutral] = pair.split(':') as [string, string];
    const value = style.getPropertyValue(name).trim();
    if (value !== '' && value !== neutral) found.push(name);
  }
  if (/paint|layout|strict|content/.test(style.getPropertyValue('contain'))) found.push('contain');
  if (
    /transform|perspective|filter|translate|scale|rotate/.test(
      style.getPropertyValue('will-change'),
    )
  ) {
    found.push('will-change');
  }
  return found;
}

/** The element to append the host to: body, unless body would capture a fixed card. */
export function mountPoint(doc: Document): HTMLElement {
  const body = doc.body;
  const view = doc.defaultView;
  if (!body || !view) return doc.documentElement;
  return capturingStyles(view.getComputedStyle(body)).length ? doc.documentElement : body;
}
