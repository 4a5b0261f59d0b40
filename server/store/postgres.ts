// The PostgreSQL store, for several class-server instances sharing one database.
// Every change is committed, then announced with NOTIFY so that each instance
// (this one included) pushes fresh snapshots to its own SSE clients.
import pg from 'pg';
import { postgresClasses } from './classes-postgres.ts';
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

/** The application_name of each instance's listening connection. */
export const LISTENER_NAME = 'class-server-listener';

/** The channel every instance listens on; the payload is a join code. */
export const CHANNEL = 'class_events';

type Row = Record<string, any>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
const session = (r: Row): Session => ({
  code: r.code,
  title: r.title,
  pollIds: JSON.parse(r.poll_ids),
  allowAnonymous: r.allow_anonymous,
  secretHash: r.secret_hash,
  status: r.status,
  version: Number(r.version),
  currentRunId: r.current_run_id ?? null,
  createdAt: iso(r.created_at),
});
const learner = (r: Row): Learner => ({
  learnerId: r.learner_id,
  code: r.code,
  clientId: r.client_id,
  name: r.name ?? null,
  joinedAt: r.joined_at,
});
const run = (r: Row): Run => ({
  runId: r.run_id,
  code: r.code,
  pollId: r.poll_id,
  state: r.state as RunState,
  shown: r.shown,
  openedAt: r.opened_at,
});
const answer = (r: Row): StoredAnswer => ({
  runId: r.run_id,
  learnerId: r.learner_id,
  answerId: r.answer_id,
  answer: r.answer,
  correct: r.correct,
  acceptedAt: r.accepted_at,
});

/** Thrown inside a transaction to roll it back with a refusal. */
class Refused extends Error {
  readonly kind: 'unknown_run' | 'run_locked' | 'run_closed' | 'class_ended' | 'duplicate';
  constructor(kind: Refused['kind']) {
    super(kind);
    this.kind = kind;
  }
}

/**
 * A PostgreSQL store with its listener: `onChange(code)` runs for every NOTIFY on
 * CHANNEL, and `onChange(null)` after the listener reconnects (changes may have been missed).
 */
