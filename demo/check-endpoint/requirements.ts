import { probeBatch, probeEvent } from './probe-events.ts';

/** One requirement's outcome: met, not met, or not verifiable from outside (with why). */
export interface Outcome {
  status: 'met' | 'not met' | 'unverified';
  reason: string;
}

export interface Probe {
  url: string;
  /** The browser origin the checker claims (it must be on the endpoint's allow-list). */
  origin: string;
  fetch: typeof fetch;
}

export interface Requirement {
  id: string;
  /** What the endpoint contract asks, in a few words (README, "The endpoint contract"). */
  title: string;
  check(probe: Probe, shared: Shared): Promise<Outcome>;
}

/** What one check leaves for the next (the batch the resend check sends again). */
export interface Shared {
  batch?: Array<Record<string, unknown>>;
}

const met = (reason: string): Outcome => ({ status: 'met', reason });
const notMet = (reason: string): Outcome => ({ status: 'not met', reason });

async function post(probe: Probe, body: string, type = 'application/cloudevents-batch+json') {
  const response = await probe.fetch(probe.url, {
    method: 'POST',
    headers: { 'content-type': type, origin: probe.origin },
    body,
    redirect: 'manual',
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { response, json, text };
}

function counts(json: unknown): { accepted: number; duplicates: number } | undefined {
  const body = json as { accepted?: unknown; duplicates?: unknown } | undefined;
  return typeof body?.accepted === 'number' && typeof body.duplicates === 'number'
    ? { accepted: body.accepted, duplicates: body.duplicates }
    : undefined;
}

const is2xx = (status: number) => status >= 200 && status < 300;

/**
 * The contract's requirements in the order they are checked. Each sends real requests with
 * fresh event ids (`source` urn:waypoint:check-endpoint), so a run never collides with data.
 */
export const REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'batch',
    title: 'stores a batch, answering 2xx',
    async check(probe, shared) {
      shared.batch = probeBatch(3);
      const { response } = await post(probe, JSON.stringify(shared.batch));
      return is2xx(response.status)
        ? met(`${response.status}`)
        : notMet(`answered ${response.status}, not 2xx`);
    },
  },
  {
    id: 'dedupe',
    title: 'acknowledges a resent batch and stores it once',
    async check(probe, shared) {
      const batch = shared.batch ?? probeBatch(3);
      const { response, json } = await post(probe, JSON.stringify(batch));
      if (!is2xx(response.status))
        return notMet(`the resend got ${response.status}: the SDK would send it forever`);
      const reported = counts(json);
      if (!reported)
        return {
          status: 'unverified',
          reason: `${response.status}, but the body does not report { accepted, duplicates }`,
        };
      return reported.accepted === 0
        ? met(`${response.status}, duplicates: ${reported.duplicates}`)
        : notMet(
            `stored resent events again (accepted: ${reported.accepted}); deduplicate on source + id`,
          );
    },
  },
  {
    id: 'page-hide',
    title: 'takes the page-hide form (text/plain, no preflight)',
    async check(probe) {
      const { response } = await post(
        probe,
        JSON.stringify(probeBatch(1)),
        'text/plain;charset=UTF-8',
      );
      return is2xx(response.status)
        ? met(`${response.status}`)
        : notMet(`answered ${response.status} to a text/plain batch`);
    },
  },
  {
    id: 'poison',
    title: 'refuses a batch with a bad event with 400 or 422',
    async check(probe) {
      const poison = { ...probeEvent(), id: undefined, time: 'yesterday' };
      const { response } = await post(probe, JSON.stringify([probeEvent(), poison]));
      if (response.status === 400 || response.status === 422) return met(`${response.status}`);
      if (is2xx(response.status))
        return notMet(`accepted an event without an id (${response.status})`);
      return notMet(`answered ${response.status}: the SDK bisects only on 400/422`);
    },
  },
  {
    id: 'oversize',
    title: 'refuses a body over 64 KB with 413',
    async check(probe) {
      // Ten valid events of 8 KB each: over the limit as a whole, fine one by one.
      const batch = probeBatch(10);
      for (const event of batch) {
        (event as { data: { answer: { followUp: string } } }).data.answer.followUp = 'x'.repeat(
          8000,
        );
      }
      const { response } = await post(probe, JSON.stringify(batch));
      return response.status === 413
        ? met('413')
        : notMet(`answered ${response.status}; 413 makes the SDK halve the batch`);
    },
  },
  {
    id: 'preflight',
    title: 'grants the CORS preflight, cached, with Retry-After exposed',
    async check(probe) {
      const response = await probe.fetch(probe.url, {
        method: 'OPTIONS',
        headers: {
          origin: probe.origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      const header = (name: string) => response.headers.get(name) ?? '';
      const problems: string[] = [];
      if (!is2xx(response.status)) problems.push(`answered ${response.status}`);
      if (![probe.origin, '*'].includes(header('access-control-allow-origin')))
        problems.push(
          `Access-Control-Allow-Origin is "${header('access-control-allow-origin')}", not ${probe.origin}`,
        );
      if (!/content-type|\*/i.test(header('access-control-allow-headers')))
        problems.push('Content-Type is not an allowed header');
      if (!header('access-control-max-age'))
        problems.push('no Access-Control-Max-Age (every send pays a preflight)');
      const { response: sent } = await post(probe, JSON.stringify(probeBatch(1)));
      if (!/retry-after|\*/i.test(sent.headers.get('access-control-expose-headers') ?? ''))
        problems.push('Retry-After is not in Access-Control-Expose-Headers');
      return problems.length === 0
        ? met(`${response.status}, max-age ${header('access-control-max-age')}`)
        : notMet(problems.join('; '));
    },
  },
  {
    id: 'redirect',
    title: 'answers at this URL itself, without a redirect',
    async check(probe) {
      const { response } = await post(probe, JSON.stringify(probeBatch(1)));
      if (response.status >= 300 && response.status < 400) {
        return notMet(
          `${response.status} to ${response.headers.get('location') ?? '?'}: the SDK never follows a redirect; configure that URL`,
        );
      }
      return met(`${response.status}, no redirect`);
    },
  },
];
