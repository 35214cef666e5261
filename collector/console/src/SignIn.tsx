// Signing in: the site to work on and a token, checked with the collector. The token stays in
// this tab's sessionStorage and goes only in the Authorization header, never in a URL.
import { useState } from 'preact/hooks';
import { roleOf } from './api.ts';
import { lastSite, type Session } from './session.ts';

const SITE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function SignIn(p: { onSignedIn(s: Session): void }) {
  const [site, setSite] = useState(lastSite());
  const [token, setToken] = useState('');
  const [status, setStatus] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!SITE.test(site)) {
      setStatus(
        'The site id is 1–64 letters, digits, "-", "_" or ".", as in the tag\'s data-site.',
      );
      return;
    }
    setStatus('Checking the token…');
    const role = await roleOf(token.trim(), site);
    if (!role.ok) {
      setStatus(role.status === 401 ? 'The collector does not know this token.' : role.error);
      return;
    }
    p.onSignedIn({ token: token.trim(), site, role: role.value });
  };
  return (
    <form class="panel sign-in" aria-labelledby="sign-in-title" onSubmit={submit}>
      <h1 id="sign-in-title">Sign in to the console</h1>
      <p>
        Paste the collector's <code>ADMIN_TOKEN</code> to write and publish questions. A{' '}
        <code>READ_TOKEN</code> can look but not publish. The token is kept for this tab only.
      </p>
      <label>
        Site id
        <input
          name="site"
          value={site}
          required
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => setSite(e.currentTarget.value.trim())}
          aria-describedby="site-hint"
        />
      </label>
      <span id="site-hint" class="field__hint">
        The tag's <code>data-site</code>, e.g. <code>shop</code>
      </span>
      <label>
        Token
        <input
          name="token"
          type="password"
          value={token}
          required
          autoComplete="off"
          onInput={(e) => setToken(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="button button--primary">
        Sign in
      </button>
      <p class="sign-in__status" role="status">
        {status}
      </p>
    </form>
  );
}
