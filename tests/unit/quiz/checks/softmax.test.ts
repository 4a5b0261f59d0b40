import { describe, expect, it } from 'vitest';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';
import {
  SOFTMAX_WIDGET,
  readSoftmaxTaskState,
  softmaxChecks,
} from '../../../../src/quiz/checks/softmax.ts';

const class2 = softmaxChecks['softmax-class-2-above-0-8'];
const loss = softmaxChecks['softmax-loss-class-1-below-0-1'];
const state = (z: number[], trueClass = 0, mode: 'softmax' | 'loss' = 'softmax') => ({
  z,
  trueClass,
  mode,
});
/** Softmax by hand: e^{z_i} / Σ e^{z_j}. */
const softmax = (z: number[]) => z.map((v) => Math.exp(v) / z.reduce((a, u) => a + Math.exp(u), 0));

describe('softmax-class-2-above-0-8', () => {
  it('is registered, for the softmax explorer', () => {
    expect(widgetChecks['softmax-class-2-above-0-8']).toBe(class2);
    expect(class2.widget).toBe(SOFTMAX_WIDGET);
    expect(widgetChecks['softmax-loss-class-1-below-0-1']).toBe(loss);
  });
  it('the start gives class 2 only 0.242; z₂ = 3.7 gives 0.826 (the poll’s numbers)', () => {
    const start = class2.run(state([2, 1, 0.1]));
    expect(start.ok).toBe(false);
    expect(start.message.params!.p as number).toBeCloseTo(0.242433, 6);
    const r = class2.run(state([2, 3.7, 0.1]));
    expect(r.ok).toBe(true);
    expect(r.message.params!.p as number).toBeCloseTo(softmax([2, 3.7, 0.1])[1], 12);
    expect(softmax([2, 3.7, 0.1])[1]).toBeCloseTo(1 / (1 + Math.exp(-1.7) + Math.exp(-3.6)), 12);
    expect(messageText(r.message)).toBe('Class 2 has probability 0.8264, above 0.8.');
  });
  it('a gap of ln 8 to two equal logits is the edge: just above passes, just below fails', () => {
    const d = Math.log(8);
    expect(class2.run(state([0, d + 1e-6, 0])).ok).toBe(true);
    expect(class2.run(state([0, d - 1e-6, 0])).ok).toBe(false);
    expect(class2.run(state([0, 5, 0, 0], 3)).ok).toBe(true); // four classes: 0.980
  });
  it('refuses malformed states', () => {
    for (const bad of [
      undefined,
      { z: [1], trueClass: 0, mode: 'softmax' },
      state([1, 2, 3], 3),
      state([1, 2, 3], 0.5),
      { ...state([1, 2, 3]), mode: 'other' },
      state([1, Infinity, 3]),
    ])
      expect(class2.run(bad)).toMatchObject({ invalid: true, message: { code: 'widget-missing' } });
    expect(readSoftmaxTaskState(state([1, 2]))).toEqual(state([1, 2]));
  });
});

describe('softmax-loss-class-1-below-0-1', () => {
  it('the start costs 0.417 for class 1; z₁ = 4.3 costs 0.0506 (the poll’s numbers)', () => {
    const start = loss.run(state([2, 1, 0.1], 0, 'loss'));
    expect(start).toMatchObject({ ok: false, message: { code: 'softmax-loss-not-below' } });
    expect(start.message.params!.ce as number).toBeCloseTo(0.41703, 5);
    const r = loss.run(state([4.3, 1, 0.1], 0, 'loss'));
    expect(r.ok).toBe(true);
    expect(r.message.params!.ce as number).toBeCloseTo(-Math.log(softmax([4.3, 1, 0.1])[0]), 12);
    expect(r.message.params!.ce as number).toBeCloseTo(0.05058, 5);
  });
  it('the edge is S₁ = e^{−0.1}: logits (a, 0, 0) with 2e^{−a} just under e^{0.1} − 1 pass', () => {
    const a = Math.log(2 / (Math.exp(0.1) - 1));
    expect(loss.run(state([a + 1e-6, 0, 0], 0, 'loss')).ok).toBe(true);
    expect(loss.run(state([a - 1e-6, 0, 0], 0, 'loss')).ok).toBe(false);
  });
  it('needs class 1 as the true class, and the explorer in loss mode', () => {
    expect(loss.run(state([5, -5, -5], 1, 'loss')).message).toEqual({
      code: 'softmax-true-class',
      params: { cls: 1 },
    });
    expect(loss.run(state([5, -5, -5], 0, 'softmax')).message.code).toBe('softmax-need-loss-mode');
  });
});
