// What the class server does for classes (issue 16), apart from HTTP: rosters,
// personal links, assignments, attempts graded here, gradebooks, backups.
import { createHmac } from 'node:crypto';
import { readAssignment, type Assignment } from '../src/assign/assignment.ts';
import { grade } from '../src/quiz/grade.ts';
import { widgetChecks } from '../src/quiz/widget-checks.ts';
import { fromBackup, toBackup } from './class-backup.ts';
import { gradebook, learnerRow } from './class-gradebook.ts';
import { isoNow, type Clock } from './clock.ts';
import { ApiError } from './errors.ts';
import { hashSecret, type Ids } from './ids.ts';
import { cleanName } from './names.ts';
import type { PollIndex } from './polls.ts';
import { parseRoster, rosterKey } from './roster.ts';
import type {
  AssignmentRow,
  ClassLearner,
  ClassRepository,
  ClassRow,
  NewLearner,
  NewToken,
} from './store/class-repository.ts';

/** What the class service needs. */
export interface ClassDeps {
  repo: ClassRepository;
  polls: PollIndex;
  ids: Ids;
  clock: Clock;
}

/** The personal link token of a learner: rebuilt from the teacher secret, so the teacher can list links. */
export function linkToken(secret: string, code: string, learnerId: string, nonce: string): string {
  return createHmac('sha256', secret).update(`${code}:${learnerId}:${nonce}`).digest('base64url');
}

/** The site path of a personal link (the token in the fragment, so it is never sent in a request line). */
export const linkPath = (code: string, token: string) => `/class/#code=${code}&token=${token}`;

/** An attempt's response as `grade()` wants it (a widget's state may come as JSON text). */
function gradable(type: string, response: unknown): unknown {
  if (type !== 'widget' || typeof response !== 'string') return response;
  try {
    return JSON.parse(response);
  } catch {
    return undefined;
  }
}

/** A duplicate-key error of SQLite or PostgreSQL. */
function isUniqueViolation(e: unknown): boolean {
  const x = e as { code?: string; message?: string };
  return x?.code === '23505' || /UNIQUE constraint failed/.test(x?.message ?? '');
}

