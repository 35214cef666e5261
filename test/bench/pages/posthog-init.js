// What PostHog's snippet leaves for array.js to pick up (`posthog._i`), with api_host on this
// server; the page then loads /static/array.js async, as the snippet does.
window.posthog = Object.assign([], {
  _i: [
    [
      'phc_bench',
      {
        api_host: location.origin,
        persistence: 'memory',
        autocapture: false,
        disable_session_recording: true,
        // Headless Chromium's user agent looks like a bot; a real visitor's events are sent.
        opt_out_useragent_filter: true,
      },
      undefined,
    ],
  ],
  __SV: 1,
});
window.__benchWatch('[class^="PostHogSurvey"]');
