import { describe, expect, it } from 'vitest';
import {
  HIDDEN_SPACE_WIDGET,
  outputSums,
  readHiddenSpaceTaskState,
  separableCheck,
  type HiddenSpaceTaskState,
} from '../../../../src/quiz/checks/hidden-space.ts';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

// XOR on the four corners, with lesson 2's OR and AND units made smooth: h₁ = tanh(20(x₁ + x₂) − 10)
// is ≈ +1 unless both inputs are 0, h₂ = tanh(20(x₁ + x₂) − 30) is ≈ +1 only for (1, 1).
// The output z = h₁ − h₂ − 1 is then −1, +1, +1, −1 on (0,0), (0,1), (1,0), (1,1).
const xor = (w2: number[], b2: number): HiddenSpaceTaskState => ({
  activation: 'tanh',
  inputs: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  labels: [0, 1, 1, 0],
  W1: [
    [20, 20],
    [20, 20],
  ],
  b1: [-10, -30],
  w2,
  b2,
  fieldErrors: [],
});

describe('the hidden-space check', () => {
  it('recomputes z = w·tanh(W¹x + b¹) + b as a hand computation does', () => {
    const s: HiddenSpaceTaskState = {
      ...xor([2, -1], 0.5),
      inputs: [
        [0.5, 0.25],
        [1, 1],
      ],
      labels: [0, 1],
      W1: [
        [1, -1],
        [0.5, 2],
      ],
      b1: [0, -1],
    };
    // Point 1: Z¹ = (0.25, −0.25), H¹ = (0.244919, −0.244919), z = 2·0.244919 + 0.244919 + 0.5 = 1.234756.
    // Point 2: Z¹ = (0, 1.5), H¹ = (0, 0.905148), z = −0.905148 + 0.5 = −0.405148.
    const z = outputSums(s);
    expect(z[0]).toBeCloseTo(1.234756, 6);
    expect(z[1]).toBeCloseTo(-0.405148, 6);
  });

  it('passes when the output unit’s line has each class on its own side', () => {
    const out = separableCheck.run(xor([1, -1], -1));
    expect(out).toEqual({
      ok: true,
      message: { code: 'hidden-space-separated', params: { total: 4 } },
    });
    expect(messageText(out.message)).toContain('All 4 points');
  });

  it('fails, counting the points on the wrong side, when the line does not separate them', () => {
    // z = h₁ + h₂ + 0.5 is −1.5, 0.5, 0.5, 2.5: (1, 1) of class 0 lies on the positive side.
    const out = separableCheck.run(xor([1, 1], 0.5));
    expect(out).toEqual({
      ok: false,
      message: { code: 'hidden-space-not-separated', params: { wrong: 1, total: 4 } },
    });
    expect(messageText(out.message)).toMatch(/^1 of the 4 points are still on the wrong side/);
  });

  it('counts a point exactly on the line as not separated', () => {
    // All weights 0: z = 0 everywhere, so no point is on either side.
    const out = separableCheck.run(xor([0, 0], 0));
    expect(out.ok).toBe(false);
    expect(out.message.params).toEqual({ wrong: 4, total: 4 });
  });

  it('refuses malformed states without grading them', () => {
    const good = xor([1, -1], -1);
    const bad: unknown[] = [
      null,
      'separable',
      {},
      { ...good, activation: 'wiggle' },
      { ...good, inputs: [] },
      { ...good, inputs: [[0, 0, 1], ...good.inputs.slice(1)] },
      { ...good, labels: [0, 1, 1] },
      { ...good, labels: [0, 1, 2, 0] },
      { ...good, labels: [1, 1, 1, 1] },
      { ...good, W1: [[20, 20]] },
      { ...good, W1: [[20], [20]] },
      { ...good, b1: [-10, Number.NaN] },
      { ...good, w2: [1, Infinity] },
      { ...good, b2: '0' },
    ];
    for (const state of bad) {
      expect(separableCheck.run(state)).toEqual({
        ok: false,
        invalid: true,
        message: { code: 'widget-missing' },
      });
    }
    expect(readHiddenSpaceTaskState(good)).toEqual(good);
  });

  it('does not grade a state while a field shows an error', () => {
    const out = separableCheck.run({ ...xor([1, -1], -1), fieldErrors: ['learning rate α'] });
    expect(out).toEqual({
      ok: false,
      invalid: true,
      message: { code: 'widget-field-error', params: { fields: 'learning rate α' } },
    });
  });

  it('is registered under the name the poll uses, for the widget’s id', () => {
    expect(widgetChecks['hidden-space-separable']).toBe(separableCheck);
    expect(separableCheck.widget).toBe(HIDDEN_SPACE_WIDGET);
  });
});
