import { useState } from 'preact/hooks';
import { teacher, type ApiError } from '../api.ts';
import { useLiveSetup } from './use-live-setup.ts';
import { SetupNotice } from './SetupNotice.tsx';
import { PollPicker, type Picked } from './PollPicker.tsx';
import { Presenter, type HostedClass } from './Presenter.tsx';
import { hostText as t } from '../strings.ts';

const KEY = 'nn-live-host';

function loadClass(): HostedClass | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as HostedClass | null;
    return v && typeof v.code === 'string' && typeof v.key === 'string' ? v : null;
  } catch {
    return null;
  }
}

function saveClass(c: HostedClass | null): void {
  try {
    if (c) localStorage.setItem(KEY, JSON.stringify(c));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode: the class runs in this tab; the key is lost on reload, and we say so below.
  }
}

/** The teacher's page: pick polls and open a class, or resume the class this browser opened. */
export default function Host() {
  const setup = useLiveSetup();
  const [cls, setCls] = useState<HostedClass | null>(() =>
    typeof localStorage === 'undefined' ? null : loadClass(),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (setup.kind !== 'ready') return <SetupNotice setup={setup} />;

  const create = async (p: Picked) => {
    setBusy(true);
    setError('');
    try {
      const r = await teacher.create(p.title, p.pollIds, p.allowAnonymous);
      const c = { code: r.code, key: r.teacherSecret, joinPath: r.joinPath };
      saveClass(c);
      setCls(c);
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  const forget = (lost: boolean) => {
    saveClass(null);
    setCls(null);
    setError(lost ? t.lostClass : '');
  };

  if (!cls) return <PollPicker bank={setup.bank} busy={busy} error={error} onCreate={create} />;
  return (
    <>
      <Presenter bank={setup.bank} cls={cls} onLost={() => forget(true)} />
      <p class="live-secret">
        {t.secretKept}{' '}
        <button type="button" class="nn-button" onClick={() => forget(false)}>
          {t.forget}
        </button>
      </p>
    </>
  );
}
