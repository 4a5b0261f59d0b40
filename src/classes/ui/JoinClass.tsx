import { useJoinByCode } from '../../live/ui/use-join-by-code.ts';
import { classApi, type PublicClass } from '../api.ts';
import { pageText as t } from '../strings.ts';

/** Join by class code and name: the code (prefilled from a class link), then the name as on the roster. */
export function JoinClass({
  initialCode,
  onJoin,
}: {
  initialCode: string;
  onJoin(code: string, name: string): Promise<void>;
}) {
  const { code, name, info, error, nameError, busy, submit, typeCode, typeName } =
    useJoinByCode<PublicClass>({
      initialCode,
      lookup: (c) => classApi.info(c),
      lookupError: (e) => (e.status === 404 ? t.unknownClass : e.message),
      badCode: t.badCode,
      nameRequired: t.nameRequired,
      onJoin,
    });
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
          onInput={(e) => typeCode(e.currentTarget.value)}
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
          onInput={(e) => typeName(e.currentTarget.value)}
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
