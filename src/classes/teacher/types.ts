// The class server's shapes for classes (server/API.md, "Classes …"), as the
// teacher's pages read them. Kept here rather than imported from server/, so the
// browser bundle never reaches into the server's code; the gradebook's rows and
// columns come from ../gradebook-types.ts, which the server uses too.
import type { Assignment } from '../../assign/assignment.ts';
import type {
  GradebookAttempt,
  LearnerRow as GradebookLearner,
  PollColumn as GradebookPoll,
  Status,
} from '../gradebook-types.ts';

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

/** A class gradebook's attempts, learner rows, poll columns and statuses, as the server builds them. */
export type { GradebookAttempt, GradebookLearner, GradebookPoll, Status };

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
