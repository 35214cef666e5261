// Click → durable: the time stamp of the trusted click on Send (a capture listener on the
// document sees it through the open shadow root), the `answer` event (fired after the durable
// write), and the moment the record reads back from the `waypoint` IndexedDB database.
document.addEventListener(
  'click',
  (e) => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLButtonElement && target.type === 'submit')
      window.__benchSendAt = e.timeStamp;
  },
  true,
);
window.waypoint('on', 'answer', (e) => {
  window.__benchAnswerAt = performance.now();
  const open = indexedDB.open('waypoint');
  open.onsuccess = () => {
    const get = open.result.transaction('kv').objectStore('kv').get(`q/${e.eventId}`);
    get.onsuccess = () => {
      if (get.result) window.__benchReadableAt = performance.now();
      else window.__benchReadMissing = true;
      open.result.close();
    };
  };
});
