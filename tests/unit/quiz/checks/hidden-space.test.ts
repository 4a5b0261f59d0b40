import { describe, expect, it } from 'vitest';
import {
  HIDDEN_SPACE_WIDGET,
  gradeSeparation,
  outputSums,
  readHiddenSpaceTaskState,
  separableCheck,
  type HiddenSpaceTaskState,
  type HiddenWeights,
} from '../../../../src/quiz/checks/hidden-space.ts';
import { createRun, taskState, train } from '../../../../src/widgets/hidden-space/hidden-space.ts';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

// XOR on the four corners, with lesson 2's OR and AND units made smooth: h₁ = tanh(20(x₁ + x₂) − 10)
// is ≈ +1 unless both inputs are 0, h₂ = tanh(20(x₁ + x₂) − 30) is ≈ +1 only for (1, 1).
// The output z = h₁ − h₂ − 1 is then −1, +1, +1, −1 on (0,0), (0,1), (1,0), (1,1).
const corners = {
  inputs: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  labels: [0, 1, 1, 0],
};
const xor = (w2: number[], b2: number): HiddenWeights => ({
  W1: [
    [20, 20],
    [20, 20],
  ],
  b1: [-10, -30],
  w2,
  b2,
});

describe('the hidden-space check', () => {
  it('recomputes z = w·tanh(W¹x + b¹) + b as a hand computation does', () => {
    const s: HiddenWeights = {
      ...xor([2, -1], 0.5),
      W1: [
        [1, -1],
        [0.5, 2],
      ],
      b1: [0, -1],
    };
    // Point 1: Z¹ = (0.25, −0.25), H¹ = (0.244919, −0.244919), z = 2·0.244919 + 0.244919 + 0.5 = 1.234756.
    // Point 2: Z¹ = (0, 1.5), H¹ = (0, 0.905148), z = −0.905148 + 0.5 = −0.405148.
    const z = outputSums(s, [
      [0.5, 0.25],
      [1, 1],
    ]);
    expect(z[0]).toBeCloseTo(1.234756, 6);
    expect(z[1]).toBeCloseTo(-0.405148, 6);
  });

  it('passes when the output unit’s line has each class on its own side', () => {
    const out = gradeSeparation(xor([1, -1], -1), corners);
    expect(out).toEqual({
      ok: true,
      message: { code: 'hidden-space-separated', params: { total: 4 } },
    });
    expect(messageText(out.message)).toContain('All 4 points');
  });

  it('fails, counting the points on the wrong side, when the line does not separate them', () => {
    // z = h₁ + h₂ + 0.5 is −1.5, 0.5, 0.5, 2.5: (1, 1) of class 0 lies on the positive side.
    const out = gradeSeparation(xor([1, 1], 0.5), corners);
    expect(out).toEqual({
      ok: false,
      message: { code: 'hidden-space-not-separated', params: { wrong: 1, total: 4 } },
    });
    expect(messageText(out.message)).toMatch(/^1 of the 4 points are still on the wrong side/);
  });

  it('counts a point exactly on the line as not separated', () => {
    // All weights 0: z = 0 everywhere, so no point is on either side.
    const out = gradeSeparation(xor([0, 0], 0), corners);
    expect(out.ok).toBe(false);
    expect(out.message.params).toEqual({ wrong: 4, total: 4 });
  });

  it('grades the published case on the points it makes itself, not on points it is sent', () => {
    const run = createRun('xor');
    const start = separableCheck.run(taskState(run));
    expect(start.ok).toBe(false);
    for (let i = 0; i < 50 && !separableCheck.run(taskState(run)).ok; i++) train(run, 20);
    const done = separableCheck.run(taskState(run));
    expect(done).toEqual({
      ok: true,
      message: { code: 'hidden-space-separated', params: { total: 60 } },
    });
    // Points sent along with the state change nothing.
    const sent = { ...taskState(createRun('xor')), inputs: corners.inputs, labels: corners.labels };
    expect(separableCheck.run(sent)).toEqual(start);
  });

  it('refuses malformed states without grading them', () => {
    const good: HiddenSpaceTaskState = { case: 'xor', ...xor([1, -1], -1), fieldErrors: [] };
    const bad: unknown[] = [
      null,
      'separable',
      {},
      { ...good, case: 'spirals' },
      { ...good, case: 'toString' },
      { ...good, case: 'circles' },
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
    const good: HiddenSpaceTaskState = { case: 'xor', ...xor([1, -1], -1), fieldErrors: [] };
    const out = separableCheck.run({ ...good, fieldErrors: ['learning rate α'] });
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
