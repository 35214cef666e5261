// Where in the JSON text a problem's path points (`questions[0].options[1].id`), found in
// CodeMirror's syntax tree of the text, so the editor can underline the very value.
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { parsePath } from '../doc-path.ts';

const VALUE = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

function values(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (VALUE.has(c.name)) out.push(c);
  return out;
}

/** The text range of the value at `path`, or of the nearest enclosing one that exists. */
export function locate(state: EditorState, path: string): { from: number; to: number } {
  const top = syntaxTree(state).topNode;
  let node = values(top)[0] ?? top;
  let propertyName: SyntaxNode | undefined;
  for (const segment of parsePath(path)) {
    let next: SyntaxNode | undefined;
    if (typeof segment === 'number' && node.name === 'Array') next = values(node)[segment];
    if (typeof segment === 'string' && node.name === 'Object') {
      for (let p = node.firstChild; p; p = p.nextSibling) {
        if (p.name !== 'Property') continue;
        const name = p.getChild('PropertyName');
        if (name && state.sliceDoc(name.from + 1, name.to - 1) === segment) {
          next = values(p)[0];
          propertyName = name;
          break;
        }
      }
    }
    // A missing key is reported on the object that lacks it.
    if (!next) return { from: (propertyName ?? node).from, to: node.to };
    node = next;
    propertyName = undefined;
  }
  return { from: node.from, to: Math.min(node.to, node.from + 200) };
}
