// The class store on PostgreSQL. Each change of a class first bumps the class's
// version, which locks its row, so two joins by the same name cannot both win.
import type pg from 'pg';
import type { ClassDump, ClassRepository, NewLearner } from './class-repository.ts';
import { rows, SQL, values } from './class-sql.ts';

/** Numbers the `?` placeholders of shared SQL as PostgreSQL wants ($1, $2, …). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

type Tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

/** The class store over a pool and its transaction helper. */
export function postgresClasses(pool: pg.Pool, tx: Tx): ClassRepository {
  const run = (c: pg.Pool | pg.PoolClient, sql: string, args: unknown[] = []) =>
    c.query(numbered(sql), args);
  const all = async (sql: string, args: unknown[]) => (await run(pool, sql, args)).rows;
  const bump = (c: pg.PoolClient, code: string) => run(c, SQL.bump, [code]);
  const insertLearners = async (c: pg.PoolClient, code: string, ls: NewLearner[]) => {
    for (const l of ls) {
      await run(c, SQL.insertLearner, values.learner(code, l));
      if (l.link) await run(c, SQL.insertToken, values.token(l.learnerId, l.link));
    }
  };
  const inClass = async (c: pg.PoolClient, code: string, learnerId: string) =>
    ((await run(c, SQL.learnerIn, [code, learnerId])).rowCount ?? 0) > 0;

  const repo: ClassRepository = {
    createClass: (k, learners) =>
      tx(async (c) => {
        const r = await run(c, SQL.insertClass, [
          k.code,
          k.name,
          k.secretHash,
          k.allowNewNames,
          1,
          k.createdAt,
        ]);
        if (r.rowCount !== 1) return false;
        await insertLearners(c, k.code, learners);
        return true;
      }),
    async getClass(code) {
      const r = (await all('SELECT * FROM classes WHERE code = ?', [code]))[0];
      return r ? rows.cls(r) : null;
    },
    updateClass: (code, change) =>
      tx(async (c) => {
        await bump(c, code);
        if (change.name !== undefined)
          await run(c, 'UPDATE classes SET name = ? WHERE code = ?', [change.name, code]);
        if (change.allowNewNames !== undefined)
          await run(c, 'UPDATE classes SET allow_new_names = ? WHERE code = ?', [
            change.allowNewNames,
            code,
          ]);
      }),
    addLearners: (code, learners) =>
      tx(async (c) => {
        await bump(c, code);
        const clash: string[] = [];
        for (const l of learners)
          if ((await run(c, SQL.byNameKey, [code, l.nameKey])).rowCount) clash.push(l.name);
        if (clash.length) return clash;
        await insertLearners(c, code, learners);
        return [];
      }),
    learners: async (code) => (await all(SQL.learners, [code])).map(rows.learner),
    tokens: async (code) => (await all(SQL.tokens, [code])).map(rows.token),
    devices: async (code) => (await all(SQL.devices, [code])).map(rows.device),
    async learnerByToken(code, tokenHash, at) {
      const r = (await all(SQL.byToken, [tokenHash, code]))[0];
      if (r && at && r.token_used_at === null) await run(pool, SQL.useToken, [at, tokenHash]);
      return r ? rows.learner(r) : null;
    },
    joinByName: (code, nameKey, token, newLearner) =>
      tx(async (c) => {
        await bump(c, code);
        const found = (await run(c, SQL.byNameKey, [code, nameKey])).rows[0];
        if (found) {
          const l = rows.learner(found);
          const n = (await run(c, SQL.claimed, [l.learnerId, l.learnerId])).rows[0].n;
          if (Number(n) > 0) return { kind: 'taken' as const };
          await run(c, SQL.insertToken, values.token(l.learnerId, token));
          return { kind: 'joined' as const, learner: l };
        }
        if (!newLearner) return { kind: 'not_on_roster' as const };
        await insertLearners(c, code, [{ ...newLearner, link: undefined }]);
        await run(c, SQL.insertToken, values.token(newLearner.learnerId, token));
        return { kind: 'joined' as const, learner: { ...newLearner, code } };
      }),
    revokeLearner: (code, learnerId, at) =>
      tx(async (c) => {
        if (!(await inClass(c, code, learnerId))) return false;
        await bump(c, code);
        await run(c, SQL.revoke, [at, learnerId]);
        return true;
      }),
    reissueLink: (code, learnerId, link) =>
      tx(async (c) => {
        if (!(await inClass(c, code, learnerId))) return false;
        await bump(c, code);
        await run(c, SQL.revoke, [link.createdAt, learnerId]);
        await run(c, SQL.insertToken, values.token(learnerId, link));
        return true;
      }),
    createAssignment: (a) =>
      tx(async (c) => {
        const r = await run(c, SQL.insertAssignment, values.assignment(a));
        if (r.rowCount !== 1) return false;
        await bump(c, a.code);
        return true;
      }),
    assignments: async (code) => (await all(SQL.assignments, [code])).map(rows.assignment),
    async getAssignment(code, id) {
      const r = (
        await all('SELECT * FROM class_assignments WHERE code = ? AND assignment_id = ?', [
          code,
          id,
        ])
      )[0];
      return r ? rows.assignment(r) : null;
    },
    publishAssignment: (code, id, at) =>
      tx(async (c) => {
        await bump(c, code);
        await run(
          c,
          'UPDATE class_assignments SET published_at = ? WHERE code = ? AND assignment_id = ? AND published_at IS NULL',
          [at, code, id],
        );
      }),
    setDue: (code, id, due) =>
      tx(async (c) => {
        await bump(c, code);
        await run(c, 'UPDATE class_assignments SET due = ? WHERE code = ? AND assignment_id = ?', [
          due,
          code,
          id,
        ]);
      }),
    setExtension: (code, id, learnerId, due) =>
      tx(async (c) => {
        await bump(c, code);
        await run(
          c,
          'DELETE FROM class_extensions WHERE code = ? AND assignment_id = ? AND learner_id = ?',
          [code, id, learnerId],
        );
        if (due !== null) await run(c, SQL.insertExtension, [code, id, learnerId, due]);
      }),
    extensions: async (code) => (await all(SQL.extensions, [code])).map(rows.extension),
    addAttempts: (code, learnerId, deviceId, attempts) =>
      tx(async (c) => {
        const fresh: boolean[] = [];
        for (const a of attempts) {
          const r = await run(c, SQL.insertAttempt, [
            code,
            learnerId,
            a.attemptId,
            a.pollId,
            a.response,
            a.correct,
            deviceId,
            a.clientAt,
            a.receivedAt,
          ]);
          fresh.push(r.rowCount === 1);
        }
        const at = attempts[0]?.receivedAt;
        if (at) await run(c, SQL.seeDevice, [learnerId, deviceId, at, at]);
        // No version bump: that would lock the class row and queue every learner's
        // commit behind the others'; the attempt count changes the gradebook's ETag.
        return fresh;
      }),
    async attemptCount(code) {
      return Number((await all(SQL.attemptCount, [code]))[0].n);
    },
    attempts: async (code, learnerId) =>
      (learnerId === undefined
        ? await all(SQL.attempts, [code])
        : await all(SQL.learnerAttempts, [code, learnerId])
      ).map(rows.attempt),
    deleteClass: (code) => tx(async (c) => (await run(c, SQL.deleteClass, [code])).rowCount === 1),
    async dump(code) {
      const k = await repo.getClass(code);
      if (!k) return null;
      return {
        class: k,
        learners: await repo.learners(code),
        tokens: await repo.tokens(code),
        devices: await repo.devices(code),
        assignments: await repo.assignments(code),
        extensions: await repo.extensions(code),
        attempts: await repo.attempts(code),
      } satisfies ClassDump;
    },
    load: (d) =>
      tx(async (c) => {
        const k = d.class;
        const r = await run(c, SQL.insertClass, [
          k.code,
          k.name,
          k.secretHash,
          k.allowNewNames,
          k.version,
          k.createdAt,
        ]);
        if (r.rowCount !== 1) return false;
        for (const l of d.learners) await run(c, SQL.insertLearner, values.learner(k.code, l));
        for (const t of d.tokens) await run(c, SQL.insertToken, values.token(t.learnerId, t));
        for (const x of d.devices)
          await run(c, SQL.insertDevice, [x.learnerId, x.deviceId, x.firstSeen, x.lastSeen]);
        for (const a of d.assignments) await run(c, SQL.insertAssignment, values.assignment(a));
        for (const e of d.extensions)
          await run(c, SQL.insertExtension, [k.code, e.assignmentId, e.learnerId, e.due]);
        for (const a of d.attempts)
          await run(c, SQL.insertAttempt, [
            k.code,
            a.learnerId,
            a.attemptId,
            a.pollId,
            a.response,
            a.correct,
            a.deviceId,
            a.clientAt,
            a.receivedAt,
          ]);
        return true;
      }),
  };
  return repo;
}
