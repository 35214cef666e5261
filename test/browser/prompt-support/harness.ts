// Shared by the prompt's browser scenarios: one demo server (the scenario's own pages, the
// built bundle, a real SQLite collector) and one Chromium per spec file, one page per case,
// with every page error, console error and CSP violation collected as it happens.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Demo } from '../../../demo/server';
import { launch } from '../chromium';
import { serveScenario } from '../serve';

export interface Scenario {
  demo: Demo;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Serves `test/browser/<folder>` beside the collector and opens a fresh Chromium profile. */
export async function startScenario(folder: string): Promise<Scenario> {
  const served = await serveScenario(join('test/browser', folder), { rateLimit: false });
  const browser = await launch();
  return {
    demo: served.demo,
    context: browser.context,
    async close() {
      await browser.close();
      await served.dispose();
    },
  };
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Default 'reduce': no entrance animation, so screenshots and boxes are final at once. */
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Opens `path` and resolves once the widget has loaded. */
export async function openPage(
  s: Scenario,
  path: string,
  o: OpenOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await s.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.setViewportSize({ width: o.width ?? 1280, height: o.height ?? 800 });
  await page.emulateMedia({
    colorScheme: o.colorScheme ?? 'light',
    reducedMotion: o.reducedMotion ?? 'reduce',
  });
  // Registered before any page script, so even a violation during load is counted.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
  });
  await page.goto(s.demo.url + path);
  await page.waitForFunction(
    () => (window as unknown as { waypoint?: { loaded?: boolean } }).waypoint?.loaded === true,
  );
  return { page, problems };
}

/** Opens `path` and resolves once the card's question is on screen. */
export async function openPrompt(s: Scenario, path: string, o: OpenOptions = {}) {
  const opened = await openPage(s, path, o);
  await opened.page.locator('waypoint-prompt .wp-card').waitFor();
  return opened;
}

const AXE = resolve('node_modules/axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeResult {
  /** Rule id, and the targets that break it. */
  violations: Array<{ id: string; help: string; nodes: string[] }>;
  /** Ids of the rules that checked something and found it fine. */
  passed: string[];
  /** Rule ids axe could not decide, with its reason ("color-contrast: shortTextContent"). */
  undecided: string[];
}

/**
 * Runs axe-core on the prompt (its host and open shadow tree) with the WCAG 2.x A/AA tags.
 * axe is served same-origin through a route, so the page's strict CSP stays on while it runs.
 */
export async function runAxe(page: Page): Promise<AxeResult> {
  await page.route('**/__axe.min.js', (route) => route.fulfill({ path: AXE }));
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: '/__axe.min.js' });
  }
  return page.evaluate(async (tags) => {
    interface Rule {
      id: string;
      help: string;
      nodes: Array<{ target: unknown[]; any: Array<{ data?: { messageKey?: string } | null }> }>;
    }
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<Record<'violations' | 'passes' | 'incomplete', Rule[]>>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['waypoint-prompt']] },
      { runOnly: { type: 'tag', values: tags } },
    );
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      passed: result.passes.map((p) => p.id),
      undecided: [
        ...new Set(
          result.incomplete.flatMap((r) =>
            r.nodes.map((n) => `${r.id}: ${n.any[0]?.data?.messageKey ?? 'unknown'}`),
          ),
        ),
      ],
    };
  }, AXE_TAGS);
}

/**
 * The lowest WCAG contrast of any visible text in the card against the background it sits on,
 * computed in the page from computed styles. An oracle independent of axe, which skips
 * Arabic text (its icon-ligature heuristic mistakes Arabic's joined letters for icons).
 */
export async function lowestTextContrast(page: Page): Promise<{ ratio: number; text: string }> {
  return page.locator('waypoint-prompt').evaluate((host) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) =>
      0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) >= 1) return c;
      }
      return [255, 255, 255];
    };
    let worst = { ratio: 21, text: '' };
    const root = host.shadowRoot as ShadowRoot;
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent?.trim())
        .join('');
      const box = el.getBoundingClientRect();
      if (!text || box.width <= 1 || box.height <= 1) continue; // visually hidden text
      const [a, b] = [lum(rgba(getComputedStyle(el).color)), lum(background(el))].sort(
        (x, y) => y - x,
      ) as [number, number];
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < worst.ratio) worst = { ratio, text };
    }
    return worst;
  });
}

export const SCREENSHOTS = resolve('test-results/screenshots');

/** Saves a screenshot (the viewport, or `clip`) as test-results/screenshots/<name>.png. */
export async function screenshot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, clip });
  return path;
}
