// npm run bench -- class, the classes part (issue 16): 300 learners on a roster,
// one assignment of every poll in the bank (60 columns), each learner sending 20
// attempts at random moments over 60 s, one attempt a request (the worst case of
// a queue that never batches), while the teacher's page refreshes the gradebook
// every 2 s with If-None-Match. Measures write latency and gradebook read time.
import { fileURLToPath } from 'node:url';
import { loadPolls } from '../server/polls.ts';
import type { Poll } from '../src/quiz/poll-schema.ts';
import type { ServerProcess } from './class-client.ts';

/** The shape of one run. */
export interface GradebookBenchOptions {
  learners: number;
  attemptsPerLearner: number;
  windowMs: number;
  seed: number;
}

/** The figures: 300 learners × 20 attempts over 60 s. */
export const GRADEBOOK_OPTIONS: GradebookBenchOptions = {
  learners: 300,
  attemptsPerLearner: 20,
  windowMs: 60_000,
  seed: 16,
};

const POLLS = fileURLToPath(new URL('../content/polls/', import.meta.url));

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

/** A response to `p`: right about two times in three. */
function responseTo(p: Poll, rnd: () => number): unknown {
  const right = rnd() < 0.66;
  if (p.type === 'single')
    return right ? p.answer : p.options[Math.floor(rnd() * p.options.length)].id;
  if (p.type === 'multiple') return right ? p.answer : [p.options[0].id];
  if (p.type === 'numeric') return String(right ? p.answer : p.answer + 1000);
  throw new Error('widget polls are not answered here');
}

async function call(base: string, method: string, path: string, body?: unknown, auth?: string) {
  const t0 = performance.now();
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - t0, json: text ? JSON.parse(text) : null };
}

/** Runs the classes scenario against one started server; returns its figures. */
export async function runGradebookScenario(server: ServerProcess, o = GRADEBOOK_OPTIONS) {
  const base = server.url;
  const rnd = seeded(o.seed);
  const bank = [...loadPolls(POLLS).values()];
  const answerable = bank.filter((p) => p.type !== 'widget');
  const names = Array.from({ length: o.learners }, (_, i) => `Learner ${i + 1}`);
  const made = await call(base, 'POST', '/api/classes', {
    name: 'Bench class',
    allowNewNames: false,
    roster: names.join('\n'),
  });
  if (made.status !== 201) throw new Error(`create: ${JSON.stringify(made.json)}`);
  const { code, teacherSecret } = made.json;
  const tokens: string[] = made.json.learners.map((l: { linkPath: string }) =>
    new URLSearchParams(l.linkPath.split('#')[1]).get('token')!,
  );
  const assignment = {
    id: 'bench-asg',
    key: 'AAAAAAAAAAAAAAAAAAAAAA',
    title: 'Every poll',
    instructions: '',
    due: Date.now() + o.windowMs / 2,
    lessons: [],
    polls: bank.map((p) => p.id),
  };
  const a = await call(
    base,
    'POST',
    `/api/classes/${code}/assignments`,
    { assignment, publish: true },
    teacherSecret,
  );
  if (a.status !== 201) throw new Error(`assignment: ${JSON.stringify(a.json)}`);

  // Each learner: 20 distinct polls at 20 random moments in the window.
  const plan = tokens.flatMap((token, i) => {
    const picked = [...answerable].sort(() => rnd() - 0.5).slice(0, o.attemptsPerLearner);
    return picked.map((p, j) => ({
      at: rnd() * o.windowMs,
      token,
      attempt: { attemptId: `bench-${i}-${j}-x`, pollId: p.id, response: responseTo(p, rnd) },
    }));
  });
  const writes: number[] = [];
  let refused = 0;
  let failed = 0;
  const failures: Record<string, number> = {};
  const reads: { ms: number; status: number }[] = [];
  let peakRss = await server.rss();
  const gradebookPath = `/api/classes/${code}/assignments/bench-asg/gradebook`;
  let etag: string | undefined;
  let reading = true;
  const t0 = performance.now();
  const reader = (async () => {
    while (reading) {
      const r0 = performance.now();
      try {
        const res = await fetch(base + gradebookPath, {
          headers: {
            authorization: `Bearer ${teacherSecret}`,
            ...(etag ? { 'if-none-match': etag } : {}),
          },
        });
        await res.arrayBuffer();
        reads.push({ ms: performance.now() - r0, status: res.status });
        etag = res.headers.get('etag') ?? etag;
      } catch {
        reads.push({ ms: performance.now() - r0, status: 0 });
      }
      peakRss = Math.max(peakRss, await server.rss());
      await new Promise((r) => setTimeout(r, 2000));
    }
  })();
  await Promise.all(
    plan.map(async (p) => {
      await new Promise((r) => setTimeout(r, p.at));
      const r = await call(
        base,
        'POST',
        `/api/classes/${code}/attempts`,
        { deviceId: 'bench-device', attempts: [p.attempt] },
        p.token,
      ).catch(() => null);
      if (!r || r.status !== 200) {
        failed++;
        const k = String(r?.status ?? 'network');
        failures[k] = (failures[k] ?? 0) + 1;
      } else if (r.json.results[0].status !== 'accepted') refused++;
      writes.push(r?.ms ?? NaN);
    }),
  );
  const elapsed = performance.now() - t0;
  reading = false;
  await reader;
  // The final, full read of 300 × 60 cells (no ETag: computed and sent whole).
  const full: number[] = [];
  let bytes = 0;
  let cells = 0;
  for (let i = 0; i < 5; i++) {
    const r = await call(base, 'GET', gradebookPath, undefined, teacherSecret);
    full.push(r.ms);
    bytes = JSON.stringify(r.json).length;
    cells = r.json.learners.length * r.json.polls.length;
    const stored = r.json.learners.reduce((n: number, l: any) => n + l.attempts.length, 0);
    if (stored !== plan.length - failed - refused)
      throw new Error(`the gradebook holds ${stored} attempts, ${plan.length - failed} were sent`);
  }
  const fresh = reads.filter((x) => x.status === 200).map((x) => x.ms);
  const unchanged = reads.filter((x) => x.status === 304).map((x) => x.ms);
  return {
    learners: o.learners,
    polls: bank.length,
    cells,
    attemptsSent: plan.length,
    attemptsFailed: failed,
    failuresByStatus: failures,
    attemptsRefused: refused,
    attemptsPerSecond: r1(plan.length / (elapsed / 1000)),
    writeMs: {
      p50: r1(quantile(writes, 0.5)),
      p99: r1(quantile(writes, 0.99)),
      max: r1(Math.max(...writes)),
    },
    gradebookFullMs: { p50: r1(quantile(full, 0.5)), max: r1(Math.max(...full)) },
    gradebookBytes: bytes,
    refreshesDuringLoad: {
      failed: reads.filter((x) => x.status === 0).length,
      fresh: fresh.length,
      p50FreshMs: r1(quantile(fresh, 0.5)),
      notModified: unchanged.length,
    },
    peakRssMb: r1(peakRss / 2 ** 20),
  };
}
