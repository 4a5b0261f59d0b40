// Regression mode: real-valued targets, one linear output, mean squared error.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/engine/index.ts';
import { DEFAULTS, type Settings } from '../../../../src/widgets/playground/url.ts';
import { bumps, plane, regressionData } from '../../../../src/widgets/playground/registry.ts';
import {
  createRun,
  isRegression,
  networkSpec,
  setWeight,
  stepEpoch,
  GRID,
} from '../../../../src/widgets/playground/playground.ts';
import { maps } from '../../../../src/widgets/playground/views.ts';

const reg = (over: Partial<Settings> = {}) =>
  createRun({ ...DEFAULTS, dataset: 'plane', noise: 0, ...over });

describe('regression mode', () => {
  it('makes targets f(x₁, x₂) + noise: on the plane without noise y = (x₁ + x₂)/2, by hand', () => {
    expect(plane(0.5, -0.1)).toBeCloseTo(0.2, 15);
    expect(bumps(0.4, 0.4)).toBeCloseTo(1 - Math.exp(-1.28 / 0.1), 12);
    const d = regressionData('plane', plane, 5, 0, createRng(3));
    for (let j = 0; j < 5; j++) {
      const [a, b, y] = [d.X.get(0, j), d.X.get(1, j), d.X.get(2, j)];
      expect(y).toBeCloseTo((a + b) / 2, 15);
      expect(d.labels[j]).toBe(y > 0 ? 1 : 0);
    }
  });

  it('builds one linear output unit with MSE, whatever the output and loss settings say', () => {
    const spec = networkSpec({ ...DEFAULTS, dataset: 'plane', output: 'softmax', loss: 'ce' }, 2);
    expect(spec.loss).toBe('mse');
    expect(spec.layers[spec.layers.length - 1]).toMatchObject({ units: 1, activation: 'linear' });
    expect(isRegression({ ...DEFAULTS, dataset: 'bumps' })).toBe(true);
    expect(isRegression(DEFAULTS)).toBe(false);
  });

  it('measures the mean squared error: with every weight 0 the prediction is 0, so the cost is mean(y²)', () => {
    const r = reg({ layers: 0 });
    setWeight(r, 0, 0, 0, 0);
    setWeight(r, 0, 0, 1, 0);
    const y = r.Ytest.data;
    const mean = y.reduce((s, v) => s + v * v, 0) / y.length;
    expect(r.now.testLoss).toBeCloseTo(mean, 14);
    expect(r.now.testAcc).toBeNaN();
    expect(r.train.X.rows).toBe(2); // the targets are not an input
  });

  it('learns the plane with a linear unit: the loss falls below 0.001 and the map’s colour follows the sign', () => {
    const r = reg({ layers: 0, epochs: 200 });
    const start = r.now.testLoss;
    while (stepEpoch(r));
    expect(r.now.testLoss).toBeLessThan(0.001);
    expect(r.now.testLoss).toBeLessThan(start);
    const { cls, conf } = maps(r);
    // Top-left corner (−1.5, 1.5): (x₁ + x₂)/2 = 0 → either side; top-right (1.5, 1.5) → 1.5: class 1, full strength.
    expect(cls[GRID - 1]).toBe(1);
    expect(conf[GRID - 1]).toBe(1);
    expect(cls[(GRID - 1) * GRID]).toBe(0); // bottom-left (−1.5, −1.5)
  });
});
