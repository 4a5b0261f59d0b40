import { describe, expect, it } from 'vitest';
import { widgetAnswer } from '../../../src/quiz/widget-answer.ts';
import { MAX_ANSWER_CHARS, checkAttempt } from '../../../src/progress/log.ts';
import { widgetChecks } from '../../../src/quiz/widget-checks.ts';

describe('a widget task answer', () => {
  it('keeps the whole state as JSON, so it can be graded again', () => {
    const state = { w: [1, 1], b: -0.5, activation: 'step', x: [0, 1] };
    const answer = widgetAnswer(state);
    expect(JSON.parse(answer)).toEqual(state);
    expect(widgetChecks['weighted-sum-or'].run(JSON.parse(answer)).ok).toBe(true);
  });

  it('replaces a state too long for the log by a note of its length, never by cut JSON', () => {
    const state = { points: Array.from({ length: 400 }, (_, i) => [i / 7, -i / 3]) };
    const answer = widgetAnswer(state);
    expect(answer.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    const parsed = JSON.parse(answer);
    expect(parsed.tooLong).toBeGreaterThan(MAX_ANSWER_CHARS);
    // The log accepts it, and grading it again says the state is missing.
    expect(checkAttempt({ poll: 'p', lesson: 'l', answer, correct: true, at: 1 })).not.toBeTypeOf(
      'string',
    );
    expect(widgetChecks['weighted-sum-or'].run(parsed)).toMatchObject({ invalid: true });
  });

  it('writes a missing state as null', () => {
    expect(widgetAnswer(undefined)).toBe('null');
  });
});
