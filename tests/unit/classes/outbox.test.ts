import { describe, expect, it } from 'vitest';
import {
  BATCH,
  Outbox,
  responseFlaw,
  retryDelay,
  type AttemptResult,
  type BatchOutcome,
  type Outgoing,
} from '../../../src/classes/outbox.ts';
import { attemptId } from '../../../src/classes/attempt-id.ts';
import type { Attempt } from '../../../src/progress/log.ts';

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    m,
  };
}

const T = 1_796_205_600_000;
const att = (poll: string, i: number, answer: string | string[] = 'a'): Attempt => ({
  poll,
  lesson: 'lessons/02-perceptron',
  answer,
  correct: false,
  at: T + i * 1000,
});
const ASSIGNED = new Set(['p1', 'p2']);

/** A server that keeps attempt ids per learner, as the real one does: a second send is a duplicate. */
function fakeServer(refuse: (o: Outgoing) => AttemptResult | null = () => null) {
  const stored: string[] = [];
  const batches: number[] = [];
  const send = async (batch: Outgoing[]): Promise<BatchOutcome> => {
    batches.push(batch.length);
    return {
      kind: 'results',
      results: batch.map((o) => {
        const r = refuse(o);
        if (r) return r;
        if (stored.includes(o.attemptId)) return { attemptId: o.attemptId, status: 'duplicate' };
        stored.push(o.attemptId);
        return { attemptId: o.attemptId, status: 'accepted' };
      }),
    };
  };
  return { stored, batches, send };
}

