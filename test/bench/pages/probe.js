// The bench's in-page stopwatch. `__benchWatch(selector)` stamps `window.__benchVisibleAt` at
// the first paint after an element matching `selector` has visible content in its (open)
// shadow root: MutationObservers, not polling, so waiting adds no work of its own to the page.
// A mutation only schedules a look at the next animation frame, where the browser lays the
// page out anyway: looking inside the mutation callback would force that layout early, into
// the widget's own task, and count it as the widget's.
// `__benchVisible` resolves at that stamp: the bench awaits it over the DevTools protocol, so
// waiting injects nothing into the page (Playwright's waitForFunction would inject its 330 KB
// script, whose compile and heap would count as the page's).
let seen;
window.__benchVisible = new Promise((resolve) => {
  seen = resolve;
});
window.__benchWatch = (selector) => {
  const shown = () => {
    const host = document.querySelector(selector);
    const root = host?.shadowRoot;
    if (!root) return false;
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'STYLE' || el.tagName === 'LINK') continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && el.textContent.trim()) return true;
    }
    return false;
  };
  const watched = new WeakSet();
  /** Called in an animation frame: a task posted from it runs after that frame's paint. */
  const done = () => {
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__benchVisibleAt = performance.now();
      seen();
    };
    channel.port2.postMessage(0);
  };
  let looking = false;
  const look = () => {
    looking = false;
    if (shown()) done();
  };
  const check = () => {
    const root = document.querySelector(selector)?.shadowRoot;
    if (root && !watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    }
    if (looking) return;
    looking = true;
    requestAnimationFrame(look);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  check();
};
