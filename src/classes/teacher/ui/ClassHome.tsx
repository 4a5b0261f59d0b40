import { useState } from 'preact/hooks';
import { cleanCode } from '../../../live/join-code.ts';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { classApi, type ApiError } from '../api.ts';
import { isSecret, type KnownClass } from '../keep.ts';
import { homeText as t } from '../strings.ts';
import { BackupFileField } from '../../../assign/ui/gradebook-fields.tsx';

/** The classes kept in this browser, and three ways to add one: create, open by code and secret, restore. */
export function ClassHome(props: {
  known: KnownClass[];
  onAdd: (c: KnownClass, open: boolean) => void;
  onOpen: (code: string) => void;
  onForget: (code: string) => void;
}) {
  return (
    <>
      <section aria-labelledby="classes-list">
        <h2 id="classes-list">{t.listTitle}</h2>
        {props.known.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul class="classes-list">
            {props.known.map((k) => (
              <li key={k.code}>
                <button type="button" class="nn-button" onClick={() => props.onOpen(k.code)}>
                  {t.open(k.name)}
                </button>{' '}
                <span class="classes-code">{k.code}</span>{' '}
                <button
                  type="button"
                  class="gb-remove"
                  onClick={() => {
                    if (window.confirm(t.forgetAsk(k.name, k.code))) props.onForget(k.code);
                  }}
                >
                  {t.forget(k.name)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CreateClass onCreated={(c) => props.onAdd(c, true)} />
      <OpenClass onOpen={(c) => props.onAdd(c, true)} />
      <RestoreClass />
    </>
  );
}

function CreateClass({ onCreated }: { onCreated: (c: KnownClass) => void }) {
  const [name, setName] = useState('');
  const [allow, setAllow] = useState(false);
  const [roster, setRoster] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    if (!name.trim()) return setError(t.needName);
    setBusy(true);
    setError('');
    try {
      const r = await classApi.create(name.trim(), allow, roster);
      onCreated({ code: r.code, key: r.teacherSecret, name: name.trim() });
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="nn-widget" onSubmit={submit} aria-labelledby="classes-create" noValidate>
      <h2 id="classes-create" class="nn-widget-title">
        {t.createTitle}
      </h2>
      <label class="nn-field">
        <span>{t.name}</span>
        <input
          type="text"
          value={name}
          maxLength={120}
          required
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label class="gb-check">
        <input
          type="checkbox"
          checked={allow}
          onChange={(e) => setAllow(e.currentTarget.checked)}
        />
        <span>{t.allowNewNames}</span>
      </label>
      <label class="nn-field">
        <span>{t.roster}</span>
        <textarea
          rows={6}
          value={roster}
          aria-describedby="classes-roster-hint"
          onInput={(e) => setRoster(e.currentTarget.value)}
        />
      </label>
      <p id="classes-roster-hint" class="assign-hint">
        {t.rosterHint}
      </p>
      {error && (
        <p class="nn-field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="nn-button" disabled={busy}>
        {busy ? t.creating : t.create}
      </button>
    </form>
  );
}

function OpenClass({ onOpen }: { onOpen: (c: KnownClass) => void }) {
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    const c = cleanCode(code);
    if (!c) return setError(t.badCode);
    if (!isSecret(secret.trim())) return setError(t.badSecret);
    setBusy(true);
    setError('');
    try {
      const o = await classApi.overview(c, secret.trim());
      onOpen({ code: c, key: secret.trim(), name: o.name });
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="nn-widget" onSubmit={submit} aria-labelledby="classes-open" noValidate>
      <h2 id="classes-open" class="nn-widget-title">
        {t.openTitle}
      </h2>
      <div class="nn-row">
        <label class="nn-field">
          <span>{t.code}</span>
          <input
            type="text"
            value={code}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <label class="nn-field">
          <span>{t.secret}</span>
          <input
            type="password"
            value={secret}
            autocomplete="off"
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
        </label>
      </div>
      {error && (
        <p class="nn-field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="nn-button" disabled={busy}>
        {t.openButton}
      </button>
    </form>
  );
}

function RestoreClass() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  async function restore(f: File) {
    setError('');
    setStatus(t.restoring);
    let text: string;
    try {
      text = await f.text();
    } catch {
      setStatus('');
      return setError(t.fileUnreadable);
    }
    try {
      const r = await classApi.restore(text);
      setStatus(t.restored(r.name, r.learners));
    } catch (err) {
      setStatus('');
      setError((err as ApiError).message);
    }
  }
  return (
    <section class="nn-widget" aria-labelledby="classes-restore">
      <h2 id="classes-restore" class="nn-widget-title">
        {t.restoreTitle}
      </h2>
      <BackupFileField label={t.restoreFile} onFile={(f) => void restore(f)} />
      {error && (
        <p class="nn-field-error" role="alert">
          {error}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
