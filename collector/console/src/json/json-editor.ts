// The JSON view's editor, loaded only when the view opens: CodeMirror 6 with JSON support,
// completion and hover from the config's JSON Schema (codemirror-json-schema), and a linter
// that reports the SDK's own problems (the same zod check as the forms and the server) by path.
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { Problem } from '../api.ts';
import { locate } from './locate.ts';

export interface JsonEditor {
  /** Replaces the text (a form changed the document), keeping the cursor where it can. */
  setText(text: string): void;
  destroy(): void;
}

export function createJsonEditor(o: {
  parent: HTMLElement;
  text: string;
  schema: object | undefined;
  readOnly: boolean;
  labelledBy: string;
  check(text: string): Problem[];
  onChange(text: string): void;
}): JsonEditor {
  const problems = linter(
    (view): Diagnostic[] => {
      const text = view.state.doc.toString();
      try {
        JSON.parse(text);
      } catch {
        return []; // the parse linter says where
      }
      return o.check(text).map((p) => ({
        ...locate(view.state, p.path),
        severity: 'error',
        message: p.path ? `${p.path}: ${p.message}` : p.message,
      }));
    },
    { delay: 300 },
  );
  let applying = false;
  const readOnly = EditorView.editable.of(!o.readOnly);
  const view = new EditorView({
    parent: o.parent,
    doc: o.text,
    extensions: [
      basicSetup,
      // Token classes (`tok-string`) the console's stylesheet colours for light and dark alike,
      // with enough contrast in both; long lines wrap rather than scroll at 320 px.
      syntaxHighlighting(classHighlighter),
      EditorView.lineWrapping,
      json(),
      linter(jsonParseLinter()),
      problems,
      lintGutter(),
      jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
      hoverTooltip(jsonSchemaHover()),
      stateExtensions(o.schema as never),
      readOnly,
      EditorView.contentAttributes.of({ 'aria-labelledby': o.labelledBy }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged && !applying) o.onChange(u.state.doc.toString());
      }),
    ],
  });
  return {
    setText(text) {
      const current = view.state.doc.toString();
      if (current === text) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: current.length, insert: text } });
      applying = false;
    },
    destroy: () => view.destroy(),
  };
}
