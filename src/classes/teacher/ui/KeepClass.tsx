import { useState } from 'preact/hooks';
import { LiveStatus } from '../../../ui/LiveStatus.tsx';
import { classApi, type ApiError } from '../api.ts';
import type { KnownClass } from '../keep.ts';
import { homeText, keepText as t } from '../strings.ts';
import type { ClassOverview } from '../types.ts';
import { saveFile } from './save-file.ts';

/** Backing up, deleting (with every learner's data, after asking) and forgetting a class. */
export function KeepClass(props: {
  o: ClassOverview;
  cls: KnownClass;
  onDeleted: (said: string) => void;
  onForget: () => void;
}) {
  const { o, cls } = props;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const run = async (f: () => Promise<void>) => {
    setError('');
    try {
      await f();
    } catch (e) {
      setError((e as ApiError).message);
    }
  };
  return (
    <section class="nn-widget no-print" aria-labelledby="class-keep">
      <h2 id="class-keep" class="nn-widget-title">
        {t.title}
      </h2>
      <p>{t.backupNote}</p>
      <button
        type="button"
        class="nn-button"
        onClick={() =>
          void run(async () => {
            const text = await classApi.backup(cls.code, cls.key);
            saveFile(text, `class-${cls.code}-backup.json`, 'application/json');
            setStatus(t.backedUp);
          })
        }
      >
        {t.backup}
      </button>
      <p>
        <strong>{t.deleteNote}</strong>
      </p>
      <div class="nn-row">
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            if (!window.confirm(t.deleteAsk(o.name, o.learners.length))) return;
            void run(async () => {
              const r = await classApi.remove(cls.code, cls.key);
              props.onDeleted(t.deleted(o.name, r.learners, r.attempts));
            });
          }}
        >
          {t.delete}
        </button>
        <button
          type="button"
          class="nn-button"
          onClick={() => {
            if (window.confirm(homeText.forgetAsk(o.name, o.code))) props.onForget();
          }}
        >
          {t.forget}
        </button>
      </div>
      {error && (
        <p role="alert" class="nn-field-error">
          {error}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
