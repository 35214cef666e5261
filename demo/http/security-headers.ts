import type { ServerResponse } from 'node:http';

/**
 * The policy every demo response carries: the widget must work with no inline script or style
 * and no third-party origin (DESIGN.md §6), so the demo holds it to that.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/**
 * Sets the demo's security headers on a response before any route writes it.
 *
 * @example
 * http.createServer((req, res) => { applySecurityHeaders(res); route(req, res); });
 */
export function applySecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
}
