// The storage of classes (roster, links, assignments, attempts) behind one
// interface, implemented for SQLite and PostgreSQL and tested alike.

/** A class as stored. */
export interface ClassRow {
  code: string;
  name: string;
  secretHash: string;
  allowNewNames: boolean;
  /** Grows at every change a gradebook shows, except new attempts (see attemptCount). */
  version: number;
  createdAt: string;
}

/** How a learner came to be in the class. */
export type LearnerSource = 'roster' | 'joined';

/** One learner of a class's roster. */
export interface ClassLearner {
  learnerId: string;
  code: string;
  name: string;
  /** The name folded for matching (see rosterKey in server/roster.ts). */
  nameKey: string;
  source: LearnerSource;
  joinedAt: string;
}

/** A stored token (only its hash). */
export interface TokenRow {
  tokenHash: string;
  learnerId: string;
  /** "link": the personal link (rebuilt from the teacher secret and `nonce`); "join": from joining by class code. */
  kind: 'link' | 'join';
  nonce: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** When the token was first used. */
  usedAt: string | null;
}

/** One device a learner has sent attempts from. */
export interface DeviceRow {
  learnerId: string;
  deviceId: string;
  firstSeen: string;
  lastSeen: string;
}

/** An assignment as stored. */
export interface AssignmentRow {
  code: string;
  assignmentId: string;
  /** The builder's assignment, JSON. */
  spec: string;
  /** Due time in ms since 1970, or null. */
  due: number | null;
  publishedAt: string | null;
  createdAt: string;
}

/** One learner's own due time for one assignment. */
export interface ExtensionRow {
  assignmentId: string;
  learnerId: string;
  due: number;
}

/** One graded attempt. */
export interface AttemptRow {
  /** Arrival order at the server. */
  seq: number;
  learnerId: string;
  attemptId: string;
  pollId: string;
  /** The response as given, JSON. */
  response: string;
  correct: boolean;
  deviceId: string;
  /** The time the client says it was answered (ms), for information only. */
  clientAt: number | null;
  receivedAt: string;
}

/** A learner to add, with an optional personal link token. */
export type NewLearner = Omit<ClassLearner, 'code'> & { link?: NewToken };

/** A token to store. */
export type NewToken = Omit<TokenRow, 'learnerId' | 'usedAt'>;

/** Every row of one class: what a backup holds and a restore writes back. */
export interface ClassDump {
  class: ClassRow;
  learners: ClassLearner[];
  tokens: TokenRow[];
  devices: DeviceRow[];
  assignments: AssignmentRow[];
  extensions: ExtensionRow[];
  attempts: AttemptRow[];
}

/** What joining by name found. */
export type JoinOutcome =
  { kind: 'joined'; learner: ClassLearner } | { kind: 'taken' | 'not_on_roster' };

/** The class operations; every write commits before it resolves. */
export interface ClassRepository {
  /** Stores a class with its first learners; false when the code is taken. */
  createClass(c: Omit<ClassRow, 'version'>, learners: NewLearner[]): Promise<boolean>;
  getClass(code: string): Promise<ClassRow | null>;
  updateClass(code: string, change: { name?: string; allowNewNames?: boolean }): Promise<void>;
  /** Adds learners; adds none and returns the clashing names when one is already on the roster. */
  addLearners(code: string, learners: NewLearner[]): Promise<string[]>;
  learners(code: string): Promise<ClassLearner[]>;
  tokens(code: string): Promise<TokenRow[]>;
  devices(code: string): Promise<DeviceRow[]>;
  /** The learner holding this (not revoked) token in this class; the token's first use is recorded at `at`. */
  learnerByToken(code: string, tokenHash: string, at?: string): Promise<ClassLearner | null>;
  /**
   * Joins by typed name: a roster learner whose tokens were never used and who has
   * no device yet gets `token`; else "taken". An unknown name is added as `newLearner` when given.
   */
  joinByName(
    code: string,
    nameKey: string,
    token: NewToken,
    newLearner: NewLearner | null,
  ): Promise<JoinOutcome>;
  /** Revokes every token of a learner; false when the learner is not in the class. */
  revokeLearner(code: string, learnerId: string, at: string): Promise<boolean>;
  /** Revokes every token of a learner and stores a new link token; false when not in the class. */
  reissueLink(code: string, learnerId: string, link: NewToken): Promise<boolean>;
  /** Stores an assignment; false when its id is taken in this class. */
  createAssignment(a: AssignmentRow): Promise<boolean>;
  assignments(code: string): Promise<AssignmentRow[]>;
  getAssignment(code: string, assignmentId: string): Promise<AssignmentRow | null>;
  publishAssignment(code: string, assignmentId: string, at: string): Promise<void>;
  setDue(code: string, assignmentId: string, due: number | null): Promise<void>;
  /** Sets (or with null removes) one learner's due time. */
  setExtension(
    code: string,
    assignmentId: string,
    learnerId: string,
    due: number | null,
  ): Promise<void>;
  extensions(code: string): Promise<ExtensionRow[]>;
  /**
   * Stores attempts in order, skipping attempt ids already stored for this learner;
   * records the device. Returns, per attempt, whether it was new.
   */
  addAttempts(
    code: string,
    learnerId: string,
    deviceId: string,
    attempts: Omit<AttemptRow, 'seq' | 'learnerId' | 'deviceId'>[],
  ): Promise<boolean[]>;
  /** How many attempts the class holds (only ever grows: with the version, the gradebook's ETag). */
  attemptCount(code: string): Promise<number>;
  /** Attempts in arrival order, of one learner or of the whole class. */
  attempts(code: string, learnerId?: string): Promise<AttemptRow[]>;
  /** Deletes the class and every learner's data; false when there was none. */
  deleteClass(code: string): Promise<boolean>;
  /** Every row of a class, or null. */
  dump(code: string): Promise<ClassDump | null>;
  /** Writes a dump back as it was; false when its code is taken. */
  load(d: ClassDump): Promise<boolean>;
}
