// The class server's shapes for classes (server/API.md, "Classes …"), as the
// teacher's pages read them. Kept here rather than imported from server/, so the
// browser bundle never reaches into the server's code.
import type { Assignment } from '../../assign/assignment.ts';
import type { PollOutcome } from '../../assign/grading.ts';

/** Where a learner is with an assignment. */
export type Status = 'not_started' | 'in_progress' | 'complete';

/** A device a learner used. */
export interface Device {
  deviceId: string;
  firstSeen: string;
  lastSeen: string;
}

/** A learner as the roster lists them. */
export interface RosterLearner {
  learnerId: string;
  name: string;
  source: 'roster' | 'joined';
  joinedAt: string;
  /** The personal link's path (null after a revoke, and for learners who joined by code). */
  linkPath: string | null;
  activeTokens: number;
  revoked: boolean;
  devices: Device[];
}

/** An assignment of the class. */
export interface ClassAssignment {
  assignment: Assignment;
  published: boolean;
  publishedAt: string | null;
  createdAt: string;
}

/** GET /api/classes/:code */
export interface ClassOverview {
  code: string;
  name: string;
  allowNewNames: boolean;
  createdAt: string;
  version: number;
  learners: RosterLearner[];
  assignments: ClassAssignment[];
}

/** A learner just added, with their personal link. */
export interface NewLearner {
  learnerId: string;
  name: string;
  linkPath: string;
}

/** POST /api/classes (the secret is returned only this once). */
export interface CreatedClass {
  code: string;
  teacherSecret: string;
  joinPath: string;
  learners: NewLearner[];
}

/** One attempt in the gradebook. */
export interface GradebookAttempt {
  attemptId: string;
  pollId: string;
  response: unknown;
  correct: boolean;
  at: string;
  deviceId: string;
  late: boolean;
}

/** One learner's row of a class gradebook. */
export interface GradebookLearner {
  learnerId: string;
  name: string;
  due: number | null;
  extended: boolean;
  status: Status;
  handedInAt: string | null;
  late: boolean;
  overdue: boolean;
  completion: number;
  answered: number;
  lateAttempts: number;
  counts: Record<PollOutcome, number>;
  polls: Record<string, { outcome: PollOutcome; attempts: number; late: boolean }>;
  attempts: GradebookAttempt[];
}

/** One poll's column summary. */
export interface GradebookPoll {
  pollId: string;
  type: string;
  counts: Record<PollOutcome, number>;
  distribution: { answer: string; count: number; correct: boolean }[];
}

/** GET /api/classes/:code/assignments/:id/gradebook */
export interface ClassGradebook {
  code: string;
  name: string;
  version: number;
  generatedAt: string;
  assignment: Assignment & { published: boolean };
  assignmentId: string;
  due: number | null;
  summary: Record<Status, number> & { late: number; overdue: number };
  learners: GradebookLearner[];
  polls: GradebookPoll[];
}

/** POST /api/classes/:code/assignments/:id/due */
export interface DueChange {
  assignmentId: string;
  due: number | null;
  extensions: { assignmentId: string; learnerId: string; due: number }[];
}

/** DELETE /api/classes/:code */
export interface Deleted {
  deleted: string;
  learners: number;
  attempts: number;
}

/** POST /api/classes/restore */
export interface Restored {
  code: string;
  name: string;
  learners: number;
}
