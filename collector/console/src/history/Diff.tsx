// A line diff of two config versions, pretty-printed the same way so only real changes show
// (jsdiff's `diffLines`). Added and removed lines are marked by sign as well as by colour.
import { diffLines } from 'diff';

export function Diff(p: { before: unknown; after: unknown; label: string }) {
  const a = `${JSON.stringify(p.before ?? {}, null, 2)}\n`;
  const b = `${JSON.stringify(p.after ?? {}, null, 2)}\n`;
  const parts = diffLines(a, b);
  const changed = parts.some((x) => x.added || x.removed);
  return (
    <figure class="diff">
      <figcaption>{p.label}</figcaption>
      {changed ? (
        <pre>
          {parts.flatMap((part, i) => {
            const sign = part.added ? '+' : part.removed ? '-' : ' ';
            const cls = part.added ? 'diff__add' : part.removed ? 'diff__del' : 'diff__same';
            const lines = part.value.replace(/\n$/, '').split('\n');
            // Long unchanged runs fold to their ends, so the change is near.
            const shown =
              sign === ' ' && lines.length > 7
                ? [
                    ...lines.slice(0, 3),
                    `… ${lines.length - 6} unchanged lines …`,
                    ...lines.slice(-3),
                  ]
                : lines;
            return shown.map((line, j) => (
              <span class={cls} key={`${i}-${j}`}>
                {sign} {line}
                {'\n'}
              </span>
            ));
          })}
        </pre>
      ) : (
        <p class="panel__note">No change in the config.</p>
      )}
    </figure>
  );
}
