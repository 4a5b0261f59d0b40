// A class gradebook's shapes, one definition for both sides: the server builds
// them (server/class-gradebook.ts) and the teacher's pages read them
// (src/classes/teacher/types.ts). Types only, so neither side pulls in the
// other's code.
import type { PollOutcome } from '../assign/grading.ts';
import type { Poll } from '../quiz/poll-schema.ts';

/** How a learner did on one poll. */
export type Outcome = PollOutcome;

/**
 * Where a learner is with an assignment: "not_started" (no attempt at its polls),
 * "in_progress" (some polls answered), "complete" (every poll answered at least
 * once, right or wrong: handed in).
 */
export type Status = 'not_started' | 'in_progress' | 'complete';

/** One attempt as the gradebook lists it. */
export interface GradebookAttempt {
  attemptId: string;
  pollId: string;
  response: unknown;
  correct: boolean;
  at: string;
  deviceId: string;
  late: boolean;
}

/** One learner's row. */
export interface LearnerRow {
  learnerId: string;
  name: string;
  /** This learner's due time (an extension, else the assignment's), ms or null. */
  due: number | null;
  extended: boolean;
  status: Status;
  /** When the last unanswered poll got its first answer. */
  handedInAt: string | null;
  /** Handed in after the due time. */
  late: boolean;
  /** Not handed in and the due time has passed. */
  overdue: boolean;
  /** Polls right (first time or later) over assigned polls, 0…1. */
  completion: number;
  answered: number;
  counts: Record<Outcome, number>;
  polls: Record<string, { outcome: Outcome; attempts: number; late: boolean }>;
  lateAttempts: number;
  attempts: GradebookAttempt[];
}

/** One bar of a poll's distribution of first answers. */
export interface Bar {
  answer: string;
  count: number;
  correct: boolean;
}

/** One poll's column summary. */
export interface PollColumn {
  pollId: string;
  type: Poll['type'];
  counts: Record<Outcome, number>;
  /** First answers: each option (choice polls, all options, a multiple choice counted per option picked), else each distinct answer. */
  distribution: Bar[];
}
