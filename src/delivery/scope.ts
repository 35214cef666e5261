/**
 * Records belong to one endpoint and site, so everything kept beside them (pauses, leadership,
 * outbox marks) is kept per endpoint and site too: two configs on one origin never share it.
 */
import { pageUrl } from '../platform/env';

/** The endpoint as one string however it was written (relative to the page, or not). */
export function absoluteEndpoint(endpoint: string): string {
  try {
    return new URL(endpoint, pageUrl()).href;
  } catch {
    return endpoint;
  }
}

/**
 * @example scopeOf(absoluteEndpoint('/v1/events'), 'acme')
 * // 'https://shop.example/v1/events acme'
 */
export const scopeOf = (endpoint: string, site: string | undefined) => `${endpoint} ${site ?? ''}`;
