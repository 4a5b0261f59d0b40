import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { grade, type GradeResult } from './grade.ts';
import type { ClientPoll } from './client-poll.ts';
import { messageText, pollText as t } from './strings.ts';
import { $pollStates, recordAttempt } from '../progress/store.ts';
import { $widgetState } from '../progress/widget-state.ts';
import { widgetAnswer } from './widget-answer.ts';
import { WidgetGoal } from './WidgetGoal.tsx';
import { StorageNotice } from '../progress/ui/StorageNotice.tsx';
import { FollowedBy } from './FollowedBy.tsx';

type Answer = string | string[];
type PollView = import('./client-poll.ts').PollView;
type PollDetail = import('./client-poll.ts').PollDetail;

/**
 * Grades the answer. The poll's feedback and explanation load only now (null
 * when they cannot be: the answer is graded all the same), and widget tasks load
 * their checks (and the engine) only now.
 */
async function gradeAnswer(
  poll: PollView,
  answer: Answer,
): Promise<{ result: GradeResult; logged: Answer; detail: PollDetail | null }> {
  const { loadDetail, gradable } = await import('./poll-details.ts');
  const detail = await loadDetail(poll);
  const full = gradable(poll, detail);
  if (full.type !== 'widget') return { result: grade(full, answer), logged: answer, detail };
  const { widgetChecks } = await import('./widget-checks.ts');
  const state = $widgetState.get()[widgetChecks[full.check]?.widget ?? ''];
  return {
    result: grade(full, state, widgetChecks),
    logged: widgetAnswer(state),
    detail,
  };
}

const html = (h: string) => ({ dangerouslySetInnerHTML: { __html: h } });

/** Live mode (src/live): the form hands the answer to the class server instead of grading it here. */
export interface LivePollMode {
  onSubmit(answer: Answer): void;
  submitLabel: string;
  /** Set once the poll is locked: the choices and the button stop working. */
  disabled: boolean;
  /** The answer already given, shown again. */
  initial?: Answer;
}

/**
 * A graded poll: semantic form first; Check grades, explains, records the attempt; retry any time.
 * A lesson passes the prompt and option texts as the slots `prompt`, `option0`, `option1`, …;
 * the live pages pass them in `poll` (a whole ClientPoll).
 */
