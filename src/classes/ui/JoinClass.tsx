import { useEffect, useState } from 'preact/hooks';
import { cleanCode } from '../../live/join-code.ts';
import { classApi, type ApiError, type PublicClass } from '../api.ts';
import { pageText as t } from '../strings.ts';

/** Join by class code and name: the code (prefilled from a class link), then the name as on the roster. */
export function JoinClass({
  initialCode,
  onJoin,
}: {
  initialCode: string;
  onJoin(code: string, name: string): Promise<void>;
}) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [info, setInfo] = useState<PublicClass | null>(null);
  const [error, setError] = useState('');
  const [nameError, setNameError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const c = cleanCode(code);
    setInfo(null);
    if (!c) return;
    let current = true;
    classApi.info(c).then(
      (i) => current && setInfo(i),
      (e: ApiError) => current && setError(e.status === 404 ? t.unknownClass : e.message),
    );
    return () => void (current = false);
  }, [code]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const c = cleanCode(code);
    if (!c) return setError(t.badCode);
    if (!name.trim()) return setNameError(t.nameRequired);
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
  return (
    <form
      class="nn-widget class-join"
      onSubmit={submit}
      noValidate
      aria-labelledby="class-join-title"
    >
      <h2 id="class-join-title" class="nn-widget-title">
        {info ? t.joinClass(info.name) : t.noLinkTitle}
      </h2>
      {!info && <p>{t.noLink}</p>}
      <div class="nn-field">
        <label for="class-code">{t.codeLabel}</label>
        <input
          id="class-code"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={12}
          aria-describedby="class-code-hint"
          onInput={(e) => {
            setError('');
            setCode(e.currentTarget.value);
          }}
        />
        <p id="class-code-hint" class="nn-status">
          {t.codeHint}
        </p>
      </div>
      <div class="nn-field">
        <label for="class-name">{t.nameLabel}</label>
        <input
          id="class-name"
          value={name}
          autocomplete="name"
          maxLength={40}
          aria-invalid={nameError ? 'true' : undefined}
          aria-describedby="class-name-hint"
          onInput={(e) => {
            setNameError('');
            setName(e.currentTarget.value);
          }}
        />
        <p id="class-name-hint" class="nn-status">
          {nameError || (info?.allowNewNames ? t.nameHintNew : t.nameHintRoster)}
        </p>
      </div>
      {error && (
        <p role="alert" class="class-error">
          {error}
        </p>
      )}
      <button type="submit" class="nn-button" disabled={busy}>
        {busy ? t.joining : t.join}
      </button>
    </form>
  );
}
