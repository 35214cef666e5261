// The config being edited, in two views kept in step: the document the forms change and the
// JSON text the JSON view changes. Each edit is checked at once by the SDK's schema.
import { useMemo, useRef, useState } from 'preact/hooks';
import { parseConfig, type ResolvedConfig } from 'waypoint-feedback';
import type { Problem } from './api.ts';
import { checkDraft } from './check.ts';
import type { Doc } from './doc-path.ts';

export interface Draft {
  doc: Doc;
  text: string;
  problems: Problem[];
  /** The draft as the SDK runs it (defaults filled in); the last valid one while it has problems. */
  resolved: ResolvedConfig | undefined;
  /** Whether the text differs from what was loaded or last published. */
  changed: boolean;
  setDoc(next: Doc): void;
  setText(next: string): void;
  /** Starts again from `doc` (loaded or just published): not a change. */
  reset(doc: Doc): void;
}

const show = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

export function useDraft(site: string, origin: string, initial: Doc): Draft {
  const [state, setState] = useState(() => ({
    doc: initial,
    text: show(initial),
    base: show(initial),
  }));
  const [parseError, setParseError] = useState<string | undefined>();
  const problems = useMemo(
    () =>
      parseError
        ? [{ path: '', message: `the JSON does not parse: ${parseError}` }]
        : checkDraft(state.doc, site, origin),
    [state.doc, parseError, site, origin],
  );
  const lastGood = useRef<ResolvedConfig | undefined>(undefined);
  const resolved = useMemo(() => {
    if (problems.length > 0) return lastGood.current;
    try {
      const endpoint = state.doc.endpoint ?? `${origin}/v1/events`;
      lastGood.current = parseConfig({ ...state.doc, endpoint }, { base: `${origin}/` });
    } catch {
      // The check above passed, so this is the schema's own defect: keep the last good one.
    }
    return lastGood.current;
  }, [problems, state.doc, origin]);
  return {
    doc: state.doc,
    text: state.text,
    problems,
    resolved,
    changed: state.text.trim() !== state.base.trim(),
    setDoc(doc) {
      setParseError(undefined);
      setState((s) => ({ ...s, doc, text: show(doc) }));
    },
    setText(text) {
      try {
        const doc = JSON.parse(text) as Doc;
        setParseError(undefined);
        setState((s) => ({ ...s, doc, text }));
      } catch (e) {
        setParseError(e instanceof Error ? e.message : String(e));
        setState((s) => ({ ...s, text }));
      }
    },
    reset(doc) {
      setParseError(undefined);
      setState({ doc, text: show(doc), base: show(doc) });
    },
  };
}
