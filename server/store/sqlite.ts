// The embedded store: node:sqlite (built into Node 22, nothing to compile),
// WAL with synchronous=FULL so a committed answer survives a kill -9.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { sqliteClasses } from './classes-sqlite.ts';
import { loadMigrations } from './migrations.ts';
import type {
  Learner,
  Repository,
  ResultRow,
  Run,
  RunState,
  Session,
  StoredAnswer,
  SubmitOutcome,
} from './repository.ts';

type Row = Record<string, unknown>;

const session = (r: Row): Session => ({
  code: r.code as string,
  title: r.title as string,
  pollIds: JSON.parse(r.poll_ids as string),
  allowAnonymous: r.allow_anonymous === 1,
  secretHash: r.secret_hash as string,
  status: r.status as Session['status'],
  version: Number(r.version),
  currentRunId: (r.current_run_id as string | null) ?? null,
  createdAt: r.created_at as string,
});
const learner = (r: Row): Learner => ({
  learnerId: r.learner_id as string,
  code: r.code as string,
  clientId: r.client_id as string,
  name: (r.name as string | null) ?? null,
  joinedAt: r.joined_at as string,
});
const run = (r: Row): Run => ({
  runId: r.run_id as string,
  code: r.code as string,
  pollId: r.poll_id as string,
  state: r.state as RunState,
  shown: r.shown === 1,
  openedAt: r.opened_at as string,
});
const answer = (r: Row): StoredAnswer => ({
  runId: r.run_id as string,
  learnerId: r.learner_id as string,
  answerId: r.answer_id as string,
  answer: r.answer as string,
  correct: r.correct === 1,
  acceptedAt: r.accepted_at as string,
});

