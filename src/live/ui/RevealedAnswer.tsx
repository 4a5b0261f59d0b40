import type { ClientPoll } from '../../quiz/client-poll.ts';
import { formatNumber } from '../../course/number.ts';
import { optionLetter } from '../histogram.ts';

const html = (h: string) => ({ dangerouslySetInnerHTML: { __html: h } });

/** The revealed answer (letters and texts of the right options, or the number) and the explanation. */
export function RevealedAnswer({
  poll,
  correct,
  words,
}: {
  poll: ClientPoll;
  correct: unknown;
  words: { answerIs: string; why: string };
}) {
  const right = Array.isArray(correct) ? correct : [correct];
  const options = (poll.options ?? [])
    .map((o, i) => ({ ...o, letter: optionLetter(i) }))
    .filter((o) => right.includes(o.id));
  return (
    <section class="live-reveal" aria-labelledby="live-reveal-h">
      <h3 id="live-reveal-h">{words.answerIs}</h3>
      {poll.type === 'numeric' ? (
        <p class="live-reveal-number">
          {typeof correct === 'number' ? formatNumber(correct) : String(correct)}
          {poll.unit ? ` ${poll.unit}` : ''}
        </p>
      ) : (
        <ul class="live-reveal-options">
          {options.map((o) => (
            <li key={o.id}>
              <strong>{o.letter}</strong> <span {...html(o.text)} />
            </li>
          ))}
        </ul>
      )}
      <h3>{words.why}</h3>
      <div class="live-explanation" {...html(poll.explanation)} />
    </section>
  );
}
