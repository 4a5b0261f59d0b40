import { describe, expect, it } from 'vitest';
import { grade, type GradablePoll } from '../../../../src/quiz/grade.ts';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';
import {
  PERCEPTRON_WIDGET,
  perceptronChecks,
  readPerceptronTaskState,
} from '../../../../src/quiz/checks/perceptron.ts';

const or = perceptronChecks['perceptron-lab-or'];
const state = (w1: number, w2: number, b: number, fieldErrors: string[] = []) => ({
  w1,
  w2,
  b,
  fieldErrors,
});

// By hand: OR through the step needs b < 0, w1 + b > 0, w2 + b > 0.
describe('perceptron-lab-or', () => {
  it('is registered under its name and reads the lab’s state', () => {
    expect(widgetChecks['perceptron-lab-or']).toBe(or);
    expect(or.widget).toBe(PERCEPTRON_WIDGET);
  });
  it('accepts the lesson’s w = (1, 1), b = −0.5, and the lab’s start with b = −0.2', () => {
    expect(or.run(state(1, 1, -0.5))).toEqual({
      ok: true,
      message: { code: 'gate-right', params: { gate: 'OR' } },
    });
    expect(or.run(state(0.5, 0.5, -0.2)).ok).toBe(true);
    expect(or.run(state(3, 0.1, -0.05)).ok).toBe(true);
  });
  it('names the first wrong row: AND’s b = −1.5 fails at (0, 1) with z = −0.5', () => {
    const r = or.run(state(1, 1, -1.5));
    expect(r.ok).toBe(false);
    expect(r.message.params).toMatchObject({ x1: 0, x2: 1, z: -0.5, y: 0, t: 1 });
    expect(messageText(r.message)).toBe(
      'At x = (0, 1) the weighted sum is −0.5 and the output 0, but OR gives 1.',
    );
    // The lab's start, b = 0.2 > 0, is on at (0, 0).
    expect(or.run(state(0.5, 0.5, 0.2)).message.params).toMatchObject({ x1: 0, x2: 0, y: 1, t: 0 });
  });
  it('counts a point exactly on the line as wrong, in exact decimals (0.1 + 0.2 − 0.3 = 0)', () => {
    expect(or.run(state(0.5, 0.5, 0)).message.params).toMatchObject({ x1: 0, x2: 0, y: 0.5 });
    // On paper (1, 0) and (0, 1) give z = 0.3 − 0.3 = 0 and 0.2 − 0.3 < 0: wrong at (0, 1) first.
    const r = or.run(state(0.3, 0.2, -0.3));
    expect(r.message.params).toMatchObject({ x1: 0, x2: 1, y: 0 });
    expect(or.run(state(0.3, 0.3, -0.3)).message.params).toMatchObject({
      x1: 0,
      x2: 1,
      z: 0,
      y: 0.5,
    });
  });
  it('grades nothing while a typed field shows an error', () => {
    const r = or.run(state(1, 1, -0.5, ['b, typed']));
    expect(r).toMatchObject({ ok: false, invalid: true, message: { code: 'widget-field-error' } });
    expect(messageText(r.message)).toContain('b, typed');
  });
  it('refuses a malformed state with widget-missing', () => {
    for (const bad of [
      null,
      'x',
      [],
      { w1: 1, w2: 1 },
      { w1: 1, w2: NaN, b: 0 },
      { w1: '1', w2: 1, b: 0 },
    ])
      expect(or.run(bad)).toMatchObject({
        ok: false,
        invalid: true,
        message: { code: 'widget-missing' },
      });
    expect(readPerceptronTaskState({ w1: 1, w2: 2, b: 3, fieldErrors: [4, 'w1, typed'] })).toEqual(
      state(1, 2, 3, ['w1, typed']),
    );
  });
  it('through grade(): right, wrong, and no mark without a state', () => {
    const poll: GradablePoll = { type: 'widget', check: 'perceptron-lab-or', explanation: 'e' };
    expect(grade(poll, state(1, 1, -0.5), widgetChecks).verdict).toBe('correct');
    expect(grade(poll, state(1, 1, -1.5), widgetChecks).verdict).toBe('incorrect');
    expect(grade(poll, undefined, widgetChecks).verdict).toBe('invalid');
  });
});