/** Opens (creating if needed) the SQLite database at `file` and applies the migrations. */
export function openSqlite(file: string): Repository {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  db.exec('PRAGMA busy_timeout = 5000;');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT)');
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => Number(r.version)),
  );
  const tx = <T>(fn: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const out = fn();
      db.exec('COMMIT');
      return out;
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  };
  for (const m of loadMigrations('sqlite')) {
    if (applied.has(m.version)) continue;
    tx(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, m.name);
    });
  }
  const q = (sql: string) => db.prepare(sql);
  const classes = sqliteClasses(db, tx);
  const bump = (code: string) =>
    Number(
      q('UPDATE sessions SET version = version + 1 WHERE code = ? RETURNING version').get(code)!
        .version,
    );

  return {
    kind: 'sqlite',
    classes,
    async createSession(s) {
      const r = q(
        `INSERT INTO sessions (code, title, poll_ids, allow_anonymous, secret_hash, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
      ).run(
        s.code,
        s.title,
        JSON.stringify(s.pollIds),
        s.allowAnonymous ? 1 : 0,
        s.secretHash,
        s.createdAt,
      );
      return r.changes === 1;
    },
    async getSession(code) {
      const r = q('SELECT * FROM sessions WHERE code = ?').get(code);
      return r ? session(r) : null;
    },
    async joinLearner(l) {
      return tx(() => {
        const found = q('SELECT * FROM learners WHERE code = ? AND client_id = ?').get(
          l.code,
          l.clientId,
        );
        if (found) {
          if (l.name !== null)
            q('UPDATE learners SET name = ? WHERE learner_id = ?').run(
              l.name,
              found.learner_id as string,
            );
        } else {
          q('INSERT INTO learners VALUES (?, ?, ?, ?, ?)').run(
            l.learnerId,
            l.code,
            l.clientId,
            l.name,
            l.joinedAt,
          );
        }
        const id = found ? (found.learner_id as string) : l.learnerId;
        q('INSERT INTO learner_tokens VALUES (?, ?)').run(l.tokenHash, id);
        bump(l.code);
        return learner(q('SELECT * FROM learners WHERE learner_id = ?').get(id)!);
      });
    },
    async learnerByToken(code, tokenHash) {
      const r = q(
        `SELECT l.* FROM learner_tokens t JOIN learners l USING (learner_id)
         WHERE t.token_hash = ? AND l.code = ?`,
      ).get(tokenHash, code);
      return r ? learner(r) : null;
    },
    async countLearners(code) {
      return Number(q('SELECT count(*) AS n FROM learners WHERE code = ?').get(code)!.n);
    },
    async openRun(r) {
      return tx(() => {
        q('INSERT INTO runs (run_id, code, poll_id, state, opened_at) VALUES (?, ?, ?, ?, ?)').run(
          r.runId,
          r.code,
          r.pollId,
          'open',
          r.openedAt,
        );
        q('UPDATE sessions SET current_run_id = ? WHERE code = ?').run(r.runId, r.code);
        return bump(r.code);
      });
    },
    async getRun(runId) {
      const r = q('SELECT * FROM runs WHERE run_id = ?').get(runId);
      return r ? run(r) : null;
    },
    async updateRun(runId, state, shown) {
      return tx(() => {
        const r = q('UPDATE runs SET state = ?, shown = ? WHERE run_id = ? RETURNING code').get(
          state,
          shown ? 1 : 0,
          runId,
        );
        return bump(r!.code as string);
      });
    },
    async endSession(code) {
      return tx(() => {
        q("UPDATE sessions SET status = 'ended' WHERE code = ?").run(code);
        return bump(code);
      });
    },
    async submitAnswer(a): Promise<SubmitOutcome> {
      return tx(() => {
        const dup = q('SELECT run_id, accepted_at FROM answer_log WHERE answer_id = ?').get(
          a.answerId,
        );
        if (dup)
          return {
            kind: 'duplicate',
            runId: dup.run_id as string,
            acceptedAt: dup.accepted_at as string,
          };
        const r = q(
          `SELECT r.state, s.status, s.current_run_id FROM runs r JOIN sessions s USING (code)
           WHERE r.run_id = ? AND r.code = ?`,
        ).get(a.runId, a.code);
        if (!r) return { kind: 'unknown_run' };
        if (r.status !== 'live') return { kind: 'class_ended' };
        if (r.current_run_id !== a.runId || r.state === 'revealed') return { kind: 'run_closed' };
        if (r.state !== 'open') return { kind: 'run_locked' };
        q('INSERT INTO answer_log VALUES (?, ?, ?, ?)').run(
          a.answerId,
          a.runId,
          a.learnerId,
          a.acceptedAt,
        );
        q(
          `INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, learner_id) DO UPDATE
           SET answer_id = excluded.answer_id, answer = excluded.answer,
               correct = excluded.correct, accepted_at = excluded.accepted_at`,
        ).run(a.runId, a.learnerId, a.answerId, a.answer, a.correct ? 1 : 0, a.acceptedAt);
        return { kind: 'accepted', acceptedAt: a.acceptedAt, version: bump(a.code) };
      });
    },
    async runAnswers(runId) {
      return q('SELECT * FROM answers WHERE run_id = ?').all(runId).map(answer);
    },
    async learnerAnswers(learnerId) {
      return q(
        'SELECT a.*, r.poll_id FROM answers a JOIN runs r USING (run_id) WHERE a.learner_id = ? ORDER BY r.opened_at, r.run_id',
      )
        .all(learnerId)
        .map((r) => ({ ...answer(r), pollId: r.poll_id as string }));
    },
    async results(code) {
      return q(
        `SELECT a.*, l.name, r.poll_id FROM answers a JOIN runs r USING (run_id)
         JOIN learners l ON l.learner_id = a.learner_id
         WHERE r.code = ? ORDER BY r.opened_at, r.run_id, l.joined_at, l.learner_id`,
      )
        .all(code)
        .map((r): ResultRow => {
          const x = answer(r);
          return {
            learnerId: x.learnerId,
            name: (r.name as string | null) ?? null,
            pollId: r.poll_id as string,
            runId: x.runId,
            answer: x.answer,
            correct: x.correct,
            acceptedAt: x.acceptedAt,
          };
        });
    },
    async close() {
      classes.settle();
      db.close();
    },
  };
}
