// Grading a report on the teacher's side: every raw answer is graded again with
// the course's own grade() and the poll bank, so a report never carries a score.
import { grade, type GradablePoll, type WidgetCheck } from '../quiz/grade.ts';
import type { Assignment } from './assignment.ts';
import type { Report, ReportAttempt } from './report.ts';
import { dict, own } from './own.ts';

/** What the teacher's page knows of a poll (from the bank, at build). */
export interface PollInfo {
  id: string;
  lesson: string;
  /** The prompt as one line of plain text. */
  title: string;
  gradable: GradablePoll;
  /** Choice polls: each option's id and a plain-text label. */
  options?: { id: string; label: string }[];
}

/** How a learner did on one poll. */
export type PollOutcome = 'first' | 'later' | 'wrong' | 'none';

/** One learner's result on one poll. */
export interface PollResult {
  outcome: PollOutcome;
  /** Graded attempts (answers that could not be graded, like empty text, do not count). */
  attempts: number;
  /** The first graded answer, for the class distribution. */
  firstAnswer: ReportAttempt['answer'] | null;
  firstCorrect: boolean;
  /** Some graded attempt came after the due time. */
  late: boolean;
}

/** One learner's graded report. */
export interface GradedReport {
  name: string;
  createdAt: number;
  polls: Record<string, PollResult>;
  counts: Record<PollOutcome, number>;
  /** Solved polls over assigned polls, 0…1. */
  completion: number;
  /** Graded attempts made after the due time. */
  lateAttempts: number;
}

function parseWidgetState(answer: ReportAttempt['answer']): unknown {
  if (typeof answer !== 'string') return undefined;
  try {
    return JSON.parse(answer);
  } catch {
    return undefined;
  }
}

/** Grades one raw answer; null when it cannot be graded (not an attempt). */
export function gradeAnswer(
  info: PollInfo,
  answer: ReportAttempt['answer'],
  checks?: Record<string, WidgetCheck>,
): boolean | null {
  const response = info.gradable.type === 'widget' ? parseWidgetState(answer) : answer;
  const r = grade(info.gradable, response, checks);
  return r.verdict === 'invalid' ? null : r.correct;
}

/** Grades a report against its assignment: right first time, right later, wrong or not tried, per poll. */
export function gradeReport(
  report: Report,
  a: Assignment,
  polls: Record<string, PollInfo>,
  checks?: Record<string, WidgetCheck>,
): GradedReport {
  // Without a prototype: a poll id such as "__proto__" is an ordinary key.
  const results = dict<PollResult>();
  const counts: Record<PollOutcome, number> = { first: 0, later: 0, wrong: 0, none: 0 };
  let lateAttempts = 0;
  const ordered = [...report.attempts].sort((x, y) => x.at - y.at);
  for (const id of a.polls) {
    const res: PollResult = {
      outcome: 'none',
      attempts: 0,
      firstAnswer: null,
      firstCorrect: false,
      late: false,
    };
    const info = own(polls, id);
    for (const x of ordered) {
      if (!info || x.poll !== id) continue;
      const ok = gradeAnswer(info, x.answer, checks);
      if (ok === null) continue;
      res.attempts++;
      if (a.due !== null && x.at > a.due) {
        res.late = true;
        lateAttempts++;
      }
      if (res.attempts === 1) {
        res.firstAnswer = x.answer;
        res.firstCorrect = ok;
        res.outcome = ok ? 'first' : 'wrong';
      } else if (ok && res.outcome === 'wrong') res.outcome = 'later';
    }
    results[id] = res;
    counts[res.outcome]++;
  }
  const total = a.polls.length;
  return {
    name: report.name,
    createdAt: report.createdAt,
    polls: results,
    counts,
    completion: total === 0 ? 1 : (counts.first + counts.later) / total,
    lateAttempts,
  };
}
