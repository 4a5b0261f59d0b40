// Row mappers and SQL that the SQLite and PostgreSQL class stores share.
import type {
  AssignmentRow,
  AttemptRow,
  ClassLearner,
  ClassRow,
  DeviceRow,
  ExtensionRow,
  NewLearner,
  NewToken,
  TokenRow,
} from './class-repository.ts';

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Row mappers shared with the PostgreSQL store (booleans come as 0/1 or true/false). */
export const rows = {
  cls: (r: Row): ClassRow => ({
    code: String(r.code),
    name: String(r.name),
    secretHash: String(r.secret_hash),
    allowNewNames: Boolean(r.allow_new_names),
    version: Number(r.version),
    createdAt: String(r.created_at),
  }),
  learner: (r: Row): ClassLearner => ({
    learnerId: String(r.learner_id),
    code: String(r.code),
    name: String(r.name),
    nameKey: String(r.name_key),
    source: r.source as ClassLearner['source'],
    joinedAt: String(r.joined_at),
  }),
  token: (r: Row): TokenRow => ({
    tokenHash: String(r.token_hash),
    learnerId: String(r.learner_id),
    kind: r.kind as TokenRow['kind'],
    nonce: str(r.nonce),
    createdAt: String(r.created_at),
    revokedAt: str(r.revoked_at),
    usedAt: str(r.used_at),
  }),
  device: (r: Row): DeviceRow => ({
    learnerId: String(r.learner_id),
    deviceId: String(r.device_id),
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
  }),
  assignment: (r: Row): AssignmentRow => ({
    code: String(r.code),
    assignmentId: String(r.assignment_id),
    spec: String(r.spec),
    due: num(r.due),
    publishedAt: str(r.published_at),
    createdAt: String(r.created_at),
  }),
  extension: (r: Row): ExtensionRow => ({
    assignmentId: String(r.assignment_id),
    learnerId: String(r.learner_id),
    due: Number(r.due),
  }),
  attempt: (r: Row): AttemptRow => ({
    seq: Number(r.seq),
    learnerId: String(r.learner_id),
    attemptId: String(r.attempt_id),
    pollId: String(r.poll_id),
    response: String(r.response),
    correct: Boolean(r.correct),
    deviceId: String(r.device_id),
    clientAt: num(r.client_at),
    receivedAt: String(r.received_at),
  }),
};

/** The SQL both stores share, with `?` placeholders (PostgreSQL's store numbers them). */
export const SQL = {
  insertClass:
    'INSERT INTO classes (code, name, secret_hash, allow_new_names, version, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING',
  // Each learner goes after the last one of the class (the class row is locked meanwhile).
  insertLearner: `INSERT INTO class_learners (learner_id, code, name, name_key, source, joined_at, position)
    SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1 FROM class_learners WHERE code = ?`,
  insertToken: 'INSERT INTO class_tokens VALUES (?, ?, ?, ?, ?, ?, ?)',
  useToken: 'UPDATE class_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
  insertDevice: 'INSERT INTO class_devices VALUES (?, ?, ?, ?)',
  seeDevice: `INSERT INTO class_devices VALUES (?, ?, ?, ?)
    ON CONFLICT (learner_id, device_id) DO UPDATE SET last_seen = excluded.last_seen`,
  insertAssignment:
    'INSERT INTO class_assignments VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code, assignment_id) DO NOTHING',
  insertExtension: 'INSERT INTO class_extensions VALUES (?, ?, ?, ?)',
  // A restored attempt gets a new seq (seqs are global); restoring in seq order keeps the order.
  insertAttempt: `INSERT INTO class_attempts (code, learner_id, attempt_id, poll_id, response, correct, device_id, client_at, received_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, attempt_id) DO NOTHING`,
  attemptCount: 'SELECT count(*) AS n FROM class_attempts WHERE code = ?',
  bump: 'UPDATE classes SET version = version + 1 WHERE code = ?',
  learners: 'SELECT * FROM class_learners WHERE code = ? ORDER BY position',
  tokens:
    'SELECT t.* FROM class_tokens t JOIN class_learners l USING (learner_id) WHERE l.code = ? ORDER BY t.created_at, t.token_hash',
  devices:
    'SELECT d.* FROM class_devices d JOIN class_learners l USING (learner_id) WHERE l.code = ? ORDER BY d.first_seen, d.device_id',
  assignments: 'SELECT * FROM class_assignments WHERE code = ? ORDER BY created_at, assignment_id',
  extensions: 'SELECT * FROM class_extensions WHERE code = ? ORDER BY assignment_id, learner_id',
  attempts: 'SELECT * FROM class_attempts WHERE code = ? ORDER BY seq',
  learnerAttempts: 'SELECT * FROM class_attempts WHERE code = ? AND learner_id = ? ORDER BY seq',
  byToken: `SELECT l.*, t.used_at AS token_used_at FROM class_tokens t JOIN class_learners l USING (learner_id)
            WHERE t.token_hash = ? AND l.code = ? AND t.revoked_at IS NULL`,
  learnerIn: 'SELECT * FROM class_learners WHERE code = ? AND learner_id = ?',
  byNameKey: 'SELECT * FROM class_learners WHERE code = ? AND name_key = ?',
  claimed: `SELECT (SELECT count(*) FROM class_devices WHERE learner_id = ?)
            + (SELECT count(*) FROM class_tokens WHERE learner_id = ? AND (kind = 'join' OR used_at IS NOT NULL)) AS n`,
  revoke: 'UPDATE class_tokens SET revoked_at = ? WHERE learner_id = ? AND revoked_at IS NULL',
  deleteClass: 'DELETE FROM classes WHERE code = ?',
} as const;

/** The values of one row for SQL.insertLearner / insertToken (booleans as the dialect wants). */
export const values = {
  learner: (code: string, l: NewLearner) => [
    l.learnerId,
    code,
    l.name,
    l.nameKey,
    l.source,
    l.joinedAt,
    code,
  ],
  token: (learnerId: string, t: NewToken & { usedAt?: string | null }) => [
    t.tokenHash,
    learnerId,
    t.kind,
    t.nonce,
    t.createdAt,
    t.revokedAt,
    t.usedAt ?? null,
  ],
  assignment: (a: AssignmentRow) => [
    a.code,
    a.assignmentId,
    a.spec,
    a.due,
    a.publishedAt,
    a.createdAt,
  ],
};
