/**
 * One POST of a batch, and what its outcome means for the queue (RELIABILITY §4). Errors are
 * values here: the caller gets a typed result, never a throw.
 */

/** What to do with the records of a batch after one send. */
export type SendResult =
  | { kind: 'ack'; status: number } // 2xx: delete the records
  // transient: keep, back off
  | { kind: 'retry'; status: number; retryAfterMs?: number; reason: string }
  | { kind: 'reject'; status: number } // 400/422: a bad event inside; bisect to find it
  | { kind: 'too-large'; status: number } // 413: halve the batch
  // 401/403/404/405/410: pause, keep everything
  | { kind: 'config'; status: number; reason: string };

export const BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';

/** Retry-After as seconds or an HTTP date, clamped to [1 s, 1 h] (RELIABILITY §4). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(3_600_000, Math.max(1000, ms));
}

/** Maps an HTTP status (0 = no response) to what the queue must do. */
export function classify(status: number, retryAfterMs?: number): SendResult {
  if (status >= 200 && status < 300) return { kind: 'ack', status };
  if (status === 400 || status === 422) return { kind: 'reject', status };
  if (status === 413) return { kind: 'too-large', status };
  if ([401, 403, 404, 405, 410].includes(status)) {
    return {
      kind: 'config',
      status,
      reason: `the endpoint answered ${status}: check its URL and access`,
    };
  }
  const reason = status === 0 ? 'network error' : `the endpoint answered ${status}`;
  return retryAfterMs === undefined
    ? { kind: 'retry', status, reason }
    : { kind: 'retry', status, retryAfterMs, reason };
}

/**
 * A redirect is never an acknowledgement (RELIABILITY §11): in a browser `redirect: 'manual'`
 * yields an `opaqueredirect` with status 0, elsewhere the 3xx itself, and a host's wrapped
 * `fetch` may have followed it anyway (`redirected`). All three are a configuration problem.
 */
function redirectOf(res: Response | undefined): SendResult | undefined {
  const status = typeof res?.status === 'number' ? res.status : 0;
  if (res?.type !== 'opaqueredirect' && !res?.redirected && (status < 300 || status >= 400))
    return undefined;
  return {
    kind: 'config',
    status,
    reason: 'the endpoint redirected: a redirect is never an acknowledgement, so check its URL',
  };
}

export interface SendOptions {
  fetch: typeof fetch;
  endpoint: string;
  body: string;
  timeoutMs: number;
  now: () => number;
}

/** POSTs one batch body. Network errors and timeouts are `retry` results. */
export async function sendBatch({
  fetch,
  endpoint,
  body,
  timeoutMs,
  now,
}: SendOptions): Promise<SendResult> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_CONTENT_TYPE },
      body,
      signal: controller?.signal,
      credentials: 'omit',
      // No cookies, no referrer: the page URL can carry tokens, and the batch says what it needs.
      referrerPolicy: 'no-referrer',
      // A followed 301/302 turns the POST into a GET whose 200 acknowledges nothing (§11).
      redirect: 'manual',
    });
    const redirect = redirectOf(res);
    if (redirect) return redirect;
    const status = typeof res?.status === 'number' ? res.status : 0;
    return classify(status, parseRetryAfter(res.headers?.get?.('Retry-After') ?? null, now()));
  } catch (e) {
    const aborted = controller?.signal.aborted;
    return {
      kind: 'retry',
      status: 0,
      reason: aborted ? `no answer within ${timeoutMs} ms` : `network error: ${String(e)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}
