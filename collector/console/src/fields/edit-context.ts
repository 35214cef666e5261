// What every form field needs: the document, its problems by path, and one way to change it.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Problem } from '../api.ts';
import type { Doc, Segment } from '../doc-path.ts';

export interface Edit {
  doc: Doc;
  problems: Problem[];
  set(path: readonly Segment[], value: unknown): void;
  /** The read token: the forms show, and change nothing. */
  readOnly: boolean;
  /** The languages the SDK ships (its locale chunks), offered for each text. */
  languages: readonly string[];
}

export const EditContext = createContext<Edit | undefined>(undefined);

export function useEdit(): Edit {
  const edit = useContext(EditContext);
  if (!edit) throw new Error('a form field outside the editor');
  return edit;
}
