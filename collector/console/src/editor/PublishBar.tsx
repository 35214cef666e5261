// Publishing: a short message and a "published by" label; refused while the draft has
// problems (the collector refuses it too, and its problems by path are shown the same way).
import { useState } from 'preact/hooks';
import { type Problem, publish, type VersionInfo } from '../api.ts';
import type { Session } from '../session.ts';

export function PublishBar(p: {
  session: Session;
  config: unknown;
  problems: Problem[];
  changed: boolean;
  onPublished(v: VersionInfo): void;
  onRefused(problems: Problem[]): void;
}) {
  const [message, setMessage] = useState('');
  const [author, setAuthor] = useState(() => localStorage.getItem('waypoint-console-author') ?? '');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (p.session.role === 'read') {
    return (
      <div class="publish publish--read" role="note">
        <strong>This token can read but not publish.</strong> Sign in with the collector's
        ADMIN_TOKEN to publish.
      </div>
    );
  }
  const blocked = p.problems.length > 0;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setStatus('Publishing…');
    localStorage.setItem('waypoint-console-author', author);
    const result = await publish(p.session.token, p.session.site, {
      config: p.config,
      message,
      author,
    });
    setBusy(false);
    if (result.ok) {
      setStatus(`Published version ${result.value.version}.`);
      setMessage('');
      p.onPublished(result.value);
    } else {
      setStatus(`Not published: ${result.error}`);
      if (result.problems) p.onRefused(result.problems);
    }
  };
  return (
    <form class="publish" aria-label="Publish" onSubmit={submit}>
      <label>
        Message
        <input
          value={message}
          required
          maxLength={500}
          placeholder="What changed"
          onInput={(e) => setMessage(e.currentTarget.value)}
        />
      </label>
      <label>
        Published by
        <input
          value={author}
          required
          maxLength={100}
          placeholder="Your name"
          onInput={(e) => setAuthor(e.currentTarget.value)}
        />
      </label>
      <button
        type="submit"
        class="button button--primary"
        disabled={blocked || busy}
        aria-describedby="publish-status"
      >
        Publish
      </button>
      <p id="publish-status" class="publish__status" role="status">
        {blocked
          ? 'Fix the problems above to publish.'
          : status || (p.changed ? 'Unpublished changes.' : 'No changes since it was loaded.')}
      </p>
    </form>
  );
}
