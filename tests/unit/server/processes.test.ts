// The real server process: kill -9 in the middle of a burst loses no
// acknowledged answer, and two instances on one PostgreSQL share a class.
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  openEvents,
  startServer,
  type ServerProcess,
  type SnapshotEvent,
} from '../../../bench/class-client.ts';
import pg from 'pg';
import { LISTENER_NAME } from '../../../server/store/postgres.ts';
import { freshPostgresUrl, freshSqliteFile } from './stores.ts';

const running: ServerProcess[] = [];
const start = async (port: number, env: Record<string, string>) => {
  const s = await startServer(port, env);
  running.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function classOn(base: string, learners: number) {
  const made = await api(base, 'POST', '/api/live', {
    title: 'Kill test',
    pollIds: ['init-zero-weights-zero-biases'],
    allowAnonymous: true,
  });
  const { code, teacherSecret } = made.json;
  const joined = [];
  for (let i = 0; i < learners; i++) {
    joined.push(
      (
        await api(base, 'POST', `/api/live/${code}/join`, {
          clientId: `client-${i}-xyz`,
          name: `L${i}`,
        })
      ).json,
    );
  }
  const { runId } = (
    await api(
      base,
      'POST',
      `/api/live/${code}/open`,
      { pollId: 'init-zero-weights-zero-biases' },
      teacherSecret,
    )
  ).json;
  return { code, teacherSecret, joined, runId };
}

describe('class server processes', () => {
  it('keeps every acknowledged answer through kill -9 and continues the class', async () => {
    const env = { SQLITE_FILE: freshSqliteFile() };
    let server = await start(4407, env);
    const { code, teacherSecret, joined, runId } = await classOn(server.url, 150);
    // Each learner changes its answer twice, one request after another: the last
    // acknowledged one (or a later one, committed but not acknowledged) must survive.
    const acked = new Map<string, number>();
    let acks = 0;
    const options = ['a', 'b', 'c'];
    const send = (base: string, l: any, i: number, k: number) =>
      api(
        base,
        'POST',
        `/api/live/${code}/answers`,
        { runId, answerId: `answer-${i}-${k}-xyz`, answer: options[(i + k) % 3] },
        l.learnerToken,
      );
    const sends = joined.map(async (l, i) => {
      for (let k = 0; k < 3; k++) {
        const r = await send(server.url, l, i, k).catch(() => null);
        if (r?.status !== 200) return;
        acked.set(l.learnerId, k);
        acks++;
      }
    });
    await expect.poll(() => acks, { timeout: 20_000, interval: 5 }).toBeGreaterThan(30);
    await server.kill9();
    await Promise.all(sends);
    expect(acks).toBeLessThan(450);

    server = await start(4407, env);
    for (const [i, l] of joined.entries()) {
      const me = await api(server.url, 'GET', `/api/live/${code}/me`, undefined, l.learnerToken);
      const stored = me.json.answers.map((a: any) => Number(a.answerId.split('-')[2]));
      if (acked.has(l.learnerId)) {
        expect(stored).toHaveLength(1);
        expect(stored[0]).toBeGreaterThanOrEqual(acked.get(l.learnerId)!);
      }
      // The learner page resends what was not acknowledged, with the same answerId.
      expect((await send(server.url, l, i, 2)).status).toBe(200);
    }
    const snap = (
      await api(server.url, 'GET', `/api/live/${code}/teacher`, undefined, teacherSecret)
    ).json;
    expect(snap.run.answered).toBe(150);
    expect(snap.run.tally.counts).toEqual({ a: 50, b: 50, c: 50, d: 0 });
  }, 120_000);

  it('shows an answer given on instance A to the presenter on instance B', async () => {
    const env = { DATABASE_URL: await freshPostgresUrl() };
    const [a, b] = await Promise.all([start(4408, env), start(4409, env)]);
    const { code, teacherSecret, joined, runId } = await classOn(a.url, 2);
    const onB: SnapshotEvent[] = [];
    const onA: SnapshotEvent[] = [];
    const closeB = await openEvents(
      `${b.url}/api/live/${code}/events?role=teacher&key=${teacherSecret}`,
      (e) => onB.push(e),
    );
    const closeA = await openEvents(
      `${a.url}/api/live/${code}/events?role=learner&token=${joined[1].learnerToken}`,
      (e) => onA.push(e),
    );
    await expect.poll(() => onB.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const r = await api(
      a.url,
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-on-a-1', answer: 'b' },
      joined[0].learnerToken,
    );
    expect(r.status).toBe(200);
    await expect.poll(() => onB.at(-1)?.data.run.answered, { timeout: 10_000 }).toBe(1);
    expect(onB.at(-1)!.data.run.tally.counts.b).toBe(1);
    // And the other way: the teacher acts on B, the learner on A sees it.
    await api(
      b.url,
      'POST',
      `/api/live/${code}/runs/${runId}`,
      { action: 'reveal' },
      teacherSecret,
    );
    await expect.poll(() => onA.at(-1)?.data.run.state, { timeout: 10_000 }).toBe('revealed');
    expect(onA.at(-1)!.data.run.correct).toBe(
      onB.at(-1)?.data.run.correct ?? onA.at(-1)!.data.run.correct,
    );
    // Resuming on B from the last id seen sends nothing old, only what is new.
    const last = onB.at(-1)!.id;
    closeB();
    const resumed: SnapshotEvent[] = [];
    const closeR = await openEvents(
      `${b.url}/api/live/${code}/events?role=teacher&key=${teacherSecret}`,
      (e) => resumed.push(e),
      last,
    );
    await api(a.url, 'POST', `/api/live/${code}/join`, {
      clientId: 'client-late-xyz',
      name: 'Late',
    });
    await expect.poll(() => resumed.at(-1)?.data.learners, { timeout: 10_000 }).toBe(3);
    expect(resumed.every((e) => e.id > last)).toBe(true);
    // A listener connection dropped by the database comes back and catches up.
    const admin = new pg.Client({ connectionString: env.DATABASE_URL });
    await admin.connect();
    const killed = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
      [LISTENER_NAME],
    );
    await admin.end();
    expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    await api(a.url, 'POST', `/api/live/${code}/join`, {
      clientId: 'client-later-xyz',
      name: 'Later',
    });
    await expect.poll(() => resumed.at(-1)?.data.learners, { timeout: 15_000 }).toBe(4);
    closeA();
    closeR();
  }, 60_000);
});
