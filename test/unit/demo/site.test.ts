// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEMO = resolve(import.meta.dirname, '../../../demo');
const SITE = join(DEMO, 'site');
const STUB =
  'window.waypoint=window.waypoint||function(){(waypoint.q=waypoint.q||[]).push(arguments)}';
const STAGES = ['aware', 'explore', 'decide', 'onboard', 'use', 'support', 'renew', 'exit'];

// Sub-pages too: /checkout/confirmed is checkout/confirmed.html.
const pages = readdirSync(SITE, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => ({ file, html: readFileSync(join(SITE, file), 'utf8') }));
const dashboard = {
  file: 'dashboard/index.html',
  html: readFileSync(join(DEMO, '../collector/dashboard/index.html'), 'utf8'),
};

/** The opening tags named `tag`, each as its raw text. */
function tags(html: string, tag: string): string[] {
  return html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
}

function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];
}

describe('demo site pages', () => {
  it('has a page for every default journey stage', () => {
    const stages = pages.map(({ html }) => attribute(tags(html, 'script').join(' '), 'data-stage'));
    expect(new Set(stages)).toEqual(new Set(STAGES));
    expect(pages.map(({ file }) => file)).toContain('checkout/confirmed.html');
  });

  it('ships the loader stub exactly as documented', () => {
    const lines = readFileSync(join(SITE, 'stub.js'), 'utf8').split('\n');
    expect(lines.filter((line) => !line.startsWith('//') && line !== '')).toEqual([STUB]);
  });

  describe.each(pages)('$file', ({ html }) => {
    it('is a complete HTML document', () => {
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('<meta name="viewport"');
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(tags(html, 'h1')).toHaveLength(1);
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
    });

    it('embeds the widget the way a site owner would', () => {
      const scripts = tags(html, 'script');
      const stubAt = scripts.findIndex((tag) => attribute(tag, 'src') === '/stub.js');
      const widgetAt = scripts.findIndex((tag) => attribute(tag, 'src') === '/waypoint.js');
      expect(stubAt).toBeGreaterThanOrEqual(0);
      // The stub must exist before anything (site.js) calls waypoint().
      expect(widgetAt).toBeGreaterThan(stubAt);
      const widget = scripts[widgetAt] ?? '';
      expect(widget).toMatch(/\sasync[\s>]/);
      expect(attribute(widget, 'data-site')).toBe('demo-shop');
      expect(attribute(widget, 'data-endpoint')).toBe('/v1/events');
      expect(STAGES).toContain(attribute(widget, 'data-stage'));
    });

    it('carries a parseable inline JSON config with a relative endpoint', () => {
      const match = html.match(
        /<script type="application\/json" id="waypoint-config">([\s\S]*?)<\/script>/,
      );
      expect(match).not.toBeNull();
      const config = JSON.parse(match?.[1] ?? '');
      expect(config).toMatchObject({ site: 'demo-shop', endpoint: '/v1/events' });
    });

    it('has one "Give feedback" button with the id ask-nps', () => {
      expect(html.match(/id="ask-nps"/g)).toHaveLength(1);
      expect(html).toMatch(/<button type="button"[^>]*id="ask-nps">Give feedback<\/button>/);
      expect(html).toContain('id="latest-events"');
    });

    it('has no duplicate ids', () => {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('links only to pages and files that exist', () => {
      const links = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
      const routes = new Set(['/waypoint.js', '/v1/events', '/dashboard']);
      for (const link of links) {
        if (link === undefined || routes.has(link)) continue;
        const path = link === '/' ? '/index.html' : link;
        const file = join(SITE, path.includes('.') ? path : `${path}.html`);
        expect(existsSync(file), `${link} should exist`).toBe(true);
      }
    });
  });

  describe.each([...pages, dashboard])('$file under the strict CSP', ({ html }) => {
    it('has no inline script: every script has a src or is JSON data', () => {
      for (const tag of tags(html, 'script')) {
        const isData = attribute(tag, 'type') === 'application/json';
        expect(isData || attribute(tag, 'src') !== undefined, tag).toBe(true);
      }
      const inline = html.match(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g) ?? [];
      expect(inline.every((block) => block.includes('type="application/json"'))).toBe(true);
    });

    it('has no inline styles or event handler attributes', () => {
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/javascript:/i);
    });

    it('loads nothing from another origin', () => {
      expect(html).not.toMatch(/\s(?:href|src)="(?:https?:)?\/\//i);
    });
  });
});

describe('demo scripts', () => {
  const files = ['site/site.js', 'site/stub.js', 'site/help.js', 'site/order-placed.js'];
  const scripts = [...files, '../collector/dashboard/dashboard.js'].map((file) => ({
    file,
    source: readFileSync(join(DEMO, file), 'utf8'),
  }));

  it.each(scripts)('$file never writes HTML or evaluates strings', ({ source }) => {
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(source).not.toMatch(/new Function|setTimeout\(['"`]|setInterval\(/);
  });

  it('asks the recommendation question from the feedback button', () => {
    const site = scripts[0]?.source ?? '';
    expect(site).toContain("closest('#ask-nps')");
    expect(site).toContain("waypoint('ask', 'advocate-nps')");
  });
});