export async function openPostgres(
  url: string,
  onChange: (code: string | null) => void = () => {},
  log: (e: unknown) => void = (e) => console.error(e),
): Promise<Repository> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the server; the pool replaces it.
  pool.on('error', log);
  const tx = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  };
  // One instance at a time applies migrations (the advisory lock waits for the others).
  await tx(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock(7155015)');
    await c.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT)',
    );
    const done = new Set(
      (await c.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    for (const m of loadMigrations('postgres')) {
      if (done.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, m.name]);
    }
  });
  let closing = false;
  let listener: pg.Client;
  const listen = async () => {
    const client = new pg.Client({ connectionString: url, application_name: LISTENER_NAME });
    client.on('notification', (n) => n.payload && onChange(n.payload));
    client.on('error', (e) => {
      log(e);
      void client.end().catch(() => {});
    });
    // A lost listener is replaced, and every class is refreshed for what it missed.
    client.on('end', () => {
      if (closing) return;
      setTimeout(
        () =>
          void listen().then(
            () => onChange(null),
            (e) => (log(e), client.emit('end')),
          ),
        1000,
      );
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  await listen();

  // Bumps the version and queues the NOTIFY, both delivered only if the transaction commits.
  const bump = async (c: pg.PoolClient, code: string) => {
    const r = await c.query(
      'UPDATE sessions SET version = version + 1 WHERE code = $1 RETURNING version',
      [code],
    );
    await c.query('SELECT pg_notify($1, $2)', [CHANNEL, code]);
    return Number(r.rows[0].version);
  };
  const logged = async (c: pg.Pool | pg.PoolClient, answerId: string) => {
    const d = (
      await c.query('SELECT run_id, accepted_at FROM answer_log WHERE answer_id = $1', [answerId])
    ).rows[0];
    return d ? ({ kind: 'duplicate', runId: d.run_id, acceptedAt: d.accepted_at } as const) : null;
  };
  const one = async (sql: string, args: unknown[]) =>
    (await pool.query(sql, args)).rows[0] as Row | undefined;

  return {
    kind: 'postgres',
    classes: postgresClasses(pool, tx),
    async createSession(s) {
      const r = await pool.query(
        `INSERT INTO sessions (code, title, poll_ids, allow_anonymous, secret_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
        [s.code, s.title, JSON.stringify(s.pollIds), s.allowAnonymous, s.secretHash, s.createdAt],
      );
      return r.rowCount === 1;
    },
    async getSession(code) {
      const r = await one('SELECT * FROM sessions WHERE code = $1', [code]);
      return r ? session(r) : null;
    },
    joinLearner: (l) =>
      tx(async (c) => {
        // Inserting first (or touching the existing row) serialises two joins with one clientId.
        const r = await c.query(
          `INSERT INTO learners VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (code, client_id) DO UPDATE SET name = COALESCE(EXCLUDED.name, learners.name)
           RETURNING *`,
          [l.learnerId, l.code, l.clientId, l.name, l.joinedAt],
        );
        const found = learner(r.rows[0]);
        await c.query('INSERT INTO learner_tokens VALUES ($1, $2)', [l.tokenHash, found.learnerId]);
        await bump(c, l.code);
        return found;
      }),
    async learnerByToken(code, tokenHash) {
      const r = await one(
        `SELECT l.* FROM learner_tokens t JOIN learners l USING (learner_id)
         WHERE t.token_hash = $1 AND l.code = $2`,
        [tokenHash, code],
      );
      return r ? learner(r) : null;
    },
    async countLearners(code) {
      return Number((await one('SELECT count(*) AS n FROM learners WHERE code = $1', [code]))!.n);
    },
    openRun: (r) =>
      tx(async (c) => {
        await c.query(
          'INSERT INTO runs (run_id, code, poll_id, state, opened_at) VALUES ($1, $2, $3, $4, $5)',
          [r.runId, r.code, r.pollId, 'open', r.openedAt],
        );
        await c.query('UPDATE sessions SET current_run_id = $1 WHERE code = $2', [r.runId, r.code]);
        return bump(c, r.code);
      }),
    async getRun(runId) {
      const r = await one('SELECT * FROM runs WHERE run_id = $1', [runId]);
      return r ? run(r) : null;
    },
    updateRun: (runId, state, shown) =>
      tx(async (c) => {
        const r = await c.query(
          'UPDATE runs SET state = $1, shown = $2 WHERE run_id = $3 RETURNING code',
          [state, shown, runId],
        );
        return bump(c, r.rows[0].code);
      }),
    endSession: (code) =>
      tx(async (c) => {
        await c.query("UPDATE sessions SET status = 'ended' WHERE code = $1", [code]);
        return bump(c, code);
      }),
    submitAnswer: (a) =>
      tx(async (c): Promise<SubmitOutcome> => {
        const dup = await logged(c, a.answerId);
        if (dup) return dup;
        const known = await c.query('SELECT 1 FROM runs WHERE run_id = $1 AND code = $2', [
          a.runId,
          a.code,
        ]);
        if (known.rowCount === 0) throw new Refused('unknown_run');
        const inserted = await c.query(
          'INSERT INTO answer_log VALUES ($1, $2, $3, $4) ON CONFLICT (answer_id) DO NOTHING',
          [a.answerId, a.runId, a.learnerId, a.acceptedAt],
        );
        // The same answerId sent twice at once: the other request committed it first.
        if (inserted.rowCount === 0) throw new Refused('duplicate');
        await c.query(
          `INSERT INTO answers VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (run_id, learner_id) DO UPDATE
           SET answer_id = EXCLUDED.answer_id, answer = EXCLUDED.answer,
               correct = EXCLUDED.correct, accepted_at = EXCLUDED.accepted_at`,
          [a.runId, a.learnerId, a.answerId, a.answer, a.correct, a.acceptedAt],
        );
        // Bumping the version locks the class row, as every open and state change does,
        // so changes of one class commit in version order. It comes last to hold the
        // lock briefly; the run's state is read after it, so a lock that committed
        // meanwhile is seen and this answer rolls back.
        const s = (
          await c.query(
            'UPDATE sessions SET version = version + 1 WHERE code = $1 RETURNING version, status, current_run_id',
            [a.code],
          )
        ).rows[0];
        const r = (
          await c.query(
            'SELECT state, pg_notify($3, $2) FROM runs WHERE run_id = $1 AND code = $2',
            [a.runId, a.code, CHANNEL],
          )
        ).rows[0];
        const refused =
          !s || !r
            ? 'unknown_run'
            : s.status !== 'live'
              ? 'class_ended'
              : s.current_run_id !== a.runId || r.state === 'revealed'
                ? 'run_closed'
                : r.state !== 'open'
                  ? 'run_locked'
                  : null;
        if (refused) throw new Refused(refused);
        return { kind: 'accepted' as const, acceptedAt: a.acceptedAt, version: Number(s.version) };
      }).catch(async (e) => {
        if (!(e instanceof Refused)) throw e;
        if (e.kind !== 'duplicate') return { kind: e.kind };
        return (await logged(pool, a.answerId))!;
      }),
    async runAnswers(runId) {
      return (await pool.query('SELECT * FROM answers WHERE run_id = $1', [runId])).rows.map(
        answer,
      );
    },
    async learnerAnswers(learnerId) {
      const r = await pool.query(
        'SELECT a.*, r.poll_id FROM answers a JOIN runs r USING (run_id) WHERE a.learner_id = $1 ORDER BY r.opened_at, r.run_id',
        [learnerId],
      );
      return r.rows.map((x) => ({ ...answer(x), pollId: x.poll_id }));
    },
    async results(code) {
      const r = await pool.query(
        `SELECT a.*, l.name, r.poll_id FROM answers a JOIN runs r USING (run_id)
         JOIN learners l ON l.learner_id = a.learner_id
         WHERE r.code = $1 ORDER BY r.opened_at, r.run_id, l.joined_at, l.learner_id`,
        [code],
      );
      return r.rows.map((x): ResultRow => ({
        learnerId: x.learner_id,
        name: x.name ?? null,
        pollId: x.poll_id,
        runId: x.run_id,
        answer: x.answer,
        correct: x.correct,
        acceptedAt: x.accepted_at,
      }));
    },
    async close() {
      closing = true;
      await listener.end().catch(() => {});
      await pool.end();
    },
  };
}
