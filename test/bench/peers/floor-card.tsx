// The naive floor: the card anyone would write in an afternoon with the same parts (preact,
// idb-keyval, zod/mini), one rating card kept in IndexedDB and posted. No targeting, no queue,
// no i18n: what any widget must at least pay.
import { set } from 'idb-keyval';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import * as z from 'zod/mini';

const schema = z.object({
  endpoint: z.string().check(z.minLength(1)),
  question: z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
    text: z.string().check(z.minLength(1), z.maxLength(200)),
    labels: z.optional(z.object({ min: z.string(), max: z.string() })),
  }),
});
type Config = z.infer<typeof schema>;

const CSS = `:host{all:initial}.card{position:fixed;right:16px;bottom:16px;max-width:320px;padding:16px;border-radius:12px;background:#fff;color:#111;font:15px/1.4 system-ui,sans-serif;box-shadow:0 4px 24px #0003}p{margin:0 0 12px}.scale{display:flex;gap:6px}.scale button{flex:1;min-height:40px;border:1px solid #888;border-radius:8px;background:#fff;font:inherit;cursor:pointer}.scale button[aria-pressed=true]{background:#1a56db;color:#fff}.ends{display:flex;justify-content:space-between;font-size:12px;margin-top:4px}.send{margin-top:12px;width:100%;min-height:40px;border:0;border-radius:8px;background:#1a56db;color:#fff;font:inherit}`;

function Card({ config }: { config: Config }) {
  const [value, setValue] = useState<number>();
  const [sent, setSent] = useState(false);
  const q = config.question;
  if (sent)
    return (
      <div class="card" role="status">
        Thank you!
      </div>
    );
  const send = async () => {
    if (value === undefined) return;
    const answer = { question: q.id, value, at: new Date().toISOString() };
    await set(`answer:${answer.at}`, answer);
    setSent(true);
    void fetch(config.endpoint, { method: 'POST', body: JSON.stringify(answer), keepalive: true });
  };
  return (
    <div class="card" role="dialog" aria-label="Feedback">
      <p>{q.text}</p>
      <div class="scale">
        {[1, 2, 3, 4, 5].map((n) => (
          <button type="button" key={n} aria-pressed={value === n} onClick={() => setValue(n)}>
            {n}
          </button>
        ))}
      </div>
      {q.labels && (
        <div class="ends">
          <span>{q.labels.min}</span>
          <span>{q.labels.max}</span>
        </div>
      )}
      <button type="button" class="send" disabled={value === undefined} onClick={send}>
        Send
      </button>
    </div>
  );
}

function start(): void {
  const text = document.getElementById('floor-config')?.textContent;
  const parsed = schema.safeParse(text ? JSON.parse(text) : undefined);
  if (!parsed.success) {
    console.error('floor card: invalid config', parsed.error.issues);
    return;
  }
  const host = document.createElement('floor-card');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
  document.body.append(host);
  render(<Card config={parsed.data} />, root);
}

try {
  start();
} catch (error) {
  console.error('floor card failed', error);
}
