import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PollInfo } from '../../../assign/grading.ts';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { classApi, type ApiError } from '../api.ts';
import type { KnownClass } from '../keep.ts';
import { classText as t, homeText } from '../strings.ts';
import type { ClassOverview } from '../types.ts';
import { Assignments } from './Assignments.tsx';
import { KeepClass } from './KeepClass.tsx';
import { Roster } from './Roster.tsx';

/** One class: its name and joining, roster and links, assignments with their gradebooks, backup and delete. */
export function ClassView(props: {
  cls: KnownClass;
  polls: Record<string, PollInfo>;
  onBack: () => void;
  onRenamed: (name: string) => void;
  onForget: () => void;
  onDeleted: (said: string) => void;
}) {
  const { code, key } = props.cls;
  const [o, setO] = useState<ClassOverview | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    try {
      setO(await classApi.overview(code, key));
      setError('');
    } catch (e) {
      const err = e as ApiError;
      setError(err.status === 401 || err.status === 404 ? t.lost(code) : err.message);
    }
  }, [code, key]);
  useEffect(() => void reload(), [reload]);

  return (
    <div class="class-view">
      <p class="no-print">
        <button type="button" class="nn-button" onClick={props.onBack}>
          ← {t.back}
        </button>
      </p>
      {error && (
        <p role="alert" class="nn-field-error">
          {error}
        </p>
      )}
      {!o && !error && <p role="status">{t.loading}</p>}
      {o && (
        <>
          <h2 class="no-print">
            <bdi>{o.name}</bdi>
          </h2>
          <p class="no-print">
            {t.codeLine(o.code)} ·{' '}
            <span>
              {t.joinLink}: <code>{`${location.origin}/class/#code=${o.code}`}</code>
            </span>
          </p>
          <details class="no-print">
            <summary>{homeText.secretShown}</summary>
            <label class="nn-field assign-link">
              <span>{homeText.secret}</span>
              <input type="text" readOnly value={key} onFocus={(e) => e.currentTarget.select()} />
            </label>
          </details>
          <Settings o={o} cls={props.cls} onChanged={setO} onRenamed={props.onRenamed} />
          <Roster o={o} cls={props.cls} onChanged={reload} />
          <Assignments o={o} cls={props.cls} polls={props.polls} onChanged={reload} />
          <KeepClass o={o} cls={props.cls} onDeleted={props.onDeleted} onForget={props.onForget} />
        </>
      )}
      {error && (
        <button type="button" class="nn-button" onClick={props.onForget}>
          {homeText.forget(props.cls.name)}
        </button>
      )}
    </div>
  );
}

function Settings(props: {
  o: ClassOverview;
  cls: KnownClass;
  onChanged: (o: ClassOverview) => void;
  onRenamed: (name: string) => void;
}) {
  const [name, setName] = useState(props.o.name);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const change = async (c: { name?: string; allowNewNames?: boolean }) => {
    setError('');
    try {
      const o = await classApi.update(props.cls.code, props.cls.key, c);
      props.onChanged(o);
      if (c.name) props.onRenamed(o.name);
      setStatus(t.saved);
    } catch (e) {
      setError((e as ApiError).message);
    }
  };
  return (
    <section class="nn-widget no-print" aria-labelledby="class-settings">
      <h2 id="class-settings" class="nn-widget-title">
        {t.settingsTitle}
      </h2>
      <form
        class="nn-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void change({ name: name.trim() });
        }}
      >
        <label class="nn-field">
          <span>{t.rename}</span>
          <input
            type="text"
            value={name}
            maxLength={120}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="nn-button">
          {t.save}
        </button>
      </form>
      <label class="gb-check">
        <input
          type="checkbox"
          checked={props.o.allowNewNames}
          onChange={(e) => void change({ allowNewNames: e.currentTarget.checked })}
        />
        <span>{t.allowNewNames}</span>
      </label>
      {error && (
        <p role="alert" class="nn-field-error">
          {error}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
