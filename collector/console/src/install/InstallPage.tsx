// The install page: the exact tag to paste (with a copy button), the CSP lines the site needs,
// when the collector last heard from the site, and the origins it refused lately.
import { useEffect, useState } from 'preact/hooks';
import { type InstallInfo, install } from '../api.ts';
import { CopyButton } from '../fields/CopyButton.tsx';
import type { Session } from '../session.ts';

export function InstallPage(p: { session: Session }) {
  const [info, setInfo] = useState<InstallInfo | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    install(p.session.token, p.session.site).then((r) =>
      r.ok ? setInfo(r.value) : setError(r.error),
    );
  }, [p.session.site]);
  if (error) return <p role="alert">{error}</p>;
  if (!info) return <p role="status">Loading…</p>;
  const csp = info.csp.join('; ');
  return (
    <section class="panel install" aria-labelledby="install-title">
      <h1 id="install-title">Install on {info.site}</h1>
      <h2>1. Paste this tag into every page</h2>
      <p>
        Before <code>&lt;/body&gt;</code> or in <code>&lt;head&gt;</code>: it loads after the page.
      </p>
      <pre class="code">{info.tag}</pre>
      <CopyButton text={info.tag} label="Copy the tag" />
      <h2>2. Allow the collector in your Content-Security-Policy</h2>
      <p>If your pages send a CSP, add these sources:</p>
      <pre class="code">{info.csp.join('\n')}</pre>
      <CopyButton text={csp} label="Copy the CSP sources" />
      <h2>3. Check it works</h2>
      <p>
        {info.lastEventAt
          ? `The last event from ${info.site} arrived ${new Date(info.lastEventAt).toLocaleString()}.`
          : `No event from ${info.site} has arrived yet. Open a page with the tag; answers show here once one arrives.`}
      </p>
      <p>
        {info.config
          ? `Serving config version ${info.config.version}, published by ${info.config.author} (${info.config.message}).`
          : 'No config is published yet: write one in the editor and publish it.'}{' '}
        The config is public, for any origin: it holds no secret.
      </p>
      <h2>Refused origins</h2>
      {info.refusedOrigins.length === 0 ? (
        <p>No events were refused lately.</p>
      ) : (
        <ul class="refused">
          {info.refusedOrigins.map((r) => (
            <li key={r.origin}>
              {r.fix} (last {new Date(r.lastRefused).toLocaleString()})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
