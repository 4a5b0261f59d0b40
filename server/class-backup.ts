// A class backup file: every row of a class as JSON (token and secret hashes
// included, so the teacher secret and every personal link keep working after a
// restore; the secrets themselves are never stored). Reading one checks its
// shape and that every row points at a learner and assignment of the backup.
import { z } from 'zod';
import { checkAssignment } from '../src/assign/assignment.ts';
import { ApiError } from './errors.ts';
import { messages } from './strings.ts';
import { classCode } from './class-schemas.ts';
import type { ClassDump } from './store/class-repository.ts';

/** The `format` field of a backup. */
export const BACKUP_FORMAT = 'nn-class-backup';
/** The backup version this server writes and reads. */
export const BACKUP_VERSION = 1;

const text = (max: number) => z.string().min(1).max(max);
const time = z.string().min(1).max(40);
const ms = z.number().int().min(0).max(8.64e15);
const learnerId = text(64);

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time,
  class: z.strictObject({
    code: classCode,
    name: text(120),
    secretHash: z.string().regex(/^[0-9a-f]{64}$/),
    allowNewNames: z.boolean(),
    version: z.number().int().min(1),
    createdAt: time,
  }),
  learners: z
    .array(
      z.strictObject({
        learnerId,
        name: text(200),
        nameKey: text(200),
        source: z.enum(['roster', 'joined']),
        joinedAt: time,
      }),
    )
    .max(10_000),
  tokens: z.array(
    z.strictObject({
      tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
      learnerId,
      kind: z.enum(['link', 'join']),
      nonce: z.string().max(64).nullable(),
      createdAt: time,
      revokedAt: time.nullable(),
      usedAt: time.nullable(),
    }),
  ),
  devices: z.array(
    z.strictObject({ learnerId, deviceId: text(64), firstSeen: time, lastSeen: time }),
  ),
  assignments: z.array(
    z.strictObject({
      assignmentId: text(64),
      assignment: z.unknown(),
      due: ms.nullable(),
      publishedAt: time.nullable(),
      createdAt: time,
    }),
  ),
  extensions: z.array(z.strictObject({ assignmentId: text(64), learnerId, due: ms })),
  attempts: z.array(
    z.strictObject({
      learnerId,
      attemptId: text(64),
      pollId: text(100),
      response: z.unknown(),
      correct: z.boolean(),
      deviceId: text(64),
      clientAt: ms.nullable(),
      receivedAt: time,
    }),
  ),
});

/** A backup as written. */
export type Backup = z.infer<typeof backupSchema>;

/** The backup of a dump, at `exportedAt`. */
export function toBackup(d: ClassDump, exportedAt: string): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    class: d.class,
    learners: d.learners.map(({ code: _code, ...l }) => l),
    tokens: d.tokens,
    devices: d.devices,
    assignments: d.assignments.map((a) => ({
      assignmentId: a.assignmentId,
      assignment: JSON.parse(a.spec),
      due: a.due,
      publishedAt: a.publishedAt,
      createdAt: a.createdAt,
    })),
    extensions: d.extensions,
    attempts: d.attempts.map(({ seq: _seq, response, ...x }) => ({
      ...x,
      response: JSON.parse(response),
    })),
  };
}

const refuse = (why: string) => new ApiError('invalid_backup', `${messages.invalid_backup} ${why}`);

/** The dump held by a backup file's JSON; throws `invalid_backup` saying what is wrong. */
export function fromBackup(json: unknown): ClassDump {
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw refuse(`${where}${issue.message}`);
  }
  const b = parsed.data;
  const code = b.class.code;
  const learners = new Set<string>();
  for (const l of b.learners) {
    if (learners.has(l.learnerId)) throw refuse(`learner ${l.learnerId} is listed twice.`);
    learners.add(l.learnerId);
  }
  const known = (what: string, id: string) => {
    if (!learners.has(id)) throw refuse(`${what} names learner ${id}, who is not in the backup.`);
  };
  b.tokens.forEach((t, i) => known(`tokens.${i}`, t.learnerId));
  b.devices.forEach((t, i) => known(`devices.${i}`, t.learnerId));
  b.attempts.forEach((t, i) => known(`attempts.${i}`, t.learnerId));
  const assignments = b.assignments.map((a, i) => {
    const spec = checkAssignment(a.assignment);
    if (!spec || spec.id !== a.assignmentId)
      throw refuse(`assignments.${i} is not a well-formed assignment.`);
    return {
      code,
      assignmentId: a.assignmentId,
      spec: JSON.stringify(spec),
      due: a.due,
      publishedAt: a.publishedAt,
      createdAt: a.createdAt,
    };
  });
  const ids = new Set(assignments.map((a) => a.assignmentId));
  b.extensions.forEach((e, i) => {
    known(`extensions.${i}`, e.learnerId);
    if (!ids.has(e.assignmentId))
      throw refuse(
        `extensions.${i} names assignment ${e.assignmentId}, which is not in the backup.`,
      );
  });
  return {
    class: b.class,
    learners: b.learners.map((l) => ({ ...l, code })),
    tokens: b.tokens,
    devices: b.devices,
    assignments,
    extensions: b.extensions,
    attempts: b.attempts.map((x, i) => ({
      ...x,
      seq: i + 1,
      response: JSON.stringify(x.response ?? null),
    })),
  };
}
