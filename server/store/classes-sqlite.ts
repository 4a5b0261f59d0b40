// The class store on SQLite: the same database file as the live classes.
import type { DatabaseSync } from 'node:sqlite';
import type { ClassDump, ClassRepository, NewLearner } from './class-repository.ts';
import { rows, SQL, values } from './class-sql.ts';

/** The class store, and `settle()` to commit what the group commit holds (before closing). */
export function sqliteClasses(
  db: DatabaseSync,
  rawTx: <T>(fn: () => T) => T,
): ClassRepository & { settle(): void } {
  // Every other write first commits what the group commit holds, so writes keep their order.
  const tx = <T>(fn: () => T): T => {
    if (queue.length) flush();
    return rawTx(fn);
  };
  const q = (sql: string) => db.prepare(sql);
  const bump = (code: string) => q(SQL.bump).run(code);
  const b = (v: boolean) => (v ? 1 : 0);
  const insertLearners = (code: string, ls: NewLearner[]) => {
    for (const l of ls) {
      q(SQL.insertLearner).run(...(values.learner(code, l) as string[]));
      if (l.link) q(SQL.insertToken).run(...(values.token(l.learnerId, l.link) as string[]));
    }
  };
  const inClass = (code: string, learnerId: string) =>
    q(SQL.learnerIn).get(code, learnerId) !== undefined;

  const storeAttempts: ClassRepository['addAttempts'] extends (...a: infer A) => unknown
    ? (...a: A) => boolean[]
    : never = (code, learnerId, deviceId, attempts) => {
    const fresh = attempts.map(
      (a) =>
        q(SQL.insertAttempt).run(
          code,
          learnerId,
          a.attemptId,
          a.pollId,
          a.response,
          b(a.correct),
          deviceId,
          a.clientAt,
          a.receivedAt,
        ).changes === 1,
    );
    const at = attempts[0]?.receivedAt;
    if (at) q(SQL.seeDevice).run(learnerId, deviceId, at, at);
    return fresh;
  };
  // Group commit: the batches that arrive while one commit waits for the disk are
  // stored by the next commit together, so one fsync acknowledges many learners.
  // Each promise resolves only once its rows are committed.
  type Job = {
    run: () => boolean[];
    resolve: (v: boolean[]) => void;
    reject: (e: unknown) => void;
  };
  let queue: Job[] = [];
  const enqueue = (run: () => boolean[]) =>
    new Promise<boolean[]>((resolve, reject) => {
      queue.push({ run, resolve, reject });
      if (queue.length === 1) setImmediate(flush);
    });
  const flush = () => {
    const jobs = queue;
    queue = [];
    if (!jobs.length) return;
    let outs: boolean[][];
    try {
      outs = rawTx(() => jobs.map((j) => j.run()));
    } catch {
      // One batch failed (e.g. its learner was just deleted): each on its own, so the rest commit.
      for (const j of jobs) {
        try {
          j.resolve(rawTx(j.run));
        } catch (e) {
          j.reject(e);
        }
      }
      return;
    }
    jobs.forEach((j, i) => j.resolve(outs[i]));
  };

  const repo: ClassRepository = {
    async createClass(c, learners) {
      return tx(() => {
        const r = q(SQL.insertClass).run(
          c.code,
          c.name,
          c.secretHash,
          b(c.allowNewNames),
          1,
          c.createdAt,
        );
        if (r.changes !== 1) return false;
        insertLearners(c.code, learners);
        return true;
      });
    },
    async getClass(code) {
      const r = q('SELECT * FROM classes WHERE code = ?').get(code);
      return r ? rows.cls(r) : null;
    },
    async updateClass(code, change) {
      tx(() => {
        if (change.name !== undefined)
          q('UPDATE classes SET name = ? WHERE code = ?').run(change.name, code);
        if (change.allowNewNames !== undefined)
          q('UPDATE classes SET allow_new_names = ? WHERE code = ?').run(
            b(change.allowNewNames),
            code,
          );
        bump(code);
      });
    },
    async addLearners(code, learners) {
      return tx(() => {
        const clash = learners
          .filter((l) => q(SQL.byNameKey).get(code, l.nameKey))
          .map((l) => l.name);
        if (clash.length) return clash;
        insertLearners(code, learners);
        bump(code);
        return [];
      });
    },
    async learners(code) {
      return q(SQL.learners).all(code).map(rows.learner);
    },
    async tokens(code) {
      if (queue.length) flush();
      return q(SQL.tokens).all(code).map(rows.token);
    },
    async devices(code) {
      return q(SQL.devices).all(code).map(rows.device);
    },
    async learnerByToken(code, tokenHash, at) {
      const r = q(SQL.byToken).get(tokenHash, code);
      // Recorded with the next group commit, not waited for: a commit per first use
      // would stall the server while a whole class opens its links at once.
      if (r && at && r.token_used_at === null)
        enqueue(() => (q(SQL.useToken).run(at, tokenHash), []));
      return r ? rows.learner(r) : null;
    },
    async joinByName(code, nameKey, token, newLearner) {
      return tx(() => {
        const found = q(SQL.byNameKey).get(code, nameKey);
        if (found) {
          const l = rows.learner(found);
          if (Number(q(SQL.claimed).get(l.learnerId, l.learnerId)!.n) > 0)
            return { kind: 'taken' as const };
          q(SQL.insertToken).run(...(values.token(l.learnerId, token) as string[]));
          bump(code);
          return { kind: 'joined' as const, learner: l };
        }
        if (!newLearner) return { kind: 'not_on_roster' as const };
        insertLearners(code, [{ ...newLearner, link: undefined }]);
        q(SQL.insertToken).run(...(values.token(newLearner.learnerId, token) as string[]));
        bump(code);
        return { kind: 'joined' as const, learner: { ...newLearner, code } };
      });
    },
    async revokeLearner(code, learnerId, at) {
      return tx(() => {
        if (!inClass(code, learnerId)) return false;
        q(SQL.revoke).run(at, learnerId);
        bump(code);
        return true;
      });
    },
    async reissueLink(code, learnerId, link) {
      return tx(() => {
        if (!inClass(code, learnerId)) return false;
        q(SQL.revoke).run(link.createdAt, learnerId);
        q(SQL.insertToken).run(...(values.token(learnerId, link) as string[]));
        bump(code);
        return true;
      });
    },
    async createAssignment(a) {
      return tx(() => {
        const r = q(SQL.insertAssignment).run(...(values.assignment(a) as string[]));
        if (r.changes !== 1) return false;
        bump(a.code);
        return true;
      });
    },
    async assignments(code) {
      return q(SQL.assignments).all(code).map(rows.assignment);
    },
    async getAssignment(code, id) {
      const r = q('SELECT * FROM class_assignments WHERE code = ? AND assignment_id = ?').get(
        code,
        id,
      );
      return r ? rows.assignment(r) : null;
    },
    async publishAssignment(code, id, at) {
      tx(() => {
        q(
          'UPDATE class_assignments SET published_at = ? WHERE code = ? AND assignment_id = ? AND published_at IS NULL',
        ).run(at, code, id);
        bump(code);
      });
    },
    async setDue(code, id, due) {
      tx(() => {
        q('UPDATE class_assignments SET due = ? WHERE code = ? AND assignment_id = ?').run(
          due,
          code,
          id,
        );
        bump(code);
      });
    },
    async setExtension(code, id, learnerId, due) {
      tx(() => {
        q(
          'DELETE FROM class_extensions WHERE code = ? AND assignment_id = ? AND learner_id = ?',
        ).run(code, id, learnerId);
        if (due !== null) q(SQL.insertExtension).run(code, id, learnerId, due);
        bump(code);
      });
    },
    async extensions(code) {
      return q(SQL.extensions).all(code).map(rows.extension);
    },
    addAttempts(code, learnerId, deviceId, attempts) {
      return enqueue(() => storeAttempts(code, learnerId, deviceId, attempts));
    },
    async attemptCount(code) {
      return Number(q(SQL.attemptCount).get(code)!.n);
    },
    async attempts(code, learnerId) {
      const r =
        learnerId === undefined
          ? q(SQL.attempts).all(code)
          : q(SQL.learnerAttempts).all(code, learnerId);
      return r.map(rows.attempt);
    },
    async deleteClass(code) {
      return tx(() => q(SQL.deleteClass).run(code).changes === 1);
    },
    async dump(code) {
      const c = await repo.getClass(code);
      if (!c) return null;
      return {
        class: c,
        learners: await repo.learners(code),
        tokens: await repo.tokens(code),
        devices: await repo.devices(code),
        assignments: await repo.assignments(code),
        extensions: await repo.extensions(code),
        attempts: await repo.attempts(code),
      } satisfies ClassDump;
    },
    async load(d) {
      return tx(() => {
        const c = d.class;
        const r = q(SQL.insertClass).run(
          c.code,
          c.name,
          c.secretHash,
          b(c.allowNewNames),
          c.version,
          c.createdAt,
        );
        if (r.changes !== 1) return false;
        for (const l of d.learners)
          q(SQL.insertLearner).run(...(values.learner(c.code, l) as string[]));
        for (const t of d.tokens)
          q(SQL.insertToken).run(...(values.token(t.learnerId, t) as string[]));
        for (const x of d.devices)
          q(SQL.insertDevice).run(x.learnerId, x.deviceId, x.firstSeen, x.lastSeen);
        for (const a of d.assignments)
          q(SQL.insertAssignment).run(...(values.assignment(a) as string[]));
        for (const e of d.extensions)
          q(SQL.insertExtension).run(c.code, e.assignmentId, e.learnerId, e.due);
        for (const a of d.attempts)
          q(SQL.insertAttempt).run(
            c.code,
            a.learnerId,
            a.attemptId,
            a.pollId,
            a.response,
            b(a.correct),
            a.deviceId,
            a.clientAt,
            a.receivedAt,
          );
        return true;
      });
    },
  };
  return Object.assign(repo, { settle: () => flush() });
}
