/**
 * The emoji scale's faces, drawn as SVG in the text colour rather than as emoji characters:
 * they look the same on every system (many have no colour-emoji font), follow the theme and
 * the selected state, and keep 3:1 contrast like any other control (SC 1.4.11).
 */

/** Mouths from 1 (very unhappy) to 5 (very happy); the ends also get brows or a grin. */
const MOUTHS = [
  'M10.5 23.5c3-4.5 8-4.5 11 0',
  'M11.5 22c2.5-2 6.5-2 9 0',
  'M11.5 21h9',
  'M11.5 19.5c2.5 2 6.5 2 9 0',
  '',
];

export function Face({ level }: { level: number }) {
  const stroke = {
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': 2,
    'stroke-linecap': 'round',
  } as const;
  return (
    <svg class="wp-face" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="13.5" {...stroke} />
      <circle cx="11.5" cy="13" r="1.75" fill="currentColor" />
      <circle cx="20.5" cy="13" r="1.75" fill="currentColor" />
      {level === 1 && <path d="M8.5 10.5l4.5-2M23.5 10.5l-4.5-2" {...stroke} />}
      {level === 5 ? (
        <path d="M10 18.5h12c0 4-2.7 6.5-6 6.5s-6-2.5-6-6.5z" fill="currentColor" />
      ) : (
        <path d={MOUTHS[level - 1]} {...stroke} />
      )}
    </svg>
  );
}
