// Per-poll and per-lesson state, derived from the attempt log (never stored).
import type { Attempt } from './log.ts';

/** Where a learner stands on one poll. */
export interface PollState {
  poll: string;
  lesson: string;
  attempts: number;
  /** The first attempt was correct. */
  firstTryCorrect: boolean;
  /** Answered correctly at least once. */
  solved: boolean;
  lastAnswer: Attempt['answer'];
  lastCorrect: boolean;
  firstAt: number;
  lastAt: number;
  /** When first answered correctly, if ever. */
  solvedAt: number | null;
}

/** A lesson is complete when every one of its polls was answered correctly at least once. */
export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

/** The polls of each lesson, by lesson id, in lesson order (from the poll bank, at build). */
export type LessonPolls = Record<string, string[]>;

/** Every attempted poll's state, by poll id; attempts are taken in time order. */
export function pollStates(attempts: readonly Attempt[]): Record<string, PollState> {
  const states: Record<string, PollState> = {};
  const ordered = [...attempts].sort((a, b) => a.at - b.at);
  for (const a of ordered) {
    const s = states[a.poll];
    if (!s) {
      states[a.poll] = {
        poll: a.poll,
        lesson: a.lesson,
        attempts: 1,
        firstTryCorrect: a.correct,
        solved: a.correct,
        lastAnswer: a.answer,
        lastCorrect: a.correct,
        firstAt: a.at,
        lastAt: a.at,
        solvedAt: a.correct ? a.at : null,
      };
      continue;
    }
    s.attempts++;
    s.lastAnswer = a.answer;
    s.lastCorrect = a.correct;
    s.lastAt = a.at;
    if (a.correct && !s.solved) {
      s.solved = true;
      s.solvedAt = a.at;
    }
  }
  return states;
}

/** A lesson's status from its polls' states (a lesson without polls stays not started). */
export function lessonStatus(
  polls: readonly string[],
  states: Record<string, PollState>,
): LessonStatus {
  const tried = polls.filter((p) => states[p]);
  if (tried.length === 0) return 'not-started';
  return polls.every((p) => states[p]?.solved) ? 'complete' : 'in-progress';
}

/** One lesson's score: polls solved, solved on the first try, and polls in all. */
export interface LessonScore {
  status: LessonStatus;
  solved: number;
  firstTry: number;
  total: number;
}

/** The score of one lesson. */
export function lessonScore(
  polls: readonly string[],
  states: Record<string, PollState>,
): LessonScore {
  return {
    status: lessonStatus(polls, states),
    solved: polls.filter((p) => states[p]?.solved).length,
    firstTry: polls.filter((p) => states[p]?.firstTryCorrect).length,
    total: polls.length,
  };
}

/** The course total: lessons complete and polls solved, out of all. */
export interface CourseTotal {
  lessonsComplete: number;
  lessons: number;
  solved: number;
  firstTry: number;
  polls: number;
}

/** Sums every lesson's score into the course total. */
export function courseTotal(
  lessonPolls: LessonPolls,
  states: Record<string, PollState>,
): CourseTotal {
  const total: CourseTotal = { lessonsComplete: 0, lessons: 0, solved: 0, firstTry: 0, polls: 0 };
  for (const polls of Object.values(lessonPolls)) {
    const s = lessonScore(polls, states);
    total.lessons++;
    if (s.status === 'complete') total.lessonsComplete++;
    total.solved += s.solved;
    total.firstTry += s.firstTry;
    total.polls += s.total;
  }
  return total;
}
