// The preview link of the question or survey being edited: the owner names a page of their site
// that has the tag, and gets that page's address with `#waypoint-preview=<id>` to open or share.
import { useState } from 'preact/hooks';
import { CopyButton } from '../fields/CopyButton.tsx';
import { keepPage, keptPage, previewLink } from '../preview/preview-link.ts';

export function PreviewLink(p: { site: string; id: string; kind: string; changed: boolean }) {
  const [page, setPage] = useState(() => keptPage(p.site));
  const made = page.trim() ? previewLink(page, p.id) : undefined;
  const link = made?.ok ? made.link : '';
  const problem = made && !made.ok ? made.problem : '';
  return (
    <section class="panel preview-link" aria-labelledby="preview-link-title">
      <h2 id="preview-link-title">Preview on your site</h2>
      <div class="field">
        <label for="preview-page">Page with the tag</label>
        <input
          id="preview-page"
          type="url"
          inputMode="url"
          value={page}
          placeholder="https://shop.example/checkout"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'preview-page-problem' : 'preview-page-hint'}
          onInput={(e) => {
            setPage(e.currentTarget.value);
            keepPage(p.site, e.currentTarget.value.trim());
          }}
        />
        <span class="field__hint" id="preview-page-hint">
          Any page of your site that has the Waypoint tag.
        </span>
        {problem && (
          <span class="field__problem" id="preview-page-problem">
            {problem}
          </span>
        )}
      </div>
      <div class="field">
        <label for="preview-link">Preview link</label>
        {/* A text area, so the whole link shows, wrapped, even 320 px wide. */}
        <textarea
          id="preview-link"
          class="preview-link__link"
          rows={3}
          readOnly
          value={link}
          placeholder="Name a page above"
          aria-describedby="preview-link-hint"
          onFocus={(e) => e.currentTarget.select()}
        />
        <span class="field__hint" id="preview-link-hint">
          Opens the {p.kind} on that page at once, with a "Preview" badge: nothing is recorded,
          counted or sent.{' '}
          {p.changed
            ? 'Publish first: the link shows the published config, not your changes.'
            : 'It shows the published config.'}
        </span>
      </div>
      <div class="row">
        <CopyButton text={link} label="Copy the preview link" disabled={!link} />
      </div>
    </section>
  );
}
