import { describe, expect, it } from 'vitest';
import {
  lossCurves,
  lossesAt,
  percentText,
  probabilities,
  sumText,
} from '../../../../src/widgets/softmax/softmax.ts';

// Expected values computed in Python: max-shifted softmax, −log S_c, Σ(S − L)².
describe('the softmax explorer model', () => {
  it('gives the lessons’ worked example: logits (2, 1, 0.1)', () => {
    const P = probabilities([2, 1, 0.1]);
    [0.659001, 0.242433, 0.098566].forEach((p, i) => expect(P[i]).toBeCloseTo(p, 6));
    expect(P.map(percentText)).toEqual(['65.9%', '24.2%', '9.9%']);
    expect(sumText(P)).toEqual({ sum: '100.0%', note: null });
    expect(lossesAt([2, 1, 0.1], 0).ce).toBeCloseTo(0.41703, 5);
    expect(lossesAt([2, 1, 0.1], 0).mse).toBeCloseTo(0.18477, 5);
    expect(lossesAt([2, 1, 0.1], 2).ce).toBeCloseTo(2.31703, 5);
    expect(lossesAt([2, 1, 0.1], 2).mse).toBeCloseTo(1.30564, 5);
  });

  it('stays finite for extreme logits and equal for equal ones', () => {
    const P = probabilities([5, -5, -5]);
    expect(P.every(Number.isFinite)).toBe(true);
    expect(P[1]).toBeCloseTo(4.5396e-5, 8);
    expect(sumText(P).sum).toBe('100.0%');
    expect(lossesAt([5, -5, -5], 1).ce).toBeCloseTo(10.00009, 5);
    const equal = probabilities([0, 0, 0]);
    expect(new Set(equal.map(percentText))).toEqual(new Set(['33.3%']));
    expect(sumText(equal)).toEqual({
      sum: '100.0%',
      note: 'each is rounded to 0.1%, so the values shown add up to 99.9%',
    });
  });

  it('draws cross-entropy far above squared error for confident mistakes', () => {
    const c = lossCurves(3, 100);
    expect(c.p[0]).toBeCloseTo(0.01, 12);
    expect(c.p[99]).toBe(1);
    expect(c.ce[0]).toBeCloseTo(-Math.log(0.01), 9);
    // The rest, 0.99, shared by two classes: 0.99² + 2·0.495² = 1.47015.
    expect(c.mse[0]).toBeCloseTo(1.47015, 9);
    expect(c.ce[99]).toBeCloseTo(0, 9);
    expect(c.mse[99]).toBe(0);
  });
});
