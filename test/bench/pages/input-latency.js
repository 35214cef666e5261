// Host input latency: for each click on the host's button, the time from the input event's
// time stamp to the next paint (rAF runs before paint; a task posted from it runs after).
window.__benchLatencies = [];
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('host-button').addEventListener('click', (e) => {
    const start = e.timeStamp;
    e.currentTarget.textContent = `Clicked ${window.__benchLatencies.length + 1}`;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__benchLatencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  });
});
