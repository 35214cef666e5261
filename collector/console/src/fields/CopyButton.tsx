// A button that copies a text, and says in a live region whether it could: a browser may refuse
// the clipboard, and the text is then there to select by hand.
import { useState } from 'preact/hooks';

export function CopyButton(p: { text: string; label: string; disabled?: boolean }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(p.text);
      setSaid('Copied.');
    } catch {
      setSaid('Copying was refused: select the text and copy it.');
    }
  };
  return (
    <>
      <button
        type="button"
        class="button button--small"
        onClick={copy}
        disabled={p.disabled === true}
      >
        {p.label}
      </button>
      <span role="status" class="copy__status">
        {said}
      </span>
    </>
  );
}
