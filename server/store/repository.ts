// The storage of live classes behind one small interface, so the embedded
// SQLite and PostgreSQL implementations are interchangeable and tested alike.
import type { ClassRepository } from './class-repository.ts';

/** A live class as stored. */
export interface Session {
  code: string;
  title: string;
  pollIds: string[];
  allowAnonymous: boolean;
  secretHash: string;
  status: 'live' | 'ended';
  /** Grows at every change; the SSE event id. */
  version: number;
  currentRunId: string | null;
  createdAt: string;
}

/** One learner of one class. */
export interface Learner {
  learnerId: string;
  code: string;
  clientId: string;
  name: string | null;
  joinedAt: string;
}

/** The states a poll run goes through. */
export type RunState = 'open' | 'locked' | 'revealed';

/** One opening of one poll in a class. */
export interface Run {
  runId: string;
  code: string;
  pollId: string;
  state: RunState;
  shown: boolean;
  openedAt: string;
}

/** The answer that counts for one learner in one run. */
export interface StoredAnswer {
  runId: string;
  learnerId: string;
  answerId: string;
  /** The response as given, JSON-encoded. */
  answer: string;
  correct: boolean;
  acceptedAt: string;
}

/** What submitting an answer did: stored, already stored (resend), or refused and why. */
export type SubmitOutcome =
  | { kind: 'accepted'; acceptedAt: string; version: number }
  | { kind: 'duplicate'; runId: string; acceptedAt: string }
  | { kind: 'unknown_run' | 'run_locked' | 'run_closed' | 'class_ended' };

/** A row of the results: one learner × run answered. */
export interface ResultRow {
  learnerId: string;
  name: string | null;
  pollId: string;
  runId: string;
  answer: string;
  correct: boolean;
  acceptedAt: string;
}

/** The storage operations the class server needs; every write is committed before it resolves. */
export interface Repository {
  /** "sqlite" or "postgres", for /api/health. */
  readonly kind: 'sqlite' | 'postgres';
  /** The classes with rosters and assignments (issue 16), in the same database. */
  readonly classes: ClassRepository;
  /** Stores a new class; resolves false when the code is taken. */
  createSession(s: Omit<Session, 'status' | 'version' | 'currentRunId'>): Promise<boolean>;
  getSession(code: string): Promise<Session | null>;
  /** Adds a learner (or finds the one with this clientId, renaming it if a name is given) and stores a token for it. */
  joinLearner(
    l: Omit<Learner, 'name'> & { name: string | null; tokenHash: string },
  ): Promise<Learner>;
  learnerByToken(code: string, tokenHash: string): Promise<Learner | null>;
  countLearners(code: string): Promise<number>;
  /** Opens a new run, closing the previous one; returns the new version. */
  openRun(r: Omit<Run, 'state' | 'shown'>): Promise<number>;
  getRun(runId: string): Promise<Run | null>;
  /** Sets a run's state and visibility; returns the new version. */
  updateRun(runId: string, state: RunState, shown: boolean): Promise<number>;
  /** Marks the class ended; returns the new version. */
  endSession(code: string): Promise<number>;
  /** Stores an answer if its run is the open current run of a live class; idempotent by answerId. */
  submitAnswer(a: StoredAnswer & { code: string }): Promise<SubmitOutcome>;
  runAnswers(runId: string): Promise<StoredAnswer[]>;
  learnerAnswers(learnerId: string): Promise<(StoredAnswer & { pollId: string })[]>;
  results(code: string): Promise<ResultRow[]>;
  close(): Promise<void>;
}
