// What the Sentry scenario loads: the browser SDK's `init` and the async feedback integration
// (launcher button; the form is fetched from Sentry's CDN only when opened, which the bench
// never does). The npm package ships no prebuilt browser bundle, so peers.ts bundles this file
// the way Sentry's CDN `bundle.feedback.min.js` is made: one minified IIFE on `window.Sentry`.
import { feedbackAsyncIntegration, init } from '@sentry/browser';

(window as unknown as { Sentry: object }).Sentry = { init, feedbackAsyncIntegration };
