import { describe, expect, it } from 'vitest';
import { attemptId, attemptIdentity } from '../../../src/classes/attempt-id.ts';
import type { Attempt } from '../../../src/progress/log.ts';

const a: Attempt = {
  poll: 'perceptron-why-not-xor',
  lesson: 'lessons/02-perceptron',
  answer: 'no-line',
  correct: true,
  at: 1796205600000,
};

describe('attempt ids', () => {
  it('are what the server accepts: 8–64 letters, digits, "_" or "-"', () => {
    expect(attemptId(a)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(attemptId(a)).toHaveLength(24);
  });

  it('are the same for the same attempt, whatever object holds it (a reload, another tab, an import)', () => {
    expect(attemptId({ ...a })).toBe(attemptId(a));
    // The lesson is not part of an attempt's identity in the log's merge, so not here either.
    expect(attemptId({ ...a, lesson: 'lessons/other' })).toBe(attemptId(a));
    expect(attemptId(JSON.parse(JSON.stringify(a)) as Attempt)).toBe(attemptId(a));
  });

  it('differ when the poll, the time, the answer or the verdict differ', () => {
    const ids = new Set([
      attemptId(a),
      attemptId({ ...a, poll: 'perceptron-which-gates' }),
      attemptId({ ...a, at: a.at + 1 }),
      attemptId({ ...a, answer: 'epochs' }),
      attemptId({ ...a, answer: ['no-line'] }),
      attemptId({ ...a, correct: false }),
    ]);
    expect(ids.size).toBe(6);
  });

  it('keep fields apart, so one field cannot run into the next', () => {
    expect(attemptIdentity({ ...a, poll: 'ab', answer: 'c' })).not.toBe(
      attemptIdentity({ ...a, poll: 'a', answer: 'bc' }),
    );
  });

  it('do not collide over many attempts of one learner', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++)
      seen.add(attemptId({ ...a, at: a.at + i * 997, correct: i % 2 === 0 }));
    expect(seen.size).toBe(20_000);
  });
});
