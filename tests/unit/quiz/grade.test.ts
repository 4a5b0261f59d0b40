import { describe, expect, it } from 'vitest';
import { grade, type GradablePoll } from '../../../src/quiz/grade.ts';
import { widgetChecks } from '../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../src/quiz/strings.ts';

const options = [
  { id: 'a', feedback: 'A is wrong because…' },
  { id: 'b', feedback: 'B is right because…' },
  { id: 'c', feedback: 'C is right too.' },
];
const single: GradablePoll = { type: 'single', options, answer: 'b', explanation: 'Why B.' };
const multiple: GradablePoll = {
  type: 'multiple',
  options,
  answer: ['b', 'c'],
  explanation: 'B and C.',
};
const half: GradablePoll = {
  type: 'numeric',
  answer: 0.5,
  tolerance: 0.01,
  explanation: 'σ(0) = 1/2.',
};

describe('single choice', () => {
  it('marks the answer right, with its feedback and the explanation', () => {
    const r = grade(single, 'b');
    expect(r).toMatchObject({ verdict: 'correct', correct: true, explanation: 'Why B.' });
    expect(r.chosen).toEqual([{ id: 'b', correct: true, feedback: 'B is right because…' }]);
  });
  it('marks another option wrong and gives that option’s feedback', () => {
    const r = grade(single, 'a');
    expect(r.verdict).toBe('incorrect');
    expect(r.chosen).toEqual([{ id: 'a', correct: false, feedback: 'A is wrong because…' }]);
    expect(r.explanation).toBe('Why B.');
  });
  it('gives no mark for no choice or an unknown option', () => {
    expect(grade(single, '').verdict).toBe('invalid');
    expect(grade(single, 'z')).toMatchObject({
      verdict: 'invalid',
      message: { code: 'choose-one' },
    });
    expect(grade(single, undefined).verdict).toBe('invalid');
  });
});

describe('multiple choice (all or nothing)', () => {
  it('needs exactly the right set, in any order', () => {
    expect(grade(multiple, ['c', 'b']).correct).toBe(true);
    expect(grade(multiple, ['b', 'c', 'b']).correct).toBe(true);
  });
  it('is wrong with one missing or one extra, with feedback for each chosen option', () => {
    const missing = grade(multiple, ['b']);
    expect(missing.correct).toBe(false);
    expect(missing.message).toEqual({
      code: 'multiple-partial',
      params: { right: 1, wrong: 0, missing: 1 },
    });
    const extra = grade(multiple, ['a', 'b', 'c']);
    expect(extra.correct).toBe(false);
    expect(extra.chosen.map((c) => [c.id, c.correct])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
    ]);
    expect(messageText(extra.message)).toContain('1 wrong');
  });
  it('gives no mark for an empty choice', () => {
    expect(grade(multiple, []).verdict).toBe('invalid');
    expect(grade(multiple, 'b').verdict).toBe('invalid');
  });
});

describe('numeric', () => {
  it('accepts several spellings of the same number', () => {
    for (const text of ['0.5', '.5', '5e-1', ' 0.50 ', '+0.5', '0.5e0', '50E-2']) {
      expect(grade(half, text).correct, text).toBe(true);
    }
    const minus: GradablePoll = { ...half, answer: -0.5 };
    for (const text of ['-0.5', '−0.5', '-.5', '-5e-1'])
      expect(grade(minus, text).correct, text).toBe(true);
  });
  it('accepts a number itself (as a server might pass it)', () => {
    expect(grade(half, 0.505).correct).toBe(true);
    expect(grade(half, Number.NaN).verdict).toBe('invalid');
    expect(grade(half, Number.POSITIVE_INFINITY).verdict).toBe('invalid');
  });
  it('includes both tolerance bounds and nothing beyond them', () => {
    expect(grade(half, '0.51').correct).toBe(true);
    expect(grade(half, '0.49').correct).toBe(true);
    expect(grade(half, '0.5101').correct).toBe(false);
    expect(grade(half, '0.4899').correct).toBe(false);
    const exact: GradablePoll = { type: 'numeric', answer: 17, tolerance: 0, explanation: '' };
    expect(grade(exact, '17').correct).toBe(true);
    expect(grade(exact, '17.0001').correct).toBe(false);
  });
  it('rejects what is not a number with a message, not a wrong mark', () => {
    for (const text of ['abc', 'NaN', '1,5,0', '0.5.1', 'Infinity']) {
      const r = grade(half, text);
      expect(r.verdict, text).toBe('invalid');
      expect(r.message.code).toBe('not-understood');
      expect(r.explanation).toBe('');
    }
    expect(grade(half, '').message.code).toBe('empty-number');
    expect(grade(half, '   ').message.code).toBe('empty-number');
    expect(messageText(grade(half, 'abc').message)).toContain('“abc” is not a number');
  });
  it('explains a near miss: rounding, a lost sign, a percentage', () => {
    expect(grade(half, '0.55').message.code).toBe('close'); // 5 tolerances off
    expect(grade(half, '0.6').message.code).toBe('close'); // 10 tolerances: still close
    expect(grade(half, '0.7').message.code).toBe('incorrect');
    expect(grade(half, '-0.5').message.code).toBe('sign-error');
    expect(grade(half, '50').message.code).toBe('percent');
    // 243 against 2.43 is not a percentage slip: only answers in [0, 1] are fractions.
    const big: GradablePoll = { type: 'numeric', answer: 2.43, tolerance: 0.01, explanation: '' };
    expect(grade(big, '243').message.code).toBe('incorrect');
    expect(messageText(grade(big, '243').message)).not.toMatch(/percentage/);
    expect(messageText({ code: 'close' })).toMatch(/rounding/);
  });
  it('accepts a comma decimal, a simple fraction and, for a fraction, a percent sign', () => {
    const big: GradablePoll = { type: 'numeric', answer: 2.43, tolerance: 0.01, explanation: '' };
    expect(grade(big, '2,43').correct).toBe(true);
    expect(grade(big, '−2,43').message.code).toBe('sign-error');
    const tiny: GradablePoll = {
      type: 'numeric',
      answer: 0.015625,
      tolerance: 1e-4,
      explanation: '',
    };
    expect(grade(tiny, '1/64').correct).toBe(true); // 1/64 = 0.015625
    expect(grade(tiny, '1 / 64').correct).toBe(true);
    expect(grade(tiny, '1,5625%').correct).toBe(true);
    const quarter: GradablePoll = {
      type: 'numeric',
      answer: 0.25,
      tolerance: 0.001,
      explanation: '',
    };
    expect(grade(quarter, '25%').correct).toBe(true);
    expect(grade(quarter, '25 %').correct).toBe(true);
    expect(grade(quarter, '25').message.code).toBe('percent');
    const r = grade(big, '243%');
    expect(r.verdict).toBe('invalid');
    expect(messageText(r.message)).toBe(
      'A percentage does not fit this answer; type the number itself, without “%”.',
    );
  });
  it('names what it did not understand', () => {
    const say = (text: string) => messageText(grade(half, text).message);
    expect(say('0.5x')).toBe(
      'In “0.5x” the “x” is not part of a number; type something like 0.5, 2,43, 1/64 or 5e-1.',
    );
    expect(say('1/0')).toBe('“1/0” divides by zero.');
    expect(say('1/2/3')).toBe('“1/2/3” has more than one “/”; write one fraction, like 1/64.');
    expect(say('1,000')).toBe(
      '“1,000” could mean 1000 or 1.000; write it without the comma or with a decimal point.',
    );
    expect(say('abc')).toBe('“abc” is not a number; type something like 0.5, 2,43, 1/64 or 5e-1.');
  });
  it('accepts the unit typed after the number', () => {
    const updates: GradablePoll = {
      type: 'numeric',
      answer: 300,
      tolerance: 0,
      unit: 'updates',
      explanation: '',
    };
    expect(grade(updates, '300 updates').correct).toBe(true);
    expect(grade(updates, '300').correct).toBe(true);
  });
});

