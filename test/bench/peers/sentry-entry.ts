// What the Sentry scenario loads: `init` and the async feedback integration (its form comes from
// Sentry's CDN only when opened, which the bench never does), bundled by peers.ts the way
// Sentry's CDN `bundle.feedback.min.js` is made: one minified IIFE on `window.Sentry`.
import { feedbackAsyncIntegration, init } from '@sentry/browser';

(window as unknown as { Sentry: object }).Sentry = { init, feedbackAsyncIntegration };
