import { useEffect, useState } from 'preact/hooks';
import type { LiveBank } from '../bank-types.ts';
import type { Snapshot } from '../snapshot.ts';
import { subscribe, type StreamStatus } from '../subscribe.ts';
import { teacher, ApiError, type RunAction } from '../api.ts';
import { presenterControls } from '../view-model.ts';
import { browserDeps } from './browser-deps.ts';
import { JoinCard } from './JoinCard.tsx';
import { PresenterPoll } from './PresenterPoll.tsx';
import { StreamBadge } from './StreamBadge.tsx';
import { hostText as t } from '../strings.ts';

/** A class this browser opened: its code, teacher key and join path. */
export interface HostedClass {
  code: string;
  key: string;
  joinPath: string;
}

/** The presenter view: join card, the current poll, and the controls that drive it. */
export function Presenter({
  bank,
  cls,
  onLost,
}: {
  bank: LiveBank;
  cls: HostedClass;
  onLost(): void;
}) {
  const { code, key } = cls;
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [error, setError] = useState('');
  const [ending, setEnding] = useState(false);
  const apply = (s: Snapshot) => setSnap((p) => (!p || s.version > p.version ? s : p));

  useEffect(() => {
    // Also asked when the stream fails: a refused key or a vanished class will not come back.
    const check = () =>
      teacher.snapshot(code, key).then(apply, (e: ApiError) => {
        if (e.status === 401 || e.status === 404) onLost();
        else if (e.status !== 0) setError(e.message);
      });
    void check();
    return subscribe(
      teacher.events(code, key),
      {
        snapshot: apply,
        status: (s) => {
          setStatus(s);
          if (s === 'offline') void check();
        },
      },
      browserDeps(),
    );
  }, [code, key]);

  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      const r = await fn();
      if (r && typeof r === 'object' && 'version' in r) apply(r as Snapshot);
    } catch (e) {
      setError((e as ApiError).message);
    }
  };
  if (!snap) return <StreamBadge status={status} />;

  const order = snap.pollIds ?? [];
  const c = presenterControls(snap, order);
  const current = snap.run;
  const act = (action: RunAction) => run(() => teacher.act(code, key, current!.runId, action));
  const poll = current ? bank.polls[current.pollId] : undefined;
  const url = `${location.origin}${cls.joinPath}`;

  return (
    <div class={`live-presenter ${current && c.stage !== 'ended' ? 'is-running' : ''}`}>
      <header class="live-presenter-head">
        <JoinCard code={code} url={url} learners={snap.learners} />
        <div>
          <h2 class="live-class-title">{snap.title}</h2>
          {c.place > 0 && <p>{t.pollOf(c.place, order.length)}</p>}
          <StreamBadge status={status} />
        </div>
      </header>
      {c.stage === 'waiting' && <p class="live-waiting">{t.waiting}</p>}
      {c.stage === 'ended' && <p class="live-waiting">{t.ended}</p>}
      {current && poll && c.stage !== 'ended' && (
        <PresenterPoll poll={poll} run={current} learners={snap.learners} />
      )}
      {error && (
        <p role="alert" class="live-error">
          {error}
        </p>
      )}
      <div class="live-controls" role="group" aria-label={snap.title}>
        {c.canToggleShown && (
          <button
            type="button"
            class="nn-button"
            onClick={() => act(current!.shown ? 'hide' : 'show')}
          >
            {current!.shown ? t.hide : t.show}
          </button>
        )}
        {c.canLock && (
          <button type="button" class="nn-button" onClick={() => act('lock')}>
            {t.lock}
          </button>
        )}
        {c.canUnlock && (
          <button type="button" class="nn-button" onClick={() => act('unlock')}>
            {t.unlock}
          </button>
        )}
        {c.canReveal && (
          <button type="button" class="nn-button" onClick={() => act('reveal')}>
            {t.reveal}
          </button>
        )}
        {c.next && (
          <button
            type="button"
            class="nn-button live-primary"
            onClick={() => run(() => teacher.open(code, key, c.next!))}
          >
            {c.stage === 'waiting' ? t.openFirst : t.next}
          </button>
        )}
        {c.stage !== 'ended' && !ending && (
          <button type="button" class="nn-button" onClick={() => setEnding(true)}>
            {t.end}
          </button>
        )}
      </div>
      {ending && c.stage !== 'ended' && (
        <div class="live-confirm" role="group" aria-label={t.endConfirm}>
          <p>{t.endConfirm}</p>
          <button
            type="button"
            class="nn-button"
            onClick={() => run(() => teacher.end(code, key)).then(() => setEnding(false))}
          >
            {t.endYes}
          </button>
          <button type="button" class="nn-button" onClick={() => setEnding(false)}>
            {t.endNo}
          </button>
        </div>
      )}
      <p class="live-downloads">
        <a href={teacher.results(code, key, 'csv')} download={`live-${code}.csv`}>
          {t.downloadCsv}
        </a>
        <a href={teacher.results(code, key, 'json')} download={`live-${code}.json`}>
          {t.downloadJson}
        </a>
      </p>
    </div>
  );
}