describe('widget task', () => {
  const nand: GradablePoll = {
    type: 'widget',
    check: 'weighted-sum-nand',
    explanation: 'Flip the signs.',
  };
  const state = (w: number[], b: number, activation = 'step') => ({ x: [1, 1], w, b, activation });

  it('grades nothing while a field shows an error (the last good value is not the learner’s answer)', () => {
    const r = grade(nand, { ...state([-1, -1], 1.5), fieldErrors: ['bias b'] }, widgetChecks);
    expect(r.verdict).toBe('invalid');
    expect(messageText(r.message)).toBe(
      'Not graded: the field(s) bias b show an error. Fix the value there, then check again.',
    );
    expect(grade(nand, { ...state([-1, -1], 1.5), fieldErrors: [] }, widgetChecks).correct).toBe(
      true,
    );
  });
  it('is graded by the named check from the widget’s state', () => {
    expect(grade(nand, state([-1, -1], 1.5), widgetChecks)).toMatchObject({
      correct: true,
      explanation: 'Flip the signs.',
    });
    const and = grade(nand, state([1, 1], -1.5), widgetChecks);
    expect(and.correct).toBe(false);
    expect(messageText(and.message)).toBe(
      'At x = (0, 0) the weighted sum is −1.5 and the output 0, but NAND gives 1.',
    );
  });
  it('says what to change: two inputs, the unit step, a sum of exactly 0', () => {
    expect(
      grade(nand, { ...state([-1, -1], 1.5), w: [-1, -1, 0] }, widgetChecks).message.code,
    ).toBe('gate-two-inputs');
    expect(grade(nand, state([-1, -1], 1.5, 'sigmoid'), widgetChecks).message.code).toBe(
      'gate-need-step',
    );
    // z = 0 at (1, 1): the lecture's step gives 0.5 there, not 0.
    expect(grade(nand, state([-1, -1], 2), widgetChecks).message).toMatchObject({
      code: 'gate-wrong',
      params: { y: 0.5 },
    });
  });
  it('gives no mark when the widget has not published or the check is unknown', () => {
    expect(grade(nand, undefined, widgetChecks).verdict).toBe('invalid');
    expect(grade(nand, { nonsense: true }, widgetChecks).verdict).toBe('invalid');
    expect(
      grade({ ...nand, check: 'nope' } as GradablePoll, state([1, 1], 0), widgetChecks).message
        .code,
    ).toBe('unknown-check');
  });
  it('AND and OR checks agree with the truth tables', () => {
    const and: GradablePoll = { type: 'widget', check: 'weighted-sum-and', explanation: '' };
    const or: GradablePoll = { type: 'widget', check: 'weighted-sum-or', explanation: '' };
    expect(grade(and, state([1, 1], -1.5), widgetChecks).correct).toBe(true);
    expect(grade(or, state([1, 1], -0.5), widgetChecks).correct).toBe(true);
    expect(grade(or, state([1, 1], -1.5), widgetChecks).correct).toBe(false);
  });
});
