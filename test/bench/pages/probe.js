// The bench's in-page stopwatch. `__benchWatch(selector)` stamps `window.__benchVisibleAt` at
// the first paint after an element matching `selector` has visible content in its (open)
// shadow root: MutationObservers, not polling, so waiting adds no work of its own to the page.
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
  const done = () => {
    observer.disconnect();
    // rAF runs before the frame's paint; a task posted from it runs after that paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__benchVisibleAt = performance.now();
      };
      channel.port2.postMessage(0);
    });
  };
  const check = () => {
    const root = document.querySelector(selector)?.shadowRoot;
    if (root && !watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    }
    if (shown()) done();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  check();
};