describe('class outbox', () => {
  it('queues only attempts at assigned polls, each once however often the log is read', () => {
    const box = new Outbox(memory(), 'k');
    const log = [att('p1', 1), att('other', 2), att('p2', 3)];
    expect(box.take(log, ASSIGNED, 0)).toBe(2);
    expect(box.take(log, ASSIGNED, 0)).toBe(0);
    expect(box.take([...log, att('p1', 4)], ASSIGNED, 0)).toBe(1);
    expect(box.pending().map((o) => o.pollId)).toEqual(['p1', 'p2', 'p1']);
    expect(box.pending()[0]).toEqual({
      attemptId: attemptId(log[0]),
      pollId: 'p1',
      response: 'a',
      answeredAt: T + 1000,
    });
  });

  it('sends in batches of at most 50 and counts every attempt once', async () => {
    const box = new Outbox(memory(), 'k');
    const log = Array.from({ length: 120 }, (_, i) => att(i % 2 ? 'p1' : 'p2', i));
    box.take(log, ASSIGNED, 0);
    const server = fakeServer();
    expect(await box.flush(server.send)).toEqual({ kind: 'done' });
    expect(BATCH).toBe(50);
    expect(server.batches).toEqual([50, 50, 20]);
    expect(new Set(server.stored).size).toBe(120);
    expect(box.pending()).toHaveLength(0);
    // Sent ids are never queued again, even from a fresh outbox over the same storage.
    expect(box.take(log, ASSIGNED, 0)).toBe(0);
  });

  it('remembers what was sent across page loads (same storage, new outbox)', async () => {
    const store = memory();
    const log = [att('p1', 1), att('p2', 2)];
    const first = new Outbox(store, 'k');
    first.take(log, ASSIGNED, 0);
    const server = fakeServer();
    await first.flush(server.send);
    const second = new Outbox(store, 'k');
    expect(second.take(log, ASSIGNED, 0)).toBe(0);
    expect(second.isSent(attemptId(log[0]))).toBe(true);
    expect(server.stored).toHaveLength(2);
  });

  it('keeps the batch when the server is unreachable, and sends it once when it is back', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1), att('p2', 2)], ASSIGNED, 0);
    const down = async (): Promise<BatchOutcome> => ({ kind: 'retry', after: 4000 });
    expect(await box.flush(down)).toEqual({ kind: 'retry', after: 4000 });
    expect(box.pending()).toHaveLength(2);
    const server = fakeServer();
    expect(await box.flush(server.send)).toEqual({ kind: 'done' });
    expect(server.stored).toHaveLength(2);
    expect(box.pending()).toHaveLength(0);
  });

  it('treats duplicate as done: an answer that arrived but whose reply was lost counts once', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1)], ASSIGNED, 0);
    const server = fakeServer();
    // The server stores it, then the connection drops before the reply.
    const lost = async (b: Outgoing[]): Promise<BatchOutcome> => {
      await server.send(b);
      return { kind: 'retry', after: 2000 };
    };
    await box.flush(lost);
    expect(box.pending()).toHaveLength(1);
    await box.flush(server.send);
    expect(server.stored).toHaveLength(1);
    expect(box.pending()).toHaveLength(0);
  });

  it('sets a refused attempt aside with its reason and sends the others', async () => {
    const box = new Outbox(memory(), 'k');
    const log = [att('p1', 1), att('p2', 2, 'abc')];
    box.take(log, ASSIGNED, 0);
    const server = fakeServer((o) =>
      o.response === 'abc'
        ? {
            attemptId: o.attemptId,
            status: 'refused',
            code: 'invalid_answer',
            error: 'Not a number.',
          }
        : null,
    );
    await box.flush(server.send);
    expect(box.pending()).toHaveLength(0);
    expect(box.refused()).toEqual([
      {
        attemptId: attemptId(log[1]),
        pollId: 'p2',
        code: 'invalid_answer',
        error: 'Not a number.',
        answeredAt: T + 2000,
      },
    ]);
    // Refused is final: not queued again.
    expect(box.take(log, ASSIGNED, 0)).toBe(0);
    expect(server.stored).toEqual([attemptId(log[0])]);
  });

  it('splits a batch the server refused as a whole, so one bad attempt holds up nothing', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1), att('p2', 2), att('p1', 3)], ASSIGNED, 0);
    const sizes: number[] = [];
    const send = async (b: Outgoing[]): Promise<BatchOutcome> => {
      sizes.push(b.length);
      if (b.length > 1) return { kind: 'rejected', code: 'invalid_request', error: 'Bad attempt.' };
      if (b[0].answeredAt === T + 2000)
        return { kind: 'rejected', code: 'invalid_request', error: 'Bad attempt.' };
      return { kind: 'results', results: [{ attemptId: b[0].attemptId, status: 'accepted' }] };
    };
    expect(await box.flush(send)).toEqual({ kind: 'done' });
    expect(sizes).toEqual([3, 1, 1, 1]);
    expect(box.refused().map((r) => r.answeredAt)).toEqual([T + 2000]);
  });

  it('refuses on its own what the server schema would refuse', () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1, []), att('p2', 2, 'x'.repeat(2001)), att('p1', 3, ['a'])], ASSIGNED, 0);
    expect(box.pending()).toHaveLength(1);
    expect(box.refused().map((r) => r.code)).toEqual(['invalid_answer', 'invalid_answer']);
    expect(responseFlaw('0.5')).toBeNull();
    expect(responseFlaw(['a', 'b'])).toBeNull();
    expect(responseFlaw(Array.from({ length: 21 }, (_, i) => `o${i}`))).toBe('count');
    expect(responseFlaw(['y'.repeat(65)])).toBe('option');
    expect(responseFlaw('')).toBe('length');
  });

  it('stops without losing anything when the token is withdrawn', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1)], ASSIGNED, 0);
    expect(await box.flush(async () => ({ kind: 'stop', code: 'unauthorized' }))).toEqual({
      kind: 'stop',
      code: 'unauthorized',
    });
    expect(box.pending()).toHaveLength(1);
  });

  it('marks what the server already has as sent (another device, or storage cleared)', () => {
    const box = new Outbox(memory(), 'k');
    const log = [att('p1', 1), att('p2', 2)];
    box.take(log, ASSIGNED, 0);
    box.markSent([attemptId(log[0])]);
    expect(box.pending().map((o) => o.pollId)).toEqual(['p2']);
  });

  it('counts the earlier answers (before sign-in) the server took', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1), att('p2', 2), att('p1', 9)], ASSIGNED, T + 5000);
    expect(box.pending().filter((o) => o.before)).toHaveLength(2);
    await box.flush(fakeServer().send);
    expect(box.earlierSent()).toBe(2);
  });

  it('runs one flush at a time; a new attempt during one is sent right after it', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1)], ASSIGNED, 0);
    const server = fakeServer();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async (b: Outgoing[]) => {
      await gate;
      return server.send(b);
    };
    const one = box.flush(slow);
    box.take([att('p1', 1), att('p2', 2)], ASSIGNED, 0);
    const two = box.flush(slow);
    release();
    await Promise.all([one, two]);
    expect(server.batches).toEqual([1, 1]);
    expect(server.stored).toHaveLength(2);
  });

  it('waits when the server gives no result for the batch instead of looping', async () => {
    const box = new Outbox(memory(), 'k');
    box.take([att('p1', 1)], ASSIGNED, 0);
    expect(await box.flush(async () => ({ kind: 'results', results: [] }))).toEqual({
      kind: 'retry',
      after: 0,
    });
    expect(box.pending()).toHaveLength(1);
  });

  it('starts afresh from a damaged stored value', () => {
    const store = memory();
    store.setItem('k', '{not json');
    const box = new Outbox(store, 'k');
    expect(box.take([att('p1', 1)], ASSIGNED, 0)).toBe(1);
    store.setItem(
      'k2',
      JSON.stringify({ format: 1, pending: [{ attemptId: 5 }, null], sent: 'x' }),
    );
    expect(new Outbox(store, 'k2').pending()).toEqual([]);
  });
});

describe('retry delay', () => {
  it('doubles from 2 s up to a minute and never undercuts Retry-After', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => retryDelay(n))).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
    expect(retryDelay(1, 30_000)).toBe(30_000);
    expect(retryDelay(0)).toBe(2000);
  });
});
