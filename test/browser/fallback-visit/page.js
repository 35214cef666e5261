// Records, for the test, each answer the widget confirmed as stored (the oracle's "confirmed").
window.confirmedAnswers = [];
window.waypoint('on', 'answer', (e) => {
  window.confirmedAnswers.push({ id: e.eventId, persisted: e.persisted });
});
