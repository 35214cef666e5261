import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The policy every demo response carries: the widget must work with no inline script or style
 * and no third-party origin (DESIGN.md §6), so the demo holds it to that.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/**
 * hono's secure headers with the demo's CSP. Cross-Origin-Resource-Policy is left off: the
 * script tag is meant to be loaded by other origins' pages (and the browser tests do).
 *
 * @example
 * app.use('*', demoSecureHeaders());
 */
export function demoSecureHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
    },
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    referrerPolicy: 'same-origin',
  });
}
