import { learner, type ClassInfo } from '../api.ts';
import { learnText as t } from '../strings.ts';
import { useJoinByCode } from './use-join-by-code.ts';

/** Code (prefilled from ?code=), then a name (optional when the class allows it), then Join. */
export function JoinForm({
  initialCode,
  onJoin,
}: {
  initialCode: string;
  onJoin(code: string, name: string): Promise<void>;
}) {
  const { code, name, info, error, busy, submit, typeCode, typeName } = useJoinByCode<ClassInfo>({
    initialCode,
    lookup: (c) => learner.info(c),
    lookupError: (e) => e.message,
    badCode: t.codeBad,
    onJoin,
  });
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
          onInput={(e) => typeCode(e.currentTarget.value)}
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
          onInput={(e) => typeName(e.currentTarget.value)}
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
