/**
 * What a site owner's tag says: `data-*` attributes, an inline
 * `<script type="application/json" id="waypoint-config">`, and a `data-config` URL.
 */

export interface TagSettings {
  /** Config keys given as attributes; they override the same keys from JSON. */
  overrides: Record<string, unknown>;
  inline: unknown;
  inlineError?: string;
  configUrl?: string;
  stage?: string;
  /** The question or survey a preview link (`#waypoint-preview=<id>`) shows. */
  preview?: string;
}

const truthy = (v: string) => v === '' || v === 'true' || v === '1';

/** Reads the tag and the inline JSON config. Never throws. */
export function readTag(script: HTMLScriptElement | null, doc: Document): TagSettings {
  const d = script?.dataset ?? {};
  const overrides: Record<string, unknown> = {};
  if (d.site) overrides.site = d.site;
  if (d.endpoint) overrides.endpoint = d.endpoint;
  if (d.locale) overrides.locale = d.locale;
  if (d.debug !== undefined) overrides.debug = truthy(d.debug);
  // A switch in the address: debug mode on a live page, without editing the tag.
  if (doc.location?.hash.includes('waypoint-debug')) overrides.debug = true;

  let inline: unknown;
  let inlineError: string | undefined;
  const el = doc.getElementById('waypoint-config');
  if (el?.textContent?.trim()) {
    try {
      inline = JSON.parse(el.textContent);
    } catch (e) {
      inlineError = `the inline config (#waypoint-config) is not valid JSON: ${(e as Error).message}`;
    }
  }
  return {
    overrides,
    inline,
    inlineError,
    configUrl: d.config || undefined,
    stage: d.stage || undefined,
    preview: /waypoint-preview=([^&]+)/.exec(doc.location?.hash ?? '')?.[1],
  };
}

/** Our own `<script>` element: the running one, else the first that looks like ours. */
export function findOwnScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return doc.querySelector<HTMLScriptElement>(
    'script[data-endpoint],script[data-site],script[src*="waypoint"]',
  );
}
