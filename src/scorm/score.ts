// What the LMS gradebook gets: a score 0–100 from the course's own grading of
// the raw answers (gradeReport), and a lesson status against the pass mark.
import type { Assignment } from '../assign/assignment.ts';
import { gradeReport, type PollInfo } from '../assign/grading.ts';
import type { WidgetCheck } from '../quiz/grade.ts';
import type { Attempt } from '../progress/log.ts';

/** SCORM 1.2 cmi.core.lesson_status values this package sets. */
export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** The score and status of an attempt log for an assignment. */
export interface LmsResult {
  /** Polls answered correctly (at some attempt) over assigned polls, 0–100, rounded. */
  raw: number;
  status: LessonStatus;
  /** Assigned polls with at least one graded attempt. */
  tried: number;
}

/**
 * Incomplete until every assigned poll has a graded attempt; then passed or
 * failed against the pass mark (0–100), or completed when there is none.
 */
export function lmsResult(
  attempts: readonly Attempt[],
  a: Assignment,
  polls: Record<string, PollInfo>,
  passMark: number | null,
  checks?: Record<string, WidgetCheck>,
): LmsResult {
  const report = {
    assignment: a.id,
    title: a.title,
    name: '',
    createdAt: 0,
    attempts: [...attempts],
  };
  const g = gradeReport(report, a, polls, checks);
  const raw = Math.round(g.completion * 100);
  const tried = a.polls.length - g.counts.none;
  const status: LessonStatus =
    tried < a.polls.length
      ? 'incomplete'
      : passMark === null
        ? 'completed'
        : raw >= passMark
          ? 'passed'
          : 'failed';
  return { raw, status, tried };
}
