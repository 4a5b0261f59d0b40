import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { CatalogLesson } from '../../assign/catalog.ts';
import type { PollInfo } from '../../assign/grading.ts';
import { health } from '../../live/api.ts';
import { classApi, type ApiError } from '../api.ts';
import { readLink } from '../link.ts';
import { deviceId, sessionFrom } from '../session.ts';
import { storage } from '../../live/ui/learner-store.ts';
import { $classGone, $classSession, signIn, startClassSync } from '../sync.ts';
import { linkFlaws, pageText as t } from '../strings.ts';
import { ClassDashboard } from './ClassDashboard.tsx';
import { JoinClass } from './JoinClass.tsx';

/** Why a link or a join did not sign in, as the learner is told. */
function refusal(e: ApiError): string {
  if (e.status === 401) return `${t.revoked} ${t.nothingStored}`;
  if (e.status === 404) return `${t.unknownClass} ${t.nothingStored}`;
  return e.message;
}

/** Removes the fragment (the token) from the address bar and the history entry. */
const clearFragment = () => history.replaceState(null, '', location.pathname + location.search);

/** /class/: signs in from a personal link, or joins by code and name; then the learner's class. */
export default function ClassPage({
  lessons,
  polls,
}: {
  lessons: CatalogLesson[];
  polls: Record<string, PollInfo>;
}) {
  const session = useStore($classSession);
  const gone = useStore($classGone);
  const [server, setServer] = useState<'checking' | 'none' | 'ok'>('checking');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [joinCode, setJoinCode] = useState('');

  const open = async () => {
    const link = readLink(location.hash);
    if (link.kind === 'none') return;
    if (link.kind === 'bad') {
      clearFragment();
      return setError(`${linkFlaws[link.reason]} ${t.nothingStored}`);
    }
    if (link.kind === 'code') {
      clearFragment();
      return setJoinCode(link.code);
    }
    setBusy(true);
    setError('');
    try {
      const me = await classApi.me(link.code, link.token);
      clearFragment();
      if (!signIn(sessionFrom(me, link.token, Date.now()), me)) setNote(t.storageFull);
    } catch (e) {
      const err = e as ApiError;
      // Refused for good: the link goes from the address bar. Not reached: it stays, so a reload tries again.
      if (err.status !== 0 && err.status < 500) clearFragment();
      setError(refusal(err));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    startClassSync();
    void health().then((ok) => {
      setServer(ok ? 'ok' : 'none');
      if (ok) void open();
    });
    const again = () => void open();
    addEventListener('hashchange', again);
    return () => removeEventListener('hashchange', again);
  }, []);

  const join = async (code: string, name: string) => {
    const device = deviceId(storage(), () => crypto.getRandomValues(new Uint8Array(16)));
    const joined = await classApi.join(code, name, device);
    const me = await classApi.me(code, joined.learnerToken);
    if (!signIn(sessionFrom(me, joined.learnerToken, Date.now()), me)) setNote(t.storageFull);
  };

  if (server === 'checking') return <p role="status">{t.checking}</p>;
  if (server === 'none')
    return (
      <section class="nn-widget" aria-labelledby="class-need-server">
        <h2 id="class-need-server" class="nn-widget-title">
          {t.needServerTitle}
        </h2>
        <p>
          {t.needServer} <code>{t.needServerCommand}</code>
          {t.needServerAfter}
        </p>
      </section>
    );
  return (
    <div class="class-page">
      {busy && <p role="status">{t.signingIn}</p>}
      {error && (
        <p role="alert" class="class-error">
          {error}
        </p>
      )}
      {gone && !session && (
        <p role="alert" class="class-error">
          {t.gone}
        </p>
      )}
      {note && <p role="status">{note}</p>}
      {session ? (
        <ClassDashboard session={session} lessons={lessons} polls={polls} />
      ) : (
        !busy && <JoinClass key={joinCode} initialCode={joinCode} onJoin={join} />
      )}
    </div>
  );
}
