import { describe, expect, it } from 'vitest';
import {
  AnswerQueue,
  type QueuedAnswer,
  type SendOutcome,
} from '../../../src/live/answer-queue.ts';

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    m,
  };
}

function ids() {
  let n = 0;
  return () => `answer-${++n}`;
}

describe('answer queue', () => {
  it('keeps one answer per run, the last one given, each with a fresh id', () => {
    const q = new AnswerQueue(memory(), 'k', ids());
    q.give('r1', 'a');
    const b = q.give('r1', 'b');
    expect(q.pending()).toEqual([{ answerId: 'answer-2', runId: 'r1', answer: 'b' }]);
    expect(q.get('r1')).toEqual(b);
  });

  it('survives a reload: a new queue on the same storage has the same pending answer and id', () => {
    const store = memory();
    new AnswerQueue(store, 'k', ids()).give('r1', ['a', 'c']);
    const again = new AnswerQueue(store, 'k', () => 'never-used');
    expect(again.pending()).toEqual([{ answerId: 'answer-1', runId: 'r1', answer: ['a', 'c'] }]);
  });

  it('resends with the same id after a failed try, then stops once accepted', async () => {
    const q = new AnswerQueue(memory(), 'k', ids());
    q.give('r1', 'a');
    const sent: string[] = [];
    let online = false;
    const send = async (a: QueuedAnswer): Promise<SendOutcome> => {
      sent.push(a.answerId);
      return online ? { kind: 'accepted', acceptedAt: 't1' } : { kind: 'retry' };
    };
    await q.flush(send);
    expect(q.pending()).toHaveLength(1);
    online = true;
    await q.flush(send);
    await q.flush(send);
    expect(sent).toEqual(['answer-1', 'answer-1']);
    expect(q.get('r1')).toMatchObject({ acceptedAt: 't1' });
    expect(q.pending()).toEqual([]);
  });

  it('drops a refused answer from the sending, keeping why', async () => {
    const q = new AnswerQueue(memory(), 'k', ids());
    q.give('r1', 'a');
    await q.flush(async () => ({ kind: 'refused', reason: 'run_locked' }));
    expect(q.pending()).toEqual([]);
    expect(q.get('r1')?.refused).toBe('run_locked');
  });

  it('does not mark a newer answer as sent when an older one was acknowledged in flight', async () => {
    const q = new AnswerQueue(memory(), 'k', ids());
    q.give('r1', 'a');
    const sent: string[] = [];
    await q.flush(async (a) => {
      sent.push(`${a.answerId}=${a.answer}`);
      if (a.answer === 'a') q.give('r1', 'b');
      return { kind: 'accepted', acceptedAt: 't' };
    });
    // The flush asked for again during the first send runs after it: the newer answer goes too.
    await q.flush(async (a) => {
      sent.push(`${a.answerId}=${a.answer}`);
      return { kind: 'accepted', acceptedAt: 't2' };
    });
    expect(sent).toEqual(['answer-1=a', 'answer-2=b']);
    expect(q.get('r1')).toMatchObject({ answerId: 'answer-2', acceptedAt: 't2' });
  });

  it('runs one flush at a time: a call during a flush sends once more after it', async () => {
    const q = new AnswerQueue(memory(), 'k', ids());
    q.give('r1', 'a');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const send = async (): Promise<SendOutcome> => {
      calls++;
      await gate;
      return { kind: 'retry' };
    };
    const first = q.flush(send);
    const second = q.flush(send);
    release();
    await Promise.all([first, second]);
    expect(calls).toBe(2);
  });

  it('starts afresh on damaged storage and keeps working when storage refuses writes', () => {
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('full');
      },
    };
    const q = new AnswerQueue(broken, 'k', ids());
    expect(q.pending()).toEqual([]);
    q.give('r1', 'a');
    expect(q.pending()).toHaveLength(1);
  });
});
