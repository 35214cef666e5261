// The floor card shows itself at load: watch for it from the start, as for the other peers.
window.__benchWatch('floor-card');
