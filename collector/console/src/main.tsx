// The console's entry: one preact tree in #app.
import { render } from 'preact';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) {
  root.textContent = ''; // the page's own "Loading…"
  render(<App />, root);
}
