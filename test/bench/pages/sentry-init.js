// Sentry's documented setup for the feedback widget alone: a DSN (here this server), no
// default integrations, the async feedback integration that injects the launcher button.
window.Sentry.init({
  dsn: `http://public@${location.host}/1`,
  defaultIntegrations: false,
  integrations: [window.Sentry.feedbackAsyncIntegration({ autoInject: true })],
});
window.__benchWatch('#sentry-feedback');
