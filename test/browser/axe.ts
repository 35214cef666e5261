// axe-core in the page under test (from node_modules, routed in: a page's CSP may allow only its
// own origin's scripts), with the WCAG 2.2 AA rule set. The dashboard's and console's tests use it.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = resolve('node_modules/axe-core/axe.min.js');

/**
 * Each violation as "rule (nodes): first node's selector"; none is `[]`.
 * @example expect(await axeViolations(page)).toEqual([]);
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.route('**/__axe.min.js', (route) => route.fulfill({ path: AXE }));
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: '/__axe.min.js' });
  }
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(options: unknown): Promise<{
          violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
        }>;
      };
    };
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes[0]?.target)}`,
    );
  });
}
