// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DASHBOARD = resolve(import.meta.dirname, '../../../collector/dashboard');
const scripts = readdirSync(DASHBOARD)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, source: readFileSync(join(DASHBOARD, file), 'utf8') }));
const html = readFileSync(join(DASHBOARD, 'index.html'), 'utf8');

describe('the dashboard files', () => {
  it.each(scripts)('$file builds DOM from text only and evaluates no strings', ({ source }) => {
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(source).not.toMatch(/new Function|setTimeout\(['"`]|setInterval\(/);
    // An inline style attribute would break under style-src 'self'; classes carry the colours.
    expect(source).not.toMatch(/setAttribute\(\s*['"]style['"]|\.style\./);
  });

  it.each(scripts)('$file imports only its neighbours', ({ source }) => {
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    for (const path of imports) {
      expect(scripts.map((script) => `./${script.file}`)).toContain(path);
    }
  });

  it('loads its entry as a module from its own origin', () => {
    expect(html).toContain('<script type="module" src="/dashboard/dashboard.js"></script>');
  });
});