export default function Poll({
  poll,
  live,
  ...slots
}: {
  poll: PollView | ClientPoll;
  live?: LivePollMode;
  [slot: string]: import('preact').ComponentChildren;
}) {
  // A whole ClientPoll's options are a PollView's with their texts.
  const options: PollView['options'] = poll.options;
  // Poll ids are unique across the bank and each poll is embedded once, so they make unique element ids.
  const uid = `poll-${poll.id}`;
  const root = useRef<HTMLFormElement>(null);
  const [ready, setReady] = useState(false);
  const [first, setFirst] = useState(false);
  const [answer, setAnswer] = useState<Answer>(poll.type === 'multiple' ? [] : '');
  const [result, setResult] = useState<GradeResult | null>(null);
  // Feedback, explanation and hint, once loaded (null: the load failed).
  const [detail, setDetail] = useState<PollDetail | null>(null);
  // The worked solution waits for a right answer, a second wrong one, or a request.
  const [revealed, setRevealed] = useState(false);
  const solutionRef = useRef<HTMLDivElement>(null);
  const states = useStore($pollStates);
  const mine = ready && !live ? states[poll.id] : undefined;

  useEffect(() => {
    setReady(true);
    setFirst(document.querySelector('.poll') === root.current);
    if (live) return void (live.initial !== undefined && setAnswer(live.initial));
    // Show the last answer again, graded as before (not a new attempt).
    const last = $pollStates.get()[poll.id];
    if (last && poll.type !== 'widget') {
      setAnswer(last.lastAnswer);
      void gradeAnswer(poll, last.lastAnswer).then(({ result: r, detail: d }) => {
        setDetail(d);
        setResult(r.verdict === 'invalid' ? null : r);
      });
    }
  }, []);

  async function check(e: Event) {
    e.preventDefault();
    if (live) return live.onSubmit(answer);
    const { result: r, logged, detail: d } = await gradeAnswer(poll, answer);
    setDetail(d);
    setResult(r);
    if (r.verdict === 'invalid') return;
    recordAttempt({
      poll: poll.id,
      lesson: poll.lesson,
      answer: logged,
      correct: r.correct,
      at: Date.now(),
    });
  }

  const change = (next: Answer) => {
    setAnswer(next);
    setResult(null);
  };
  const chosen = (id: string) => (Array.isArray(answer) ? answer.includes(id) : answer === id);
  const toggle = (id: string) =>
    change(
      poll.type === 'single'
        ? id
        : chosen(id)
          ? (answer as string[]).filter((a) => a !== id)
          : [...(answer as string[]), id],
    );
  const mark = (id: string) => result?.chosen.find((c) => c.id === id);
  const verdictText = result ? t[result.verdict] : '';
  const graded = result !== null && result.verdict !== 'invalid';
  const showSolution = graded && (result.correct || revealed || (mine?.attempts ?? 0) >= 2);
  const reveal = () => {
    setRevealed(true);
    // The button goes away; keep keyboard focus on what it opened.
    requestAnimationFrame(() => solutionRef.current?.focus());
  };

  return (
    <form
      ref={root}
      class="poll not-content"
      data-poll={poll.id}
      aria-labelledby={`${uid}-q`}
      onSubmit={check}
      noValidate
    >
      {!live && (first || result) && <StorageNotice />}
      <fieldset disabled={live?.disabled}>
        <legend class="poll-prompt" id={`${uid}-q`}>
          {poll.fromLecture && <span class="poll-badge">From the lecture</span>}
          {slots.prompt ?? <span {...html(poll.prompt ?? '')} />}
        </legend>
        {options && (
          <ul class="poll-options">
            {options.map((o, i) => (
              <li
                key={o.id}
                class={mark(o.id) ? (mark(o.id)!.correct ? 'is-right' : 'is-wrong') : undefined}
              >
                <label>
                  <input
                    type={poll.type === 'single' ? 'radio' : 'checkbox'}
                    name={`${uid}-choice`}
                    value={o.id}
                    aria-label={o.label}
                    checked={chosen(o.id)}
                    onChange={() => toggle(o.id)}
                  />
                  {/* A slot (an option written in MDX, maths included) is its own grid cell: poll.css. */}
                  {slots[`option${i}`] !== undefined ? (
                    slots[`option${i}`]
                  ) : (
                    <span class="poll-option-text" {...html(o.text ?? '')} />
                  )}
                  {mark(o.id) && (
                    <span class="poll-mark">
                      {mark(o.id)!.correct ? `✓ ${t.rightChoice}` : `✗ ${t.wrongChoice}`}
                    </span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        )}
        {poll.type === 'numeric' && (
          <div class="nn-field poll-number">
            <label for={`${uid}-n`}>
              {t.yourAnswer}
              {poll.unit ? ` (${poll.unit})` : ''}
            </label>
            <input
              id={`${uid}-n`}
              type="text"
              inputMode="decimal"
              autocomplete="off"
              spellcheck={false}
              value={answer as string}
              onInput={(e) => change(e.currentTarget.value)}
              aria-invalid={result?.verdict === 'invalid' ? 'true' : undefined}
            />
          </div>
        )}
        {poll.type === 'widget' && <p class="poll-hint">{t.widgetTask}</p>}
        {poll.type === 'widget' && !live && <WidgetGoal check={poll.check} />}
      </fieldset>
      <div class="poll-actions">
        <button type="submit" class="nn-button" disabled={!ready || live?.disabled}>
          {live?.submitLabel ?? t.check}
        </button>
        {mine && (
          <span class="poll-attempts">
            {t.attempts(mine.attempts)} · {mine.firstTryCorrect ? t.firstTryRight : t.firstTryWrong}
          </span>
        )}
      </div>
      <div
        class={`poll-result ${result ? `is-${result.verdict}` : ''}`}
        role="status"
        aria-live="polite"
      >
        {result && (
          <>
            <p class="poll-verdict">
              <span aria-hidden="true">
                {result.verdict === 'correct' ? '✓ ' : result.verdict === 'incorrect' ? '✗ ' : '• '}
              </span>
              <strong>{verdictText}</strong> {messageText(result.message)}
            </p>
            {result.chosen.map(
              (c) => c.feedback && <div key={c.id} class="poll-feedback" {...html(c.feedback)} />,
            )}
            {graded && !detail && <p class="poll-unavailable">{t.detailsUnavailable}</p>}
          </>
        )}
        {!result && mine && (
          <p class="poll-verdict">{mine.solved ? t.solvedBefore : t.triedBefore}</p>
        )}
      </div>
      {graded && !showSolution && detail && (
        <div class="poll-explanation poll-hint-box">
          <p class="poll-explanation-title">{t.hint}</p>
          {detail.hint ? <div {...html(detail.hint)} /> : <p>{t.noHint}</p>}
          <p class="poll-retry">{t.hintRetry}</p>
          <button type="button" class="nn-button poll-reveal" onClick={reveal}>
            {t.showSolution}
          </button>
        </div>
      )}
      {showSolution && detail && (
        <div class="poll-explanation" ref={solutionRef} tabIndex={-1}>
          <p class="poll-explanation-title">{t.explanation}</p>
          <div {...html(result.explanation)} />
          {result.verdict === 'incorrect' && <p class="poll-retry">{t.retry}</p>}
        </div>
      )}
      {result && result.verdict !== 'invalid' && poll.followedBy && (
        <FollowedBy of={root} target={poll.followedBy} />
      )}
    </form>
  );
}
