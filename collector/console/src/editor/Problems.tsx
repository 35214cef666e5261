// Every problem with the draft, by path, each a link to its field when the form shows one.
import type { Problem } from '../api.ts';
import { fieldId, formatPath, parsePath } from '../doc-path.ts';

/** The nearest field on the page for `path`: the field itself, or the one of a parent path. */
function focusField(path: string): boolean {
  const segments = parsePath(path);
  for (let n = segments.length; n > 0; n--) {
    const el = document.getElementById(fieldId(formatPath(segments.slice(0, n))));
    if (el) {
      el.focus();
      return true;
    }
  }
  return false;
}

export function Problems(p: { problems: Problem[]; onShow?(path: string): void }) {
  if (p.problems.length === 0) return null;
  return (
    <div class="problems" role="alert">
      <p>
        <strong>
          {p.problems.length} problem{p.problems.length === 1 ? '' : 's'}
        </strong>{' '}
        to fix before this can be published:
      </p>
      <ul>
        {p.problems.map((x) => (
          <li key={`${x.path}:${x.message}`}>
            <button
              type="button"
              class="link"
              onClick={() => {
                p.onShow?.(x.path);
                // The form for the path may draw first; then its field can take focus.
                requestAnimationFrame(() => focusField(x.path));
              }}
            >
              <code>{x.path || '(the config)'}</code>
            </button>{' '}
            {x.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
