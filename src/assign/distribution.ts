// The class's first answers to one poll, counted, so that a common
// misconception stands out as a long bar on a wrong answer.
import { gradeAnswer, type PollInfo } from './grading.ts';
import type { GradedReport, PollResult } from './grading.ts';
import type { WidgetCheck } from '../quiz/grade.ts';
import { own } from './own.ts';

/** One bar: an answer, how many learners gave it first, and whether it is right. */
export interface Bar {
  label: string;
  count: number;
  correct: boolean;
}

/** How many distinct typed answers a numeric poll shows before "other". */
export const MAX_NUMERIC_BARS = 5;

/** The distribution of first answers to a poll over graded reports. */
export function answerDistribution(
  info: PollInfo,
  reports: readonly GradedReport[],
  checks?: Record<string, WidgetCheck>,
): Bar[] {
  const firsts = reports
    .map((r) => own(r.polls, info.id))
    .filter((p): p is PollResult => p !== undefined && p.firstAnswer !== null);
  const g = info.gradable;
  if (g.type === 'single' || g.type === 'multiple') {
    const key = new Set(g.type === 'single' ? [g.answer] : g.answer);
    return (info.options ?? g.options.map((o) => ({ id: o.id, label: o.id }))).map((o) => ({
      label: o.label,
      count: firsts.filter((p) =>
        Array.isArray(p.firstAnswer) ? p.firstAnswer.includes(o.id) : p.firstAnswer === o.id,
      ).length,
      correct: key.has(o.id),
    }));
  }
  if (g.type === 'widget') {
    const right = firsts.filter((p) => p.firstCorrect).length;
    return [
      { label: 'task done', count: right, correct: true },
      { label: 'task not done', count: firsts.length - right, correct: false },
    ];
  }
  const tally = new Map<string, Bar>();
  for (const p of firsts) {
    const text = String(p.firstAnswer).trim().slice(0, 40);
    const bar = tally.get(text) ?? {
      label: text,
      count: 0,
      correct: gradeAnswer(info, text, checks) === true,
    };
    bar.count++;
    tally.set(text, bar);
  }
  const bars = [...tally.values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
  if (bars.length <= MAX_NUMERIC_BARS) return bars;
  const rest = bars.slice(MAX_NUMERIC_BARS - 1);
  return [
    ...bars.slice(0, MAX_NUMERIC_BARS - 1),
    { label: 'other answers', count: rest.reduce((n, b) => n + b.count, 0), correct: false },
  ];
}
