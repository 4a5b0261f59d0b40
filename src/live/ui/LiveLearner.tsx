import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LiveBank } from '../bank-types.ts';
import type { Snapshot } from '../snapshot.ts';
import { AnswerQueue, type KeyValue, type LiveAnswer } from '../answer-queue.ts';
import { subscribe, type StreamStatus } from '../subscribe.ts';
import { learner, sendAnswer, type ApiError } from '../api.ts';
import { stageOf } from '../view-model.ts';
import { browserDeps } from './browser-deps.ts';
import { LearnerRun } from './LearnerRun.tsx';
import { StreamBadge } from './StreamBadge.tsx';
import type { Membership } from './learner-store.ts';
import { learnText as t } from '../strings.ts';

// While an answer waits, try again this often (besides on every reconnect).
const RETRY_MS = 3000;

/** The class on the learner's phone: the current poll appears by itself; answers wait offline. */
export function LiveLearner({
  bank,
  member,
  store,
  onLeave,
}: {
  bank: LiveBank;
  member: Membership;
  store: KeyValue;
  /** Leaves the class; `why` says so when the class left first. */
  onLeave(why?: string): void;
}) {
  const { code, token } = member;
  const queue = useMemo(
    () => new AnswerQueue(store, `nn-live-answers:${code}`, () => crypto.randomUUID()),
    [code],
  );
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [, setTick] = useState(0);
  const [sending, setSending] = useState(false);
  const flush = () => {
    setSending(true);
    return queue
      .flush((a) => sendAnswer(code, token, a))
      .then(() => {
        setSending(false);
        setTick((n) => n + 1);
      });
  };

  useEffect(() => {
    const stop = subscribe(
      learner.events(code, token),
      {
        snapshot: (s) => setSnap((p) => (!p || s.version > p.version ? s : p)),
        status: (s) => {
          setStatus(s);
          if (s === 'live') void flush();
          // A stream that fails while the server answers means the class or the token is gone.
          if (s === 'offline')
            learner.me(code, token).catch((e: ApiError) => {
              if (e.status === 401 || e.status === 404) onLeave(t.classGone);
            });
        },
      },
      browserDeps(),
    );
    const timer = window.setInterval(() => queue.pending().length > 0 && void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      stop();
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [code, token]);

  const answer = (runId: string, a: LiveAnswer) => {
    queue.give(runId, a);
    setTick((n) => n + 1);
    void flush();
  };
  const stage = snap ? stageOf(snap) : 'waiting';
  const run = snap?.run;
  const poll = run ? bank.polls[run.pollId] : undefined;
  return (
    <div class="live-learner">
      <header class="live-learner-head">
        <p class="live-class-title">{snap?.title ?? code}</p>
        <p>{t.joinedAs(member.name)}</p>
        <StreamBadge status={status} />
      </header>
      <p class="nn-sr-only" role="status">
        {stage === 'open' ? t.newPoll : ''}
      </p>
      {stage === 'ended' && <p class="live-waiting">{t.ended}</p>}
      {stage === 'waiting' && <p class="live-waiting">{t.waiting}</p>}
      {stage !== 'ended' && run && poll && (
        <LearnerRun
          key={run.runId}
          poll={poll}
          run={run}
          mine={queue.get(run.runId)}
          sending={sending}
          onAnswer={(a) => answer(run.runId, a)}
        />
      )}
      <button type="button" class="nn-button live-leave" onClick={() => onLeave()}>
        {t.leave}
      </button>
    </div>
  );
}
