// Grading is a pure function of a poll and a response: the same code grades in
// the browser now and on a class server later. It returns codes, not sentences
// (the words live in strings.ts), and copies the poll's own feedback texts,
// whatever form they are in (Markdown on a server, rendered HTML in the page).
import { parseAnswer } from '../course/number.ts';

/** One option of a choice poll, as grading needs it. */
export interface GradableOption {
  id: string;
  feedback: string;
}

/** The parts of a poll that grading reads (a parsed poll from poll-schema.ts fits). */
export type GradablePoll =
  | { type: 'single'; options: GradableOption[]; answer: string; explanation: string }
  | { type: 'multiple'; options: GradableOption[]; answer: string[]; explanation: string }
  | { type: 'numeric'; answer: number; tolerance: number; unit?: string; explanation: string }
  | { type: 'widget'; check: string; explanation: string };

/** Why a result came out as it did: a code for strings.ts and the numbers it mentions. */
export interface Message {
  code: string;
  params?: Record<string, string | number>;
}

/** What a widget check says about the widget's state. */
export interface CheckOutcome {
  ok: boolean;
  /** Set when the state cannot be graded at all (e.g. the widget is missing): no mark is given. */
  invalid?: boolean;
  message: Message;
}

/** A named check: a pure function of a widget's published state. */
export interface WidgetCheck {
  /** The id under which the widget publishes its state (src/progress/widget-state.ts). */
  widget: string;
  run(state: unknown): CheckOutcome;
}

/** The feedback for one chosen option. */
export interface ChosenFeedback {
  id: string;
  correct: boolean;
  feedback: string;
}

/** The outcome of one check. `invalid` means no mark was given (e.g. "abc" typed): not an attempt. */
export interface GradeResult {
  verdict: 'correct' | 'incorrect' | 'invalid';
  correct: boolean;
  /** Feedback for each chosen option, in the poll's option order. */
  chosen: ChosenFeedback[];
  /** The poll's explanation, shown after any graded check (empty when invalid). */
  explanation: string;
  message: Message;
}

/** How far from the answer a numeric response still counts as "close", in tolerances. */
export const NEAR_MISS_TOLERANCES = 10;
// Floating-point slack so that 0.5 ± 0.01 accepts 0.51 exactly at the bound.
const BOUND_SLACK = 1e-9;

function invalid(message: Message): GradeResult {
  return { verdict: 'invalid', correct: false, chosen: [], explanation: '', message };
}

function graded(
  correct: boolean,
  poll: GradablePoll,
  chosen: ChosenFeedback[],
  message: Message,
): GradeResult {
  return {
    verdict: correct ? 'correct' : 'incorrect',
    correct,
    chosen,
    explanation: poll.explanation,
    message,
  };
}

type ChoicePoll = Extract<GradablePoll, { type: 'single' | 'multiple' }>;

function gradeChoice(poll: ChoicePoll, picked: string[]): GradeResult {
  const key = new Set(poll.type === 'single' ? [poll.answer] : poll.answer);
  const known = new Set(poll.options.map((o) => o.id));
  const ids = [...new Set(picked)].filter((id) => known.has(id));
  if (ids.length === 0)
    return invalid({ code: poll.type === 'single' ? 'choose-one' : 'choose-some' });
  if (poll.type === 'single' && ids.length > 1) return invalid({ code: 'choose-one' });
  const chosen = poll.options
    .filter((o) => ids.includes(o.id))
    .map((o) => ({ id: o.id, correct: key.has(o.id), feedback: o.feedback }));
  const right = chosen.filter((c) => c.correct).length;
  const wrong = chosen.length - right;
  const correct = wrong === 0 && right === key.size;
  if (correct || poll.type === 'single')
    return graded(correct, poll, chosen, { code: correct ? 'correct' : 'incorrect' });
  // All or nothing, but say how far off: right ones kept, wrong ones chosen, right ones missed.
  return graded(false, poll, chosen, {
    code: 'multiple-partial',
    params: { right, wrong, missing: key.size - right },
  });
}

function stripUnit(text: string, unit: string | undefined): string {
  const t = text.trim();
  if (!unit) return t;
  const u = unit.trim().toLowerCase();
  return t.toLowerCase().endsWith(u) ? t.slice(0, t.length - u.length).trim() : t;
}

// Only an answer in [0, 1] can have been typed as a percentage (0.25 as 25 or 25%).
const isFraction = (a: number) => a >= 0 && a <= 1;

function gradeNumeric(
  poll: Extract<GradablePoll, { type: 'numeric' }>,
  response: unknown,
): GradeResult {
  let x: number;
  if (typeof response === 'number') {
    if (!Number.isFinite(response))
      return invalid({ code: 'not-a-number', params: { text: String(response) } });
    x = response;
  } else {
    const text = typeof response === 'string' ? stripUnit(response, poll.unit) : '';
    if (text === '') return invalid({ code: 'empty-number' });
    const parsed = parseAnswer(text, { percent: isFraction(poll.answer) });
    if (!parsed.ok)
      return invalid({ code: 'not-understood', params: { text, detail: parsed.message } });
    x = parsed.value;
  }
  const { answer: a, tolerance: tol } = poll;
  const slack = BOUND_SLACK * Math.max(1, Math.abs(a));
  const off = Math.abs(x - a);
  if (off <= tol + slack) return graded(true, poll, [], { code: 'correct' });
  if (a !== 0 && Math.abs(x + a) <= tol + slack)
    return graded(false, poll, [], { code: 'sign-error' });
  if (tol > 0 && off <= NEAR_MISS_TOLERANCES * tol + slack)
    return graded(false, poll, [], { code: 'close' });
  if (isFraction(a) && a !== 0 && Math.abs(x - 100 * a) <= 100 * tol + slack)
    return graded(false, poll, [], { code: 'percent' });
  return graded(false, poll, [], { code: 'incorrect' });
}

/**
 * Grades one response to a poll: an option id (single), option ids (multiple),
 * the typed text or a number (numeric), or the widget's published state (widget,
 * graded by `checks[poll.check]`). Pure: no clock, no storage, no DOM.
 */
export function grade(
  poll: GradablePoll,
  response: unknown,
  checks?: Record<string, WidgetCheck>,
): GradeResult {
  switch (poll.type) {
    case 'single':
      return gradeChoice(poll, typeof response === 'string' ? [response] : []);
    case 'multiple':
      return gradeChoice(
        poll,
        Array.isArray(response) ? response.filter((r) => typeof r === 'string') : [],
      );
    case 'numeric':
      return gradeNumeric(poll, response);
    case 'widget': {
      const check = checks?.[poll.check];
      if (!check) return invalid({ code: 'unknown-check', params: { check: poll.check } });
      if (response === undefined || response === null) return invalid({ code: 'widget-missing' });
      const outcome = check.run(response);
      if (outcome.invalid) return invalid(outcome.message);
      return graded(outcome.ok, poll, [], outcome.message);
    }
  }
}
