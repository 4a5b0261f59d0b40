import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Assignment } from '../../../assign/assignment.ts';
import { visible } from '../../../assign/visible.ts';
import { $justMade } from '../../../assign/store.ts';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { classApi, type ApiError } from '../api.ts';
import { loadKnown, type KnownClass } from '../keep.ts';
import { publishText as t } from '../strings.ts';
import { useServer } from './use-server.ts';

/** The builder's last step with the class server: publish the assignment just made to a class kept in this browser. */
export default function PublishToClass() {
  const a = useStore($justMade);
  return a ? <PublishForm a={a} /> : null;
}

function PublishForm({ a }: { a: Assignment }) {
  const server = useServer();
  const [known, setKnown] = useState<KnownClass[]>([]);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<KnownClass | null>(null);
  useEffect(() => {
    const list = loadKnown();
    setKnown(list);
    setCode(list[0]?.code ?? '');
  }, []);
  // A new assignment (made again) may go to a class again.
  useEffect(() => setDone(null), [a.id]);
  if (server === null) return null;
  if (!server) return <p class="assign-hint no-print">{t.noServer}</p>;

  async function publish(e: Event) {
    e.preventDefault();
    const c = known.find((k) => k.code === code);
    if (!c) return;
    setBusy(true);
    setError('');
    try {
      await classApi.publishNew(c.code, c.key, a);
      setDone(c);
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="nn-widget no-print" onSubmit={publish} aria-labelledby="publish-to-class">
      <h2 id="publish-to-class" class="nn-widget-title">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {known.length === 0 ? (
        <p>
          {t.noClass} <a href="/teachers/classes/">{t.makeClass}</a>.
        </p>
      ) : (
        <>
          <label class="nn-field">
            <span>{t.choose}</span>
            <select value={code} onChange={(e) => setCode(e.currentTarget.value)}>
              {known.map((k) => (
                <option key={k.code} value={k.code}>
                  {visible(k.name)} ({k.code})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="nn-button" disabled={busy}>
            {busy ? t.publishing : t.publish}
          </button>
        </>
      )}
      {error && (
        <p role="alert" class="nn-field-error">
          {error}
        </p>
      )}
      <LiveStatus>{done ? t.done(a.title, visible(done.name)) : ''}</LiveStatus>
      {done && (
        <p>
          <a href={`/teachers/classes/#class=${done.code}`}>{t.openClass}</a>
        </p>
      )}
    </form>
  );
}