/** The class service over `deps`. */
export function classService(deps: ClassDeps) {
  const { repo, polls, ids, clock } = deps;
  const now = () => isoNow(clock);

  const cls = async (code: string): Promise<ClassRow> => {
    const c = await repo.getClass(code);
    if (!c) throw new ApiError('no_class');
    return c;
  };
  const assignment = async (code: string, id: string): Promise<AssignmentRow> => {
    const a = await repo.getAssignment(code, id);
    if (!a) throw new ApiError('unknown_assignment');
    return a;
  };
  /** The builder's assignment with the server's due time. */
  const spec = (a: AssignmentRow): Assignment => ({ ...JSON.parse(a.spec), due: a.due });
  const linkFor = (secret: string, code: string, learnerId: string) => {
    const nonce = ids.id('n');
    const token = linkToken(secret, code, learnerId, nonce);
    const row: NewToken = {
      tokenHash: hashSecret(token),
      kind: 'link',
      nonce,
      createdAt: now(),
      revokedAt: null,
    };
    return { token, row };
  };
  const newLearners = (secret: string, code: string, names: string[]) =>
    names.map((name) => {
      const learnerId = ids.id('cl');
      const { token, row } = linkFor(secret, code, learnerId);
      const l: NewLearner = {
        learnerId,
        name,
        nameKey: rosterKey(name),
        source: 'roster',
        joinedAt: now(),
        link: row,
      };
      return { l, token };
    });

  /** Each learner with link, devices and whether their links are revoked. */
  const roster = async (c: ClassRow, secret: string) => {
    const [learners, tokens, devices] = await Promise.all([
      repo.learners(c.code),
      repo.tokens(c.code),
      repo.devices(c.code),
    ]);
    return learners.map((l) => {
      const mine = tokens.filter((t) => t.learnerId === l.learnerId);
      const link = mine.find((t) => t.kind === 'link' && t.revokedAt === null);
      const token = link?.nonce ? linkToken(secret, c.code, l.learnerId, link.nonce) : null;
      return {
        learnerId: l.learnerId,
        name: l.name,
        source: l.source,
        joinedAt: l.joinedAt,
        linkPath: token ? linkPath(c.code, token) : null,
        activeTokens: mine.filter((t) => t.revokedAt === null).length,
        revoked: mine.length > 0 && mine.every((t) => t.revokedAt !== null),
        devices: devices
          .filter((d) => d.learnerId === l.learnerId)
          .map(({ deviceId, firstSeen, lastSeen }) => ({ deviceId, firstSeen, lastSeen })),
      };
    });
  };

  const checkSpec = (raw: unknown): Assignment => {
    const a = readAssignment(raw);
    // The builder's own reader says which rule a malformed assignment broke.
    if (typeof a === 'string')
      throw new ApiError('invalid_assignment', `The assignment is not well formed (${a}).`);
    for (const p of a.polls)
      if (!polls.has(p))
        throw new ApiError('unknown_poll', `There is no poll “${p}” in the course.`);
    return a;
  };

  return {
    cls,

    /** The assignment, or `unknown_assignment`. */
    assignment: (c: ClassRow, id: string) => assignment(c.code, id),

    /** What changes whenever a gradebook of the class would: its version and attempt count. */
    async changeTag(c: ClassRow) {
      return `${c.version}.${await repo.attemptCount(c.code)}`;
    },

    /** The class if `secret` is its teacher secret. */
    async asTeacher(code: string, secret: string | undefined): Promise<ClassRow> {
      const c = await cls(code);
      if (!secret || hashSecret(secret) !== c.secretHash) throw new ApiError('unauthorized');
      return c;
    },

    /** The learner holding `token` (not revoked) in this class. */
    async asLearner(code: string, token: string | undefined): Promise<ClassLearner> {
      await cls(code);
      const l = token ? await repo.learnerByToken(code, hashSecret(token), now()) : null;
      if (!l) throw new ApiError('unauthorized');
      return l;
    },

    async create(name: string, allowNewNames: boolean, rosterInput: string | string[] = []) {
      const names = parseRoster(rosterInput);
      const teacherSecret = ids.secret();
      for (;;) {
        const code = ids.code();
        const made = newLearners(teacherSecret, code, names);
        const ok = await repo.createClass(
          { code, name, secretHash: hashSecret(teacherSecret), allowNewNames, createdAt: now() },
          made.map((m) => m.l),
        );
        if (ok)
          return {
            code,
            teacherSecret,
            joinPath: `/class/#code=${code}`,
            learners: made.map(({ l, token }) => ({
              learnerId: l.learnerId,
              name: l.name,
              linkPath: linkPath(code, token),
            })),
          };
      }
    },

    async overview(c: ClassRow, secret: string) {
      const assignments = await repo.assignments(c.code);
      return {
        code: c.code,
        name: c.name,
        allowNewNames: c.allowNewNames,
        createdAt: c.createdAt,
        version: c.version,
        learners: await roster(c, secret),
        assignments: assignments.map((a) => ({
          assignment: spec(a),
          published: a.publishedAt !== null,
          publishedAt: a.publishedAt,
          createdAt: a.createdAt,
        })),
      };
    },

    roster,

    async update(c: ClassRow, change: { name?: string; allowNewNames?: boolean }) {
      await repo.updateClass(c.code, change);
    },

    async addLearners(c: ClassRow, secret: string, input: string | string[]) {
      const made = newLearners(secret, c.code, parseRoster(input));
      const clash = await repo.addLearners(
        c.code,
        made.map((m) => m.l),
      );
      if (clash.length)
        throw new ApiError(
          'invalid_roster',
          `Already on the roster: ${clash.map((n) => `“${n}”`).join(', ')}.`,
        );
      return made.map(({ l, token }) => ({
        learnerId: l.learnerId,
        name: l.name,
        linkPath: linkPath(c.code, token),
      }));
    },

    async revoke(c: ClassRow, learnerId: string) {
      if (!(await repo.revokeLearner(c.code, learnerId, now())))
        throw new ApiError('unknown_learner');
    },

    async reissue(c: ClassRow, secret: string, learnerId: string) {
      const { token, row } = linkFor(secret, c.code, learnerId);
      if (!(await repo.reissueLink(c.code, learnerId, row))) throw new ApiError('unknown_learner');
      return { learnerId, linkPath: linkPath(c.code, token) };
    },

    /** Joins by class code and typed name: matched to the roster, or added when the class allows. */
    async join(code: string, rawName: string) {
      const c = await cls(code);
      const name = cleanName(rawName);
      if (name === null) throw new ApiError('name_required');
      const learnerToken = ids.secret();
      const token: NewToken = {
        tokenHash: hashSecret(learnerToken),
        kind: 'join',
        nonce: null,
        createdAt: now(),
        revokedAt: null,
      };
      const newcomer: NewLearner | null = c.allowNewNames
        ? {
            learnerId: ids.id('cl'),
            name,
            nameKey: rosterKey(name),
            source: 'joined',
            joinedAt: now(),
          }
        : null;
      const out = await repo.joinByName(code, rosterKey(name), token, newcomer);
      if (out.kind === 'taken') throw new ApiError('name_taken');
      if (out.kind !== 'joined') throw new ApiError('not_on_roster');
      return { learnerToken, learnerId: out.learner.learnerId, name: out.learner.name };
    },

    async createAssignment(c: ClassRow, raw: unknown, publish: boolean) {
      const a = checkSpec(raw);
      const at = now();
      const ok = await repo.createAssignment({
        code: c.code,
        assignmentId: a.id,
        spec: JSON.stringify(a),
        due: a.due,
        publishedAt: publish ? at : null,
        createdAt: at,
      });
      if (!ok) throw new ApiError('assignment_exists');
      return { assignment: a, published: publish };
    },

    async publish(c: ClassRow, id: string) {
      await assignment(c.code, id);
      await repo.publishAssignment(c.code, id, now());
      const a = await assignment(c.code, id);
      return { assignment: spec(a), published: true, publishedAt: a.publishedAt };
    },

    /** Sets the due time for everyone, or (with `learnerId`) one learner's extension (null removes it). */
    async extend(c: ClassRow, id: string, due: number | null, learnerId?: string) {
      await assignment(c.code, id);
      if (learnerId === undefined) await repo.setDue(c.code, id, due);
      else {
        const known = (await repo.learners(c.code)).some((l) => l.learnerId === learnerId);
        if (!known) throw new ApiError('unknown_learner');
        await repo.setExtension(c.code, id, learnerId, due);
      }
      const ext = (await repo.extensions(c.code)).filter((e) => e.assignmentId === id);
      return { assignmentId: id, due: (await assignment(c.code, id)).due, extensions: ext };
    },

    async gradebook(c: ClassRow, id: string) {
      const a = await assignment(c.code, id);
      const s = spec(a);
      const [learners, attempts, ext] = await Promise.all([
        repo.learners(c.code),
        repo.attempts(c.code),
        repo.extensions(c.code),
      ]);
      const extensions = new Map(
        ext.filter((e) => e.assignmentId === id).map((e) => [e.learnerId, e.due]),
      );
      return {
        code: c.code,
        name: c.name,
        version: c.version,
        generatedAt: now(),
        assignment: { ...s, published: a.publishedAt !== null },
        ...gradebook(
          { assignmentId: id, polls: s.polls, due: a.due },
          learners,
          attempts,
          extensions,
          polls,
          clock(),
        ),
      };
    },

    /** Grades and stores a batch; each attempt is accepted, a duplicate (already stored), or refused with a code. */
    async attempts(
      c: ClassRow,
      learner: ClassLearner,
      deviceId: string,
      batch: { attemptId: string; pollId: string; response: unknown; answeredAt?: number }[],
    ) {
      const assigned = new Set(
        (await repo.assignments(c.code))
          .filter((a) => a.publishedAt !== null)
          .flatMap((a) => spec(a).polls),
      );
      const receivedAt = now();
      type Result = {
        attemptId: string;
        status: 'accepted' | 'duplicate' | 'refused';
        correct?: boolean;
        code?: string;
        error?: string;
        message?: unknown;
      };
      const results: Result[] = [];
      const store: { i: number; row: Parameters<ClassRepository['addAttempts']>[3][number] }[] = [];
      const seen = new Set<string>();
      for (const x of batch) {
        const poll = polls.get(x.pollId);
        const refuse = (e: ApiError, message?: unknown) =>
          results.push({
            attemptId: x.attemptId,
            status: 'refused',
            code: e.code,
            error: e.message,
            message,
          });
        if (seen.has(x.attemptId)) {
          results.push({ attemptId: x.attemptId, status: 'duplicate' });
          continue;
        }
        seen.add(x.attemptId);
        if (!poll) {
          refuse(new ApiError('unknown_poll'));
          continue;
        }
        if (!assigned.has(x.pollId)) {
          refuse(
            new ApiError(
              'poll_not_in_class',
              'That poll is in no published assignment of this class.',
            ),
          );
          continue;
        }
        const g = grade(poll, gradable(poll.type, x.response), widgetChecks);
        if (g.verdict === 'invalid') {
          refuse(new ApiError('invalid_answer'), g.message);
          continue;
        }
        results.push({ attemptId: x.attemptId, status: 'accepted', correct: g.correct });
        store.push({
          i: results.length - 1,
          row: {
            attemptId: x.attemptId,
            pollId: x.pollId,
            response: JSON.stringify(x.response),
            correct: g.correct,
            clientAt: x.answeredAt ?? null,
            receivedAt,
          },
        });
      }
      if (store.length) {
        const fresh = await repo.addAttempts(
          c.code,
          learner.learnerId,
          deviceId,
          store.map((s) => s.row),
        );
        fresh.forEach((isNew, k) => {
          if (!isNew)
            results[store[k].i] = { attemptId: results[store[k].i].attemptId, status: 'duplicate' };
        });
      }
      return { receivedAt, results };
    },

    /** A learner's own view: published assignments with their status, and their attempts. */
    async mine(c: ClassRow, learner: ClassLearner) {
      const [assignments, attempts, ext] = await Promise.all([
        repo.assignments(c.code),
        repo.attempts(c.code, learner.learnerId),
        repo.extensions(c.code),
      ]);
      return {
        code: c.code,
        className: c.name,
        learnerId: learner.learnerId,
        name: learner.name,
        assignments: assignments
          .filter((a) => a.publishedAt !== null)
          .map((a) => {
            const s = spec(a);
            const extension = ext.find(
              (e) => e.assignmentId === a.assignmentId && e.learnerId === learner.learnerId,
            )?.due;
            const row = learnerRow(
              { assignmentId: a.assignmentId, polls: s.polls, due: a.due },
              learner,
              attempts,
              extension,
              clock(),
            );
            const { key: _key, ...shown } = s;
            return {
              assignment: { ...shown, due: row.due },
              status: row.status,
              handedInAt: row.handedInAt,
              late: row.late,
              overdue: row.overdue,
              answered: row.answered,
              polls: row.polls,
            };
          }),
        attempts: attempts.map((x) => ({
          attemptId: x.attemptId,
          pollId: x.pollId,
          response: JSON.parse(x.response),
          correct: x.correct,
          at: x.receivedAt,
          deviceId: x.deviceId,
        })),
      };
    },

    async backup(c: ClassRow) {
      return toBackup((await repo.dump(c.code))!, now());
    },

    async restore(json: unknown) {
      const d = fromBackup(json);
      let loaded: boolean;
      try {
        loaded = await repo.load(d);
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // Rolled back: a learner id or token hash of the file belongs to another class here.
        throw new ApiError(
          'invalid_backup',
          'The file is not a class backup this server can restore: its learner ids or tokens clash with another class on this server.',
        );
      }
      if (!loaded) throw new ApiError('class_exists');
      return { code: d.class.code, name: d.class.name, learners: d.learners.length };
    },

    async remove(c: ClassRow) {
      const learners = (await repo.learners(c.code)).length;
      const attempts = (await repo.attempts(c.code)).length;
      await repo.deleteClass(c.code);
      return { deleted: c.code, learners, attempts };
    },
  };
}

/** What `classService` makes. */
export type ClassService = ReturnType<typeof classService>;
