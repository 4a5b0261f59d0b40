import { describe, expect, it } from 'vitest';
import {
  Matrix,
  softmaxColumns,
  logSoftmaxColumns,
  softmaxBackward,
  mse,
  bce,
  cce,
  getLoss,
  cost,
  fusedDZ,
  sigmoidBceCostFromLogits,
  softmaxCceCostFromLogits,
  sigmoid,
} from '../../../src/engine/index.ts';
import type { Loss } from '../../../src/engine/index.ts';
import { rel, randomMatrix } from '../helpers.ts';

/** Central difference of a scalar function of one entry of M. */
function numeric(M: Matrix, k: number, f: () => number, h = 1e-6): number {
  const w = M.data[k];
  M.data[k] = w + h;
  const up = f();
  M.data[k] = w - h;
  const down = f();
  M.data[k] = w;
  return (up - down) / (2 * h);
}

describe('softmax', () => {
  it('matches hand values for logits (1, 2, 3) and sums to 1', () => {
    // e^1 = 2.718281828459045, e^2 = 7.38905609893065, e^3 = 20.085536923187668; sum = 30.19287485057736
    const P = softmaxColumns(Matrix.column([1, 2, 3]), new Matrix(3, 0));
    expect(P.data[0]).toBeCloseTo(0.09003057317038046, 15); // 2.718281828459045 / 30.19287485057736
    expect(P.data[1]).toBeCloseTo(0.24472847105479767, 15); // 7.38905609893065 / 30.19287485057736
    expect(P.data[2]).toBeCloseTo(0.6652409557748219, 15); // 20.085536923187668 / 30.19287485057736
    expect(P.data[0] + P.data[1] + P.data[2]).toBeCloseTo(1, 15);
  });

  it('subtracts the max, so huge logits do not overflow', () => {
    const P = softmaxColumns(Matrix.column([1000, 1000, 999]), new Matrix(3, 0));
    // e^0, e^0, e^−1 over 2 + e^−1 = 2.3678794411714423
    expect(P.data[0]).toBeCloseTo(1 / 2.3678794411714423, 15);
    expect(P.data[2]).toBeCloseTo(Math.exp(-1) / 2.3678794411714423, 15);
    const L = logSoftmaxColumns(Matrix.column([1000, 1000, 999]), new Matrix(3, 0));
    expect(L.data[0]).toBeCloseTo(-Math.log(2.3678794411714423), 12); // 1000 − 1000.86…: ulp(1000) ≈ 1e-13
  });

  it('works column by column', () => {
    const Z = Matrix.fromRows([
      [0, 5],
      [0, 5],
    ]);
    expect(Array.from(softmaxColumns(Z, new Matrix(2, 0)).data)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('its backward matches central differences of Σ c ⊙ softmax(Z)', () => {
    const Z = randomMatrix(4, 3, 7, -2, 2);
    const c = randomMatrix(4, 3, 8, -1, 1);
    const P = new Matrix(4, 0);
    const objective = (): number => {
      softmaxColumns(Z, P);
      let s = 0;
      for (let k = 0; k < 12; k++) s += c.data[k] * P.data[k];
      return s;
    };
    objective();
    const DZ = softmaxBackward(P, c, new Matrix(4, 0));
    for (let k = 0; k < 12; k++)
      expect(rel(DZ.data[k], numeric(Z, k, objective))).toBeLessThan(1e-6);
  });
});

describe('losses: loss is one example, cost the mean', () => {
  it('hand values', () => {
    const P = Matrix.fromRows([[0.8, 0.3]]);
    const Y = Matrix.fromRows([[1, 0]]);
    // squared error: (0.8 − 1)² = 0.04 and (0.3 − 0)² = 0.09; cost = 0.13 / 2 = 0.065
    expect(mse.loss(P, Y, 0)).toBeCloseTo(0.04, 15);
    expect(cost(mse, P, Y)).toBeCloseTo(0.065, 15);
    // BCE: −ln 0.8 = 0.2231435513142097, −ln 0.7 = 0.35667494393873245
    expect(bce.loss(P, Y, 1)).toBeCloseTo(0.35667494393873245, 14);
    expect(cost(bce, P, Y)).toBeCloseTo((0.2231435513142097 + 0.35667494393873245) / 2, 14);
    // CCE: only the true class counts: −ln 0.7 for P = (0.2, 0.7, 0.1), Y = (0, 1, 0)
    expect(cce.loss(Matrix.column([0.2, 0.7, 0.1]), Matrix.column([0, 1, 0]), 0)).toBeCloseTo(
      0.35667494393873245,
      14,
    );
  });

  const cases: [Loss, Matrix, Matrix][] = [
    [mse, randomMatrix(2, 5, 1, -1, 1), randomMatrix(2, 5, 2, -1, 1)],
    [bce, randomMatrix(2, 5, 3, 0.05, 0.95), randomMatrix(2, 5, 4, 0, 1)],
    [
      cce,
      randomMatrix(3, 5, 5, 0.05, 0.95),
      Matrix.fromRows([
        [1, 0, 0, 0, 1],
        [0, 1, 0, 0, 0],
        [0, 0, 1, 1, 0],
      ]),
    ],
  ];
  for (const [loss, P, Y] of cases) {
    it(`${loss.name}: dP matches central differences of each example's loss`, () => {
      const dP = loss.dP(P, Y, new Matrix(P.rows, 0));
      for (let i = 0; i < P.rows; i++) {
        for (let j = 0; j < P.cols; j++) {
          const n = numeric(P, i * P.cols + j, () => loss.loss(P, Y, j));
          expect(rel(dP.get(i, j), n), `${loss.name} dP[${i},${j}]`).toBeLessThan(1e-6);
        }
      }
    });
  }

  it('looks up by name and rejects unknown names', () => {
    expect(getLoss('bce')).toBe(bce);
    expect(() => getLoss('hinge')).toThrow('unknown loss "hinge"; known: mse, bce, cce');
  });
});

describe('fused output + loss: DZ = P − Y exactly', () => {
  it('sigmoid + BCE: DZ equals m × ∂cost/∂Z by central differences, and the cost matches the unfused one', () => {
    const Z = randomMatrix(1, 6, 11, -3, 3);
    const Y = Matrix.fromRows([[1, 0, 1, 1, 0, 0]]);
    const P = new Matrix(1, 6);
    for (let k = 0; k < 6; k++) P.data[k] = sigmoid.f(Z.data[k]);
    const DZ = fusedDZ(P, Y, new Matrix(1, 0));
    for (let k = 0; k < 6; k++) expect(DZ.data[k]).toBe(P.data[k] - Y.data[k]);
    const out = new Float64Array(1);
    const fusedCost = (): number => {
      sigmoidBceCostFromLogits(Z, Y, out);
      return out[0];
    };
    expect(fusedCost()).toBeCloseTo(cost(bce, P, Y), 12);
    for (let k = 0; k < 6; k++)
      expect(rel(DZ.data[k], 6 * numeric(Z, k, fusedCost))).toBeLessThan(1e-6);
  });

  it('softmax + CCE: the same, and stays finite for logits of 1000', () => {
    const Z = randomMatrix(3, 4, 12, -3, 3);
    const Y = Matrix.fromRows([
      [1, 0, 0, 1],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
    ]);
    const P = softmaxColumns(Z, new Matrix(3, 0));
    const out = new Float64Array(1);
    const fusedCost = (): number => {
      softmaxCceCostFromLogits(Z, Y, out);
      return out[0];
    };
    expect(fusedCost()).toBeCloseTo(cost(cce, P, Y), 12);
    const DZ = fusedDZ(P, Y, new Matrix(3, 0));
    for (let k = 0; k < 12; k++)
      expect(rel(DZ.data[k], 4 * numeric(Z, k, fusedCost))).toBeLessThan(1e-6);
    softmaxCceCostFromLogits(Matrix.column([1000, 0]), Matrix.column([0, 1]), out);
    expect(out[0]).toBeCloseTo(1000, 10); // −(0 − ln(e^1000 + e^0)) = 1000 + ln(1 + e^−1000)
  });
});
