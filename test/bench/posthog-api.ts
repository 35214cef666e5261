// A stand-in for PostHog's API, just enough for posthog-js to show one popover survey: the
// remote config says surveys are on, `/flags` has no flags, `/api/surveys` lists one rating
// survey with no conditions, and every capture POST is accepted and discarded.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const POSTHOG_TOKEN = 'phc_bench';
export const POSTHOG_SURVEY_ID = 'bench-survey';

const SURVEY = {
  id: POSTHOG_SURVEY_ID,
  name: 'Bench rating',
  type: 'popover',
  feature_flag_keys: null,
  linked_flag_key: null,
  targeting_flag_key: null,
  internal_targeting_flag_key: null,
  questions: [
    {
      type: 'rating',
      id: 'q1',
      question: 'How easy was it to find what you needed?',
      display: 'number',
      scale: 5,
      lowerBoundLabel: 'Very hard',
      upperBoundLabel: 'Very easy',
    },
  ],
  appearance: null,
  conditions: null,
  start_date: '2026-01-01T00:00:00Z',
  end_date: null,
  current_iteration: null,
  current_iteration_start_date: null,
};

const REMOTE_CONFIG = {
  token: POSTHOG_TOKEN,
  supportedCompression: [],
  hasFeatureFlags: false,
  autocapture_opt_out: true,
  capturePerformance: false,
  autocaptureExceptions: false,
  analytics: { endpoint: '/i/v0/e/' },
  elementsChainAsString: true,
  sessionRecording: false,
  heatmaps: false,
  surveys: [SURVEY],
  defaultIdentifiedOnly: true,
  siteApps: [],
};

/** Answers the request when it is one of PostHog's paths; false leaves it to other routes. */
export function answerPosthog(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  const json = (body: unknown) => {
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    return true;
  };
  if (path === `/array/${POSTHOG_TOKEN}/config`) return json(REMOTE_CONFIG);
  if (path === `/array/${POSTHOG_TOKEN}/config.js`) {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(
      `(window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{})[${JSON.stringify(POSTHOG_TOKEN)}]={config:${JSON.stringify(REMOTE_CONFIG)},siteApps:[]};`,
    );
    return true;
  }
  if (path.startsWith('/flags') || path.startsWith('/decide'))
    return json({
      featureFlags: {},
      featureFlagPayloads: {},
      flags: {},
      errorsWhileComputingFlags: false,
      ...REMOTE_CONFIG,
    });
  if (path.startsWith('/api/surveys')) return json({ surveys: [SURVEY] });
  // Captures: /e/, /i/v0/e/, /batch/, /engage/, /s/ …
  if (req.method === 'POST' && /^\/(e|i|batch|engage|s|capture)\b/.test(path))
    return json({ status: 1 });
  return false;
}
