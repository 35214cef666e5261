// The bench's in-page stopwatch: `__benchWatch(selector)` stamps `window.__benchVisibleAt` at the
// first paint after the element's shadow root shows content. Observers, not polling, so waiting
// adds no work of its own to the page.

// Awaited over the DevTools protocol, so waiting injects nothing into the page (Playwright's
// waitForFunction would inject its 330 KB script, whose compile and heap would count).
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
  // A mutation only schedules a look at the next frame, where the browser lays the page out
  // anyway: looking in the callback would force that layout early and count it as the widget's.
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
