/**
 * Gives a shadow root its stylesheet without an inline style in the CSP sense: a constructable
 * stylesheet, adopted. Browsers before constructable stylesheets get a <style> element, which
 * needs `style-src` to allow it (the nonce is carried). Shared by the card and the launcher tab.
 */
export function adoptStyles(
  root: ShadowRoot,
  doc: Document,
  css: string,
  nonce: string | undefined,
): void {
  try {
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.appendChild(style);
  }
}
