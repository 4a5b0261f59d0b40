import { describe, expect, it } from 'vitest';
import {
  activationNames,
  getActivation,
  sigmoid,
  tanh,
  softplus,
  step,
  sign,
  piecewise,
  relu,
  leakyRelu,
  elu,
} from '../../../src/engine/index.ts';
import { rel } from '../helpers.ts';

/** Central difference in Float64. */
function numericDerivative(f: (z: number) => number, z: number, h = 1e-6): number {
  return (f(z + h) - f(z - h)) / (2 * h);
}

describe('hand-computed values', () => {
  it('σ(0) = 0.5 and the tails do not overflow', () => {
    expect(sigmoid.f(0)).toBe(0.5);
    expect(sigmoid.f(1000)).toBe(1);
    expect(sigmoid.f(-1000)).toBe(0);
    // σ(2) = 1 / (1 + e^−2) = 1 / 1.1353352832366128
    expect(sigmoid.f(2)).toBeCloseTo(0.8807970779778823, 15);
  });

  it('tanh at 0.5 and −1', () => {
    // tanh(0.5) = (e^0.5 − e^−0.5)/(e^0.5 + e^−0.5) = 1.0421906109874948 / 2.2552519304127614
    expect(tanh.f(0.5)).toBeCloseTo(0.46211715726000974, 15);
    // tanh(−1) = (e^−1 − e)/(e^−1 + e) = −2.3504023872876028 / 3.0861612696304874
    expect(tanh.f(-1)).toBeCloseTo(-0.7615941559557649, 15);
  });

  it('softplus at 0, 1 and −2, stable far out', () => {
    expect(softplus.f(0)).toBeCloseTo(Math.LN2, 15); // ln(1 + 1) = ln 2
    expect(softplus.f(1)).toBeCloseTo(1.3132616875182228, 15); // ln(1 + e) = ln 3.718281828459045
    expect(softplus.f(-2)).toBeCloseTo(0.1269280110429726, 15); // ln(1 + e^−2) = ln 1.1353352832366128
    expect(softplus.f(1000)).toBe(1000);
    expect(softplus.f(-1000)).toBe(0);
  });

  it('the piece-wise ones follow the lecture table', () => {
    expect([step.f(-3), step.f(0), step.f(2)]).toEqual([0, 0.5, 1]);
    expect([sign.f(-3), sign.f(0), sign.f(2)]).toEqual([-1, 0, 1]);
    expect([
      piecewise.f(-1),
      piecewise.f(-0.5),
      piecewise.f(0.25),
      piecewise.f(0.5),
      piecewise.f(2),
    ]).toEqual([0, 0, 0.75, 1, 1]);
    expect([relu.f(-2), relu.f(3)]).toEqual([0, 3]);
    expect(leakyRelu().f(-2)).toBeCloseTo(-0.2, 15); // max(0.1·(−2), −2) = −0.2
    expect(leakyRelu(0.3).f(-2)).toBeCloseTo(-0.6, 15);
    expect(elu().f(-1)).toBeCloseTo(-0.6321205588285577, 15); // 1·(e^−1 − 1)
    expect(elu(2).f(-1)).toBeCloseTo(-1.2642411176571153, 15); // 2·(e^−1 − 1)
    expect(elu().f(1.5)).toBe(1.5);
  });
});

describe('derivatives against central differences (away from kinks)', () => {
  const points = [-3.1, -1.7, -0.8, -0.3, -0.05, 0.07, 0.35, 0.9, 1.6, 2.9];
  for (const name of activationNames) {
    it(name, () => {
      const act = getActivation(name);
      const kinks = [0, -0.5, 0.5];
      for (const z of points) {
        if (kinks.some((k) => Math.abs(z - k) < 1e-3)) continue;
        const analytic = act.df(z, act.f(z));
        const numeric = numericDerivative(act.f, z);
        expect(rel(analytic, numeric), `${name}'(${z}): ${analytic} vs ${numeric}`).toBeLessThan(
          1e-6,
        );
      }
    });
  }
  it('leaky ReLU with another slope and ELU with another α', () => {
    for (const act of [leakyRelu(0.25), elu(0.5)]) {
      for (const z of points) {
        expect(rel(act.df(z, act.f(z)), numericDerivative(act.f, z))).toBeLessThan(1e-6);
      }
    }
  });
});

describe('conventions at kinks', () => {
  it('documents and returns them', () => {
    expect(relu.df(0, 0)).toBe(0);
    expect(leakyRelu(0.1).df(0, 0)).toBe(0.1);
    expect(elu().df(0, 0)).toBe(1);
    expect(piecewise.df(0.5, 1)).toBe(0);
    expect(piecewise.df(-0.5, 0)).toBe(0);
    expect(step.df(0, 0.5)).toBe(0);
    for (const name of activationNames)
      expect(getActivation(name).atKinks.length).toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it('rejects unknown names and bad parameters', () => {
    expect(() => getActivation('swish')).toThrow(
      'unknown activation "swish"; known: step, sign, linear',
    );
    expect(() => getActivation({ name: 'leaky-relu', slope: 1.5 })).toThrow(
      'slope must be in [0, 1)',
    );
    expect(() => getActivation({ name: 'elu', alpha: -1 })).toThrow(
      'alpha must be a positive finite number',
    );
    expect(getActivation({ name: 'elu', alpha: 2 }).f(-1)).toBeCloseTo(2 * (Math.exp(-1) - 1), 15);
  });
});
