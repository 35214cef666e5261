// The JSON view beside the forms: the whole document, every field the forms do not cover
// too. The editor is a chunk of its own, loaded when the view first shows. Import reads a file;
// export downloads the draft as it stands.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from '../api.ts';
import type { JsonEditor } from './json-editor.ts';

let schema: Promise<object | undefined> | undefined;
const loadSchema = () => {
  schema ??= fetch('/console/waypoint-config.schema.json')
    .then((r) => (r.ok ? (r.json() as Promise<object>) : undefined))
    .catch(() => undefined);
  return schema;
};

export function JsonView(p: {
  site: string;
  text: string;
  readOnly: boolean;
  check(text: string): Problem[];
  onChange(text: string): void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<JsonEditor | undefined>(undefined);
  const [status, setStatus] = useState('Loading the JSON editor…');
  const latest = useRef(p);
  latest.current = p;

  useEffect(() => {
    let gone = false;
    Promise.all([import('./json-editor.ts'), loadSchema()]).then(
      ([m, s]) => {
        if (gone || !host.current) return;
        editor.current = m.createJsonEditor({
          parent: host.current,
          text: latest.current.text,
          schema: s,
          readOnly: latest.current.readOnly,
          labelledBy: 'json-title',
          check: (t) => latest.current.check(t),
          onChange: (t) => latest.current.onChange(t),
        });
        setStatus(s ? '' : 'The JSON Schema did not load: no completion, the check still runs.');
      },
      (e: unknown) => setStatus(`The JSON editor did not load: ${String(e)}`),
    );
    return () => {
      gone = true;
      editor.current?.destroy();
    };
  }, []);
  useEffect(() => editor.current?.setText(p.text), [p.text]);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    p.onChange(text);
    setStatus(`Imported ${file.name}: check the problems before you publish.`);
  };
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([p.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `waypoint-${p.site}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section class="panel json-view" aria-labelledby="json-title">
      <div class="panel__head">
        <h2 id="json-title">JSON</h2>
        <div class="row">
          {!p.readOnly && (
            <label class="button button--small file-button">
              Import a file
              <input
                type="file"
                accept="application/json,.json"
                class="visually-hidden"
                onChange={(e) => importFile(e.currentTarget.files?.[0])}
              />
            </label>
          )}
          <button type="button" class="button button--small" onClick={exportFile}>
            Export
          </button>
        </div>
      </div>
      <p class="panel__note" role="status">
        {status}
      </p>
      <div class="json-view__editor" ref={host} />
    </section>
  );
}
