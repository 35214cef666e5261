import { type Outcome, type Probe, REQUIREMENTS, type Shared } from './requirements.ts';

export interface CheckResult extends Outcome {
  id: string;
  title: string;
}

/**
 * Sends the endpoint contract's requests to `url` and says, per requirement, whether it is
 * met. A request that fails outright (refused connection, TLS) is "not met" with that reason.
 *
 * @example
 * const results = await checkEndpoint('https://feedback.example.com/v1/events', { origin });
 */
export async function checkEndpoint(
  url: string,
  options: Partial<Omit<Probe, 'url'>> = {},
): Promise<CheckResult[]> {
  const probe: Probe = {
    url,
    origin: options.origin ?? 'https://example.com',
    fetch: options.fetch ?? fetch,
  };
  const shared: Shared = {};
  const results: CheckResult[] = [];
  for (const requirement of REQUIREMENTS) {
    let outcome: Outcome;
    try {
      outcome = await requirement.check(probe, shared);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      outcome = {
        status: 'not met',
        reason: `request failed: ${cause ?? (error as Error).message}`,
      };
    }
    results.push({ id: requirement.id, title: requirement.title, ...outcome });
  }
  return results;
}

/** The results as a plain-text table, one requirement a line. */
export function formatTable(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.title.length), 'requirement'.length);
  const lines = [`${'requirement'.padEnd(width)}  ${'result'.padEnd(10)}  reason`];
  lines.push(`${'-'.repeat(width)}  ${'-'.repeat(10)}  ${'-'.repeat(6)}`);
  for (const r of results)
    lines.push(`${r.title.padEnd(width)}  ${r.status.padEnd(10)}  ${r.reason}`);
  return lines.join('\n');
}
