import type { ClientPoll } from '../../quiz/client-poll.ts';
import type { RunSnapshot } from '../snapshot.ts';
import { histogram, optionLetter } from '../histogram.ts';
import { Histogram } from './Histogram.tsx';
import { Experiment } from './Experiment.tsx';
import { RevealedAnswer } from './RevealedAnswer.tsx';
import { hostText as t } from '../strings.ts';

const html = (h: string) => ({ dangerouslySetInnerHTML: { __html: h } });

/** The current poll on the projector: question, choices, count, histogram (when shown), answer (when revealed). */
export function PresenterPoll({
  poll,
  run,
  learners,
}: {
  poll: ClientPoll;
  run: RunSnapshot;
  learners: number;
}) {
  const data = histogram(poll, run);
  const revealed = run.state === 'revealed';
  return (
    <article class="live-poll" aria-labelledby="live-prompt">
      <h2 id="live-prompt" class="live-prompt" {...html(poll.prompt)} />
      {poll.options && !run.shown && (
        <ol class="live-options">
          {poll.options.map((o, i) => (
            <li key={o.id}>
              <span class="live-letter" aria-hidden="true">
                {optionLetter(i)}
              </span>
              <span {...html(o.text)} />
            </li>
          ))}
        </ol>
      )}
      <p class="live-answered" role="status">
        {t.answered(run.answered, learners)}
        {run.state === 'locked' && ` · ${t.locked}`}
      </p>
      {run.shown && data ? (
        <Histogram data={data} numeric={poll.type === 'numeric'} />
      ) : (
        <p class="live-hidden">{t.hidden}</p>
      )}
      {revealed && <RevealedAnswer poll={poll} correct={run.correct} words={t} />}
      {revealed && poll.followedBy && <Experiment target={poll.followedBy} />}
    </article>
  );
}
