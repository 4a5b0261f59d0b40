// One class-server load scenario: N learners, each with an SSE stream, all
// answering one poll at random moments within a window, while a presenter
// stream watches. Bounded in count and time; measures what issue 15 asks.
import { api, openEvents, type ServerProcess, type SnapshotEvent } from './class-client.ts';

/** The shape of one run. */
export interface ScenarioOptions {
  learners: number;
  /** Every answer is sent at a random moment in [0, windowMs). */
  windowMs: number;
  /** The whole scenario is abandoned after this long. */
  timeoutMs: number;
  seed: number;
}

/** What one scenario measured. */
export interface ScenarioResult {
  learners: number;
  streams: number;
  answersSent: number;
  answersAccepted: number;
  answersLost: number;
  acceptedPerSecond: number;
  answerToPresenterMs: { p50: number; p99: number; max: number };
  ackMs: { p50: number; p99: number };
  peakRssMb: number[];
}

const POLL = 'init-zero-weights-zero-biases';
const OPTIONS = ['a', 'b', 'c', 'd'];

/** A small seeded generator (mulberry32), so runs send at the same moments. */
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
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const r1 = (x: number) => Math.round(x * 10) / 10;

async function inBatches<T>(items: T[], size: number, fn: (x: T, i: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map((x, j) => fn(x, i + j)));
  }
}

const until = async (cond: () => boolean, ms: number, what: string) => {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Runs the scenario against `servers` (learners spread over them; the presenter on the last). */
export async function runScenario(
  servers: ServerProcess[],
  o: ScenarioOptions,
): Promise<ScenarioResult> {
  const deadline = performance.now() + o.timeoutMs;
  const left = () => Math.max(1, deadline - performance.now());
  const random = seeded(o.seed);
  const first = servers[0].url;
  const made = await api(first, 'POST', '/api/live', {
    title: 'Bench',
    pollIds: [POLL],
    allowAnonymous: true,
  });
  if (made.status !== 201) throw new Error(`could not open a class: ${JSON.stringify(made.json)}`);
  const { code, teacherSecret } = made.json;

  const learners: { token: string; base: string }[] = [];
  await inBatches(Array.from({ length: o.learners }), 25, async (_, i) => {
    const base = servers[i % servers.length].url;
    const r = await api(base, 'POST', `/api/live/${code}/join`, {
      clientId: `bench-client-${i}`,
      name: `Learner ${i}`,
    });
    if (r.status !== 200) throw new Error(`join ${i} failed: ${JSON.stringify(r.json)}`);
    learners[i] = { token: r.json.learnerToken, base };
  });

  const presenter: SnapshotEvent[] = [];
  const presenterBase = servers[servers.length - 1].url;
  const closers = [
    await openEvents(
      `${presenterBase}/api/live/${code}/events?role=teacher&key=${teacherSecret}`,
      (e) => presenter.push(e),
    ),
  ];
  const lastRunSeen: (string | null)[] = learners.map(() => null);
  await inBatches(learners, 50, async (l, i) => {
    closers.push(
      await openEvents(
        `${l.base}/api/live/${code}/events?role=learner&token=${l.token}`,
        (e) => (lastRunSeen[i] = e.data.run?.runId ?? null),
      ),
    );
  });

  const peaks = servers.map(() => 0);
  const sampler = setInterval(() => {
    servers.forEach(
      (s, i) =>
        void s.rss().then(
          (b) => (peaks[i] = Math.max(peaks[i], b)),
          () => {},
        ),
    );
  }, 100);

  try {
    const { runId } = (
      await api(first, 'POST', `/api/live/${code}/open`, { pollId: POLL }, teacherSecret)
    ).json;
    // Every learner's stream shows the poll before anyone answers, as in the room.
    await until(
      () => lastRunSeen.every((r) => r === runId),
      left(),
      'every learner stream to show the poll',
    );

    const sentAt: number[] = [];
    const acks: { sent: number; acked: number; version: number }[] = [];
    let failures = 0;
    const start = performance.now();
    await Promise.all(
      learners.map(async (l, i) => {
        const wait = random() * o.windowMs;
        await new Promise((r) => setTimeout(r, wait));
        const sent = performance.now();
        sentAt.push(sent);
        const r = await api(
          l.base,
          'POST',
          `/api/live/${code}/answers`,
          { runId, answerId: `bench-answer-${i}`, answer: OPTIONS[i % OPTIONS.length] },
          l.token,
        ).catch(() => null);
        if (r?.status === 200)
          acks.push({ sent, acked: performance.now(), version: r.json.version });
        else failures++;
      }),
    );
    const lastAck = Math.max(...acks.map((a) => a.acked));
    await until(
      () => presenter.at(-1)?.data.run?.answered === acks.length,
      left(),
      'the presenter to show every answer',
    );

    const latencies = acks.map((a) => {
      const seen = presenter.find((e) => e.id >= a.version && e.at >= a.sent);
      return seen ? seen.at - a.sent : Infinity;
    });
    const results = (
      await api(first, 'GET', `/api/live/${code}/results.json`, undefined, teacherSecret)
    ).json;
    return {
      learners: o.learners,
      streams: closers.length,
      answersSent: sentAt.length,
      answersAccepted: acks.length,
      answersLost: o.learners - results.rows.length + failures,
      acceptedPerSecond: r1(acks.length / ((lastAck - start) / 1000)),
      answerToPresenterMs: {
        p50: r1(quantile(latencies, 0.5)),
        p99: r1(quantile(latencies, 0.99)),
        max: r1(Math.max(...latencies)),
      },
      ackMs: {
        p50: r1(
          quantile(
            acks.map((a) => a.acked - a.sent),
            0.5,
          ),
        ),
        p99: r1(
          quantile(
            acks.map((a) => a.acked - a.sent),
            0.99,
          ),
        ),
      },
      peakRssMb: peaks.map((b) => r1(b / 2 ** 20)),
    };
  } finally {
    clearInterval(sampler);
    for (const close of closers) close();
  }
}
