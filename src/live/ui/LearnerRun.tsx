import { useState } from 'preact/hooks';
import Poll from '../../quiz/Poll.tsx';
import { grade } from '../../quiz/grade.ts';
import { messageText } from '../../quiz/strings.ts';
import type { ClientPoll } from '../../quiz/client-poll.ts';
import type { RunSnapshot } from '../snapshot.ts';
import type { LiveAnswer, QueuedAnswer } from '../answer-queue.ts';
import { histogram } from '../histogram.ts';
import { Histogram } from './Histogram.tsx';
import { RevealedAnswer } from './RevealedAnswer.tsx';
import { learnText as t } from '../strings.ts';

/** What the learner's answer came to, in words. */
function answerState(mine: QueuedAnswer | undefined, run: RunSnapshot, sending: boolean): string {
  if (run.state === 'revealed') return '';
  if (!mine) return run.state === 'locked' ? t.lockedNoAnswer : '';
  if (mine.refused) return t.refused;
  if (!mine.acceptedAt) return sending ? '' : t.pending;
  return run.state === 'locked' ? t.locked : t.sent;
}

/** One run on the learner's phone: the lessons' own poll form, then the reveal and the explanation. */
export function LearnerRun({
  poll,
  run,
  mine,
  sending,
  onAnswer,
}: {
  poll: ClientPoll;
  run: RunSnapshot;
  mine: QueuedAnswer | undefined;
  /** An answer is on its way right now (so a pending one is not "kept offline" yet). */
  sending: boolean;
  onAnswer(a: LiveAnswer): void;
}) {
  const [problem, setProblem] = useState('');
  const submit = (answer: LiveAnswer) => {
    // Say "choose an answer first" here, as in the lessons, instead of sending something ungradable.
    const r = grade(poll, answer);
    if (r.verdict === 'invalid') return setProblem(messageText(r.message));
    setProblem('');
    onAnswer(answer);
  };
  const said = answerState(mine, run, sending);
  const data = run.shown ? histogram(poll, run) : null;
  const right =
    run.state === 'revealed' && mine?.acceptedAt ? grade(poll, mine.answer).correct : null;
  return (
    <div class="live-run">
      <Poll
        key={run.runId}
        poll={poll}
        live={{
          onSubmit: submit,
          submitLabel: t.send,
          disabled: run.state !== 'open',
          initial: mine?.answer,
        }}
      />
      <div class="live-answer-state" role="status">
        {problem && <p class="live-error">{problem}</p>}
        {said && <p>{said}</p>}
      </div>
      {data && <Histogram data={data} numeric={poll.type === 'numeric'} />}
      {run.state === 'revealed' && (
        <>
          <p class="live-verdict">
            {t.revealed}{' '}
            {right === null ? t.youSkipped : right ? `✓ ${t.youWereRight}` : `✗ ${t.youWereWrong}`}
          </p>
          <RevealedAnswer poll={poll} correct={run.correct} words={t} />
        </>
      )}
    </div>
  );
}
