import { useEffect, useState } from 'preact/hooks';
import { learner, type ApiError, type ClassInfo } from '../api.ts';
import { cleanCode } from '../join-code.ts';
import { learnText as t } from '../strings.ts';

/** Code (prefilled from ?code=), then a name (optional when the class allows it), then Join. */
export function JoinForm({
  initialCode,
  onJoin,
}: {
  initialCode: string;
  onJoin(code: string, name: string): Promise<void>;
}) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [info, setInfo] = useState<ClassInfo | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const c = cleanCode(code);
    setInfo(null);
    if (c) void learner.info(c).then(setInfo, (e: ApiError) => setError(e.message));
  }, [code]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const c = cleanCode(code);
    if (!c) return setError(t.codeBad);
    setBusy(true);
    setError('');
    try {
      await onJoin(c, name.trim());
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  const anon = info?.allowAnonymous ?? false;
  return (
    <form class="live-joinform" onSubmit={submit} noValidate>
      <h2>{info ? info.title : t.title}</h2>
      <div class="nn-field">
        <label for="live-code">{t.codeLabel}</label>
        <input
          id="live-code"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={12}
          aria-describedby="live-code-hint"
          onInput={(e) => {
            setError('');
            setCode(e.currentTarget.value);
          }}
        />
        <p id="live-code-hint" class="live-hint">
          {t.codeHint}
        </p>
      </div>
      <div class="nn-field">
        <label for="live-name">{anon ? t.nameOptional : t.nameLabel}</label>
        <input
          id="live-name"
          value={name}
          autocomplete="nickname"
          maxLength={40}
          aria-describedby="live-name-hint"
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <p id="live-name-hint" class="live-hint">
          {t.nameHint}
        </p>
      </div>
      {error && (
        <p role="alert" class="live-error">
          {error}
        </p>
      )}
      <button type="submit" class="nn-button live-primary" disabled={busy}>
        {busy ? t.joining : t.join}
      </button>
    </form>
  );
}
