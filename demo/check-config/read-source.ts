// Where a config comes from for the checker: a file on disk or an http(s) URL. A source that
// cannot be read says which one and why, so a CI log names the broken step, not just "failed".
import { readFile } from 'node:fs/promises';

/** The source could not be read: no such file, a refused connection, a 404, a timeout. */
export class UnreadableSource extends Error {
  override name = 'UnreadableSource';
}

const TIMEOUT_MS = 10_000;

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** The text of `source`: a file path, or an http(s) URL fetched with a 10 s limit. */
export async function readSource(source: string): Promise<string> {
  return isUrl(source) ? fetchText(source) : readLocal(source);
}

async function readLocal(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UnreadableSource(`cannot read ${path}: ${why}`);
  }
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new UnreadableSource(`cannot fetch ${url}: ${networkCause(error)}`);
  }
  if (!response.ok) {
    throw new UnreadableSource(
      `cannot fetch ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  }
  try {
    return await response.text();
  } catch (error) {
    throw new UnreadableSource(`cannot fetch ${url}: ${networkCause(error)}`);
  }
}

/** undici hides the reason (ECONNREFUSED, ENOTFOUND…) in `cause`; a timeout is its own name. */
function networkCause(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = e.cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return cause?.message ?? e.message;
}
