// Test hooks, loaded after the stub and before the widget: what the widget reported, in order.
window.seen = [];
for (const name of ['stage', 'shown', 'dismissed', 'answer']) {
  window.waypoint('on', name, (e) => {
    window.seen.push(
      name === 'stage' ? `stage ${e.previous}→${e.stage}` : `${name} ${e.questionId}`,
    );
  });
}
