// The SSE hub: coalescing, Last-Event-ID resume, heartbeats, per-role frames.
import { afterEach, describe, expect, it } from 'vitest';
import { eventHub, type EventHub } from '../../../server/events/hub.ts';
import type { Snapshots } from '../../../server/snapshot.ts';

const snap = (version: number, answered: number): Snapshots => {
  const base = {
    code: 'ABC234',
    title: 'T',
    status: 'live' as const,
    version,
    learners: 1,
    allowAnonymous: true,
    pollIds: [],
  };
  const run = {
    runId: 'r_1',
    pollId: 'p',
    state: 'open' as const,
    shown: false,
    answered,
    correct: null,
  };
  return {
    version,
    teacher: { ...base, run: { ...run, tally: { kind: 'choice', counts: { a: answered } } } },
    learner: { ...base, run: { ...run, tally: null } },
  };
};

const frames = (out: string[]) =>
  out
    .filter((t) => t.startsWith('event: snapshot'))
    .map((t) => ({ id: Number(/id: (\d+)/.exec(t)![1]), data: JSON.parse(t.split('data: ')[1]) }));

describe('event hub', () => {
  let hub: EventHub;
  afterEach(() => hub.close());

  it('sends the current snapshot first, then one coalesced snapshot for a burst', async () => {
    let version = 1;
    let reads = 0;
    hub = eventHub(
      async () => (reads++, snap(version, version - 1)),
      { coalesceMs: 50, heartbeatMs: 60_000, learnerCountsMs: 0 },
      () => {},
    );
    const teacher: string[] = [];
    const learner: string[] = [];
    await hub.subscribe('ABC234', 'teacher', 0, (t) => teacher.push(t));
    await hub.subscribe('ABC234', 'learner', 0, (t) => learner.push(t));
    expect(teacher[0]).toBe('retry: 2000\n\n');
    reads = 0;
    for (let i = 0; i < 100; i++) {
      version++;
      hub.changed('ABC234');
    }
    await expect.poll(() => frames(teacher).at(-1)?.id, { timeout: 2000 }).toBe(101);
    expect(reads).toBeLessThanOrEqual(3);
    expect(frames(teacher).map((f) => f.id)).toEqual([1, 101]);
    expect(frames(teacher).at(-1)!.data.run.tally).toEqual({ kind: 'choice', counts: { a: 100 } });
    expect(frames(learner).at(-1)!.data.run.tally).toBeNull();
  });

  it('resumes from Last-Event-ID without resending what the client has', async () => {
    let version = 7;
    hub = eventHub(
      async () => snap(version, 3),
      { coalesceMs: 10, heartbeatMs: 60_000, learnerCountsMs: 0 },
      () => {},
    );
    const same: string[] = [];
    const older: string[] = [];
    await hub.subscribe('ABC234', 'teacher', 7, (t) => same.push(t));
    await hub.subscribe('ABC234', 'teacher', 5, (t) => older.push(t));
    expect(frames(same)).toEqual([]);
    expect(frames(older).map((f) => f.id)).toEqual([7]);
    hub.changed('ABC234');
    version = 8;
    hub.changed('ABC234');
    await expect.poll(() => frames(same).map((f) => f.id)).toEqual([8]);
    expect(frames(older).map((f) => f.id)).toEqual([7, 8]);
  });

  it('beats the heart and stops writing to a closed stream', async () => {
    hub = eventHub(
      async () => snap(1, 0),
      { coalesceMs: 10, heartbeatMs: 30, learnerCountsMs: 0 },
      () => {},
    );
    const out: string[] = [];
    const stop = await hub.subscribe('ABC234', 'learner', 0, (t) => out.push(t));
    await expect.poll(() => out.filter((t) => t === ': heartbeat\n\n').length).toBeGreaterThan(1);
    stop();
    expect(hub.size()).toBe(0);
    const n = out.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(out.length).toBe(n);
  });

  it('sends learners a change of what they see at once, and counts alone at most every learnerCountsMs', async () => {
    let current = snap(1, 0);
    hub = eventHub(
      async () => current,
      { coalesceMs: 5, heartbeatMs: 60_000, learnerCountsMs: 300 },
      () => {},
    );
    const learner: string[] = [];
    const teacher: string[] = [];
    await hub.subscribe('ABC234', 'learner', 0, (t) => learner.push(t));
    await hub.subscribe('ABC234', 'teacher', 0, (t) => teacher.push(t));
    current = snap(2, 1);
    hub.changed('ABC234');
    await expect.poll(() => frames(teacher).at(-1)?.id).toBe(2);
    // The first flush sets the learners' baseline, so it goes out too.
    expect(frames(learner).map((f) => f.id)).toEqual([1, 2]);
    current = snap(3, 2);
    hub.changed('ABC234');
    await expect.poll(() => frames(teacher).at(-1)?.id).toBe(3);
    expect(frames(learner).map((f) => f.id)).toEqual([1, 2]);
    // The held-back counts arrive when the interval is over.
    await expect.poll(() => frames(learner).at(-1)?.id, { timeout: 2000 }).toBe(3);
    const locked = snap(4, 2);
    locked.learner.run!.state = 'locked';
    current = locked;
    hub.changed('ABC234');
    await expect.poll(() => frames(learner).at(-1)?.id, { timeout: 100 }).toBe(4);
  });
});
