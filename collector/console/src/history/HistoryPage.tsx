// The versions published for the site, newest first: who, when and why, a diff of each against
// the one before it, and a one-click rollback (which publishes that version's config again).
import { useEffect, useState } from 'preact/hooks';
import { history, rollback, type Version, type VersionInfo, version } from '../api.ts';
import type { Session } from '../session.ts';
import { Diff } from './Diff.tsx';

const when = (iso: string) => new Date(iso).toLocaleString();

export function HistoryPage(p: {
  session: Session;
  refresh: number;
  onRolledBack(v: VersionInfo): void;
}) {
  const { session } = p;
  const [versions, setVersions] = useState<VersionInfo[] | undefined>();
  const [open, setOpen] = useState<{ at: Version; before: Version | undefined } | undefined>();
  const [status, setStatus] = useState('');

  const load = async () => {
    const r = await history(session.token, session.site);
    if (r.ok) setVersions(r.value.versions);
    else setStatus(r.error);
  };
  useEffect(() => {
    if (session.role === 'admin') void load();
  }, [session.site, p.refresh]);

  if (session.role !== 'admin') {
    return (
      <section class="panel" aria-labelledby="history-title">
        <h1 id="history-title">History</h1>
        <p>This token can read but not publish: the history and rollback need the ADMIN_TOKEN.</p>
      </section>
    );
  }
  const show = async (n: number) => {
    const [at, before] = await Promise.all([
      version(session.token, session.site, n),
      n > 1 ? version(session.token, session.site, n - 1) : undefined,
    ]);
    if (!at.ok) return setStatus(at.error);
    setOpen({ at: at.value, before: before?.ok ? before.value : undefined });
  };
  const back = async (n: number) => {
    setStatus(`Rolling back to version ${n}…`);
    const r = await rollback(
      session.token,
      session.site,
      n,
      localStorage.getItem('waypoint-console-author') || 'console',
    );
    if (!r.ok) return setStatus(`Not rolled back: ${r.error}`);
    setStatus(`Version ${r.value.version} now serves the config of version ${n}.`);
    await load();
    p.onRolledBack(r.value);
    await show(r.value.version);
  };
  return (
    <section class="panel" aria-labelledby="history-title">
      <h1 id="history-title">History of {session.site}</h1>
      <p class="panel__note" role="status">
        {status}
      </p>
      {versions?.length === 0 && <p>Nothing published yet.</p>}
      {versions && versions.length > 0 && (
        <div class="table-wrap">
          <table class="history">
            <caption class="visually-hidden">Published versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                <th scope="col">Message</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v, i) => (
                <tr
                  key={v.version}
                  aria-current={open?.at.version === v.version ? 'true' : undefined}
                >
                  <th scope="row">
                    v{v.version}
                    {i === 0 && ' (served)'}
                  </th>
                  <td>{when(v.publishedAt)}</td>
                  <td>{v.author}</td>
                  <td>{v.message}</td>
                  <td class="row">
                    <button
                      type="button"
                      class="button button--small"
                      onClick={() => show(v.version)}
                    >
                      Diff v{v.version}
                    </button>
                    {i > 0 && (
                      <button
                        type="button"
                        class="button button--small"
                        onClick={() => back(v.version)}
                      >
                        Roll back to v{v.version}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <Diff
          before={open.before?.config}
          after={open.at.config}
          label={
            open.before
              ? `v${open.at.version} against v${open.before.version}`
              : `v${open.at.version}, the first version`
          }
        />
      )}
    </section>
  );
}
