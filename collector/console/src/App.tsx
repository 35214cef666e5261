// The console's frame: sign-in, then one site's pages (editor, coverage, install, history)
// under a header that says which site and what the token may do.
import { useEffect, useState } from 'preact/hooks';
import { published, type VersionInfo } from './api.ts';
import { CoveragePage } from './coverage/CoveragePage.tsx';
import type { Doc } from './doc-path.ts';
import { EditorPage } from './editor/EditorPage.tsx';
import { HistoryPage } from './history/HistoryPage.tsx';
import { InstallPage } from './install/InstallPage.tsx';
import { sdkManifest } from './preview/sdk.ts';
import { SignIn } from './SignIn.tsx';
import { loadSession, type Session, saveSession } from './session.ts';
import { useDraft } from './use-draft.ts';

const PAGES = [
  ['editor', 'Editor'],
  ['coverage', 'Coverage plan'],
  ['install', 'Install'],
  ['history', 'History'],
] as const;
type Page = (typeof PAGES)[number][0];

const pageOf = (hash: string): Page =>
  (PAGES.find(([id]) => `#${id}` === hash)?.[0] ?? 'editor') as Page;

export function App() {
  const [session, setSession] = useState(loadSession);
  if (!session) {
    return (
      <main id="main" class="main">
        <SignIn
          onSignedIn={(s) => {
            saveSession(s);
            setSession(s);
          }}
        />
      </main>
    );
  }
  return (
    <SignedIn
      session={session}
      onSignOut={() => {
        saveSession(undefined);
        setSession(undefined);
      }}
    />
  );
}

function SignedIn(p: { session: Session; onSignOut(): void }) {
  const [initial, setInitial] = useState<Doc | undefined>();
  const [languages, setLanguages] = useState<string[]>(['en']);
  useEffect(() => {
    published(p.session.site).then(
      (doc) => setInitial(doc ?? { questions: [] }),
      () => setInitial({ questions: [] }),
    );
    sdkManifest().then(
      (m) => setLanguages(m.languages),
      () => undefined,
    );
  }, [p.session.site]);
  if (!initial) return <p role="status">Loading {p.session.site}…</p>;
  return <Pages {...p} initial={initial} languages={languages} />;
}

function Pages(p: { session: Session; initial: Doc; languages: string[]; onSignOut(): void }) {
  const { session } = p;
  const draft = useDraft(session.site, location.origin, p.initial);
  const [page, setPage] = useState(() => pageOf(location.hash));
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    const onHash = () => setPage(pageOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const title = PAGES.find(([id]) => id === page)?.[1];
    document.title = `${title} · ${session.site} · Waypoint console`;
  }, [page, session.site]);
  const onPublished = (_v: VersionInfo) => setRefresh((n) => n + 1);
  return (
    <>
      <header class="masthead">
        <span class="brand">Waypoint console</span>
        <span class="masthead__site">
          Site <strong>{session.site}</strong>
        </span>
        <span class={`role role--${session.role}`}>
          {session.role === 'admin' ? 'Admin: can publish' : 'Read token: can read but not publish'}
        </span>
        <button type="button" class="button button--small" onClick={p.onSignOut}>
          Sign out
        </button>
      </header>
      <nav class="tabs" aria-label="Console pages">
        {PAGES.map(([id, label]) => (
          <a key={id} href={`#${id}`} aria-current={page === id ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <main id="main" class="main">
        {page === 'editor' && (
          <EditorPage
            session={session}
            draft={draft}
            languages={p.languages}
            onPublished={onPublished}
          />
        )}
        {page === 'coverage' && (
          <CoveragePage
            draft={draft}
            readOnly={session.role === 'read'}
            onAdded={() => undefined}
          />
        )}
        {page === 'install' && <InstallPage session={session} />}
        {page === 'history' && (
          <HistoryPage
            session={session}
            refresh={refresh}
            onRolledBack={() => published(session.site).then((doc) => doc && draft.reset(doc))}
          />
        )}
      </main>
    </>
  );
}
