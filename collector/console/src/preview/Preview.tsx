// The live preview: the SDK's real card, drawn in a frame as wide as a phone (320 px) or a
// desktop (1280 px), light or dark, in each shipped language. Answers go nowhere: the card's
// `record` only says "stored", so a survey walks on through its branches as a visitor's would.
import { useEffect, useRef, useState } from 'preact/hooks';
import { QUESTION_TYPES, type ResolvedConfig } from 'waypoint-feedback';
import { loadCard, loadPack, type PreviewCard } from './sdk.ts';

export interface PreviewTarget {
  kind: 'question' | 'survey';
  id: string;
}

const WIDTHS = [320, 1280] as const;
const HEIGHT = 600;
const FRAME =
  '<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Preview</title></head><body></body></html>';

/** The config the preview draws: the item's type switched, the theme forced. */
function previewConfig(config: ResolvedConfig, target: PreviewTarget, type: string, theme: string) {
  const questions = config.questions.map((q) => {
    if (target.kind !== 'question' || q.id !== target.id || type === '' || q.type === type)
      return q;
    const options =
      type === 'choice' && !q.options?.length
        ? [
            { id: 'a', text: 'First option' },
            { id: 'b', text: 'Second option' },
          ]
        : q.options;
    return { ...q, type, options } as typeof q;
  });
  return {
    ...config,
    questions,
    appearance: { ...config.appearance, theme: theme as 'light' | 'dark' },
  } as ResolvedConfig;
}

export function Preview(p: {
  config: ResolvedConfig | undefined;
  target: PreviewTarget | undefined;
  languages: readonly string[];
}) {
  const [width, setWidth] = useState<(typeof WIDTHS)[number]>(320);
  const [theme, setTheme] = useState<'light' | 'dark'>(
    matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
  const [language, setLanguage] = useState('en');
  const [type, setType] = useState('');
  const [round, setRound] = useState(0);
  const [status, setStatus] = useState('');
  const [scale, setScale] = useState(1);
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => setType(''), [p.target?.id]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fitWidth = () => setScale(Math.min(1, el.clientWidth / width));
    fitWidth();
    const observer = new ResizeObserver(fitWidth);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width]);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    const { config, target } = p;
    if (!doc?.body || !config || !target) {
      setStatus(
        config ? 'Choose a question or survey to preview.' : 'Fix the problems to see a preview.',
      );
      return;
    }
    const item =
      target.kind === 'question'
        ? config.questions.find((q) => q.id === target.id)
        : config.surveys.find((s) => s.id === target.id);
    if (!item) {
      setStatus('Fix the problems to see a preview.');
      return;
    }
    doc.documentElement.style.colorScheme = theme;
    doc.body.style.background = theme === 'dark' ? '#16181d' : '#f6f7f9';
    doc.body.style.margin = '0';
    doc.body.style.minHeight = '100vh';
    let card: PreviewCard | undefined;
    let gone = false;
    setStatus('');
    Promise.all([loadCard(), loadPack(language)]).then(
      ([createCard, pack]) => {
        if (gone) return;
        const shownConfig = previewConfig(config, target, type, theme);
        const shownItem =
          target.kind === 'question' ? shownConfig.questions.find((q) => q.id === target.id) : item;
        card = createCard({
          doc,
          config: shownConfig,
          locale: language,
          error: (_code, message) => setStatus(`The card said: ${message}`),
          sendsVisitorId: () => !config.privacy.anonymous,
          sendsUserId: () => false,
          isOffline: () => false,
          newId: () => crypto.randomUUID(),
          seed: () => 'preview',
          record: async () => ({ id: crypto.randomUUID(), stored: true, persisted: true }),
          onShown() {},
          onAnswer() {},
          onDismissed() {},
          onOptOut() {},
          flush() {},
        });
        card
          .show(shownItem, 'preview', pack, () =>
            setStatus('The card closed. Show it again with Restart.'),
          )
          .catch((e: unknown) => setStatus(`The card did not show: ${String(e)}`));
      },
      (e: unknown) => setStatus(`The SDK's card did not load: ${String(e)}`),
    );
    return () => {
      gone = true;
      card?.close();
    };
  }, [p.config, p.target?.kind, p.target?.id, theme, language, type, round]);

  const kind = p.target?.kind === 'survey' ? 'survey' : 'question';
  return (
    <section class="panel preview" aria-labelledby="preview-title">
      <div class="panel__head">
        <h2 id="preview-title">Preview</h2>
        <button type="button" class="button button--small" onClick={() => setRound((r) => r + 1)}>
          Restart
        </button>
      </div>
      <div class="preview__switches">
        {kind === 'question' && (
          <label for="preview-type">
            Show as
            <select id="preview-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
              <option value="">As written</option>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        )}
        <label for="preview-language">
          Language
          <select
            id="preview-language"
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
          >
            {p.languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="segmented">
          <legend>Theme</legend>
          {(['light', 'dark'] as const).map((t) => (
            <label key={t}>
              <input
                type="radio"
                name="preview-theme"
                checked={theme === t}
                onChange={() => setTheme(t)}
              />
              {t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
        <fieldset class="segmented">
          <legend>Width</legend>
          {WIDTHS.map((w) => (
            <label key={w}>
              <input
                type="radio"
                name="preview-width"
                checked={width === w}
                onChange={() => setWidth(w)}
              />
              {w} px
            </label>
          ))}
        </fieldset>
      </div>
      {kind === 'survey' && (
        <p class="panel__note">
          Answer in the card to walk the survey: each answer follows the branches.
        </p>
      )}
      <p class="panel__note" role="status">
        {status}
      </p>
      <div class="preview__box" ref={box} style={{ height: `${Math.round(HEIGHT * scale)}px` }}>
        <iframe
          ref={frame}
          title={`Preview of the card at ${width} px`}
          srcdoc={FRAME}
          onLoad={() => setRound((r) => r + 1)}
          style={{ width: `${width}px`, height: `${HEIGHT}px`, transform: `scale(${scale})` }}
        />
      </div>
    </section>
  );
}
