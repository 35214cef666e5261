// Records, for the test, each answer the widget confirmed as stored and each error it raised.
window.confirmedAnswers = [];
window.widgetErrors = [];
window.waypoint('on', 'answer', (e) => {
  window.confirmedAnswers.push({ id: e.eventId, persisted: e.persisted });
});
window.waypoint('on', 'error', (e) => {
  window.widgetErrors.push({ code: e.code, message: e.message });
});
