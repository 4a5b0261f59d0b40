// SSE over a real socket: headers, resume by Last-Event-ID, and a closed tab
// leaving the hub.
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openEvents, type SnapshotEvent } from '../../../bench/class-client.ts';
import { classWithRun, testApp } from './fixtures.ts';

const PORT = 4406;
const base = `http://127.0.0.1:${PORT}`;

describe('SSE over HTTP', () => {
  const t = testApp({ hub: { coalesceMs: 20, learnerCountsMs: 0 } });
  let server: ReturnType<typeof serve>;
  beforeAll(
    () =>
      new Promise<void>(
        (r) =>
          (server = serve({ fetch: t.app.fetch, port: PORT, hostname: '127.0.0.1' }, () => r())),
      ),
  );
  afterAll(() => new Promise<void>((r) => (t.hub.close(), server.close(() => r()))));

  it('streams snapshots with ids, resumes after the last one and lets go of closed streams', async () => {
    const { code, runId, teacherSecret, join } = await classWithRun(t);
    const url = `${base}/api/live/${code}/events?role=teacher&key=${teacherSecret}`;
    const head = await fetch(url);
    expect(head.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(head.headers.get('cache-control')).toBe('no-cache, no-transform');
    await head.body!.cancel();

    const seen: SnapshotEvent[] = [];
    const close = await openEvents(url, (e) => seen.push(e));
    await expect.poll(() => seen.length).toBe(1);
    const ana = await join('client-001', 'Ana');
    await api(
      base,
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-001', answer: 'b' },
      ana.learnerToken,
    );
    await expect.poll(() => seen.at(-1)?.data.run.answered).toBe(1);
    close();
    await expect.poll(() => t.hub.size()).toBe(0);

    // Back with the last id: nothing old is sent again; the next change arrives.
    const last = seen.at(-1)!.id;
    const resumed: SnapshotEvent[] = [];
    const close2 = await openEvents(url, (e) => resumed.push(e), last);
    await expect.poll(() => t.hub.size()).toBe(1);
    await join('client-002', 'Ben');
    await expect.poll(() => resumed.at(-1)?.data.learners).toBe(2);
    expect(resumed.every((e) => e.id > last)).toBe(true);
    close2();

    const refused = await fetch(`${base}/api/live/${code}/events?role=learner&token=wrong`);
    expect([refused.status, (await refused.json()).code]).toEqual([401, 'unauthorized']);
  });
});
