import { describe, expect, it } from 'vitest';
import {
  BN_SETUP,
  batchValues,
  bnPair,
  createBnRun,
  histogram,
  normalizeBatch,
  outSpread,
  parseBatch,
  sampleBatch,
} from '../../../../src/widgets/batch-norm/batch-norm.ts';
import { advanceCurveRun } from '../../../../src/widgets/shared/curve-run.ts';

describe('normalizing one batch', () => {
  it('matches the hand numbers for (1, 2, 3, 6)', () => {
    // μ = 12/4 = 3; σ² = (4 + 1 + 0 + 9)/4 = 3.5; x̂(6) = 3/√(3.5 + 1e-5) = 1.6035651606688 (python3).
    const n = normalizeBatch([1, 2, 3, 6], 1, 0);
    expect(n.mean).toBe(3);
    expect(n.variance).toBe(3.5);
    expect(n.xhat[3]).toBeCloseTo(1.6035651606688102, 12);
    expect(n.xhat[2]).toBe(0);
    expect(n.outMean).toBeCloseTo(0, 12);
  });

  it('γ = 2, β = 1: the output has mean 1 and variance γ²·σ²/(σ² + ε)', () => {
    const n = normalizeBatch([1, 2, 3, 6], 2, 1);
    expect(n.outMean).toBeCloseTo(1, 12);
    expect(n.outVariance).toBeCloseTo((4 * 3.5) / 3.50001, 10);
    expect(n.y[3]).toBeCloseTo(2 * 1.6035651606688102 + 1, 12);
  });

  it('the worked example of the lesson: (1, 3, 4, 8) with γ = 2, β = 0.5', () => {
    const n = normalizeBatch([1, 3, 4, 8], 2, 0.5);
    expect(n.mean).toBe(4);
    expect(n.variance).toBe(6.5);
    expect(n.y.map((v) => Number(v.toPrecision(4)))).toEqual([-1.853, -0.2845, 0.5, 3.638]);
  });
});

describe('batches and bins', () => {
  it('a seeded sample is the same every time and moves with its mean', () => {
    expect(sampleBatch(0, 1)).toEqual(sampleBatch(0, 1));
    expect(sampleBatch(0, 1)).toHaveLength(32);
    const shifted = sampleBatch(3, 1);
    sampleBatch(0, 1).forEach((v, j) => expect(shifted[j]).toBeCloseTo(v + 3, 12));
  });

  it('parses typed batches and names the bad item', () => {
    expect(parseBatch('1, 2, 3, 6')).toEqual({ ok: true, values: [1, 2, 3, 6] });
    expect(parseBatch('1 -2.5;3')).toEqual({ ok: true, values: [1, -2.5, 3] });
    const bad = parseBatch('1, 2, x, 4');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('Item 3');
    expect(parseBatch('5').ok).toBe(false);
    expect(parseBatch('1, 2e9').ok).toBe(false);
  });

  it('counts values into bins, the outliers into the end bins', () => {
    expect(histogram([0, 0.5, 1, -1, 2.9], -2, 3, 1)).toEqual({
      counts: [0, 1, 2, 1, 1],
      clamped: 0,
    });
    expect(histogram([-5, 10, 3], -2, 3, 1)).toEqual({ counts: [1, 0, 0, 0, 2], clamped: 2 });
    expect(histogram([-2, 2.99], -2, 3, 1)).toEqual({ counts: [1, 0, 0, 0, 1], clamped: 0 });
  });
});

describe('training with and without batch norm', () => {
  it('batch norm trains the deep sigmoid network; without it the loss stays near log 2', () => {
    const plain = createBnRun(false);
    const bn = createBnRun(true);
    advanceCurveRun(plain, BN_SETUP.epochs);
    advanceCurveRun(bn, BN_SETUP.epochs);
    expect(plain.trainer.epochs).toBe(BN_SETUP.epochs);
    expect(plain.trainLoss[plain.trainLoss.length - 1]).toBeGreaterThan(0.65);
    expect(bn.trainLoss[bn.trainLoss.length - 1]).toBeLessThan(0.2);
    expect(bn.testLoss[bn.testLoss.length - 1]).toBeLessThan(0.2);
  });
});

describe('the batch source and the comparison pair', () => {
  it('takes typed values as they are and samples the seeded batch otherwise', () => {
    expect(batchValues({ source: 'own', values: [1, 2, 3, 6] })).toEqual([1, 2, 3, 6]);
    expect(batchValues({ source: 'sample', mean: 4, spread: 2 })).toEqual(sampleBatch(4, 2));
  });
  it('the standard deviation of y is |γ|·√(σ² / (σ² + ε)): (1, 2, 3, 6) with γ = 2 gives 2·√(3.5/3.50001)', () => {
    expect(outSpread(normalizeBatch([1, 2, 3, 6], 2, 1))).toBeCloseTo(
      2 * Math.sqrt(3.5 / 3.50001),
      10,
    );
  });
  it('pairs the plain run with the batch-norm run, same data and seed', () => {
    const { plain, other } = bnPair();
    expect(plain.train.X.data).toEqual(other.train.X.data);
    expect(plain.net.layers.length).toBe(BN_SETUP.depth + 1);
    expect(other.net.layers.length).toBe(3 * BN_SETUP.depth + 1);
  });
});
