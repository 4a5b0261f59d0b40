import { describe, expect, it } from 'vitest';
import {
  Matrix,
  Dense,
  Dropout,
  BatchNorm,
  Maxout,
  ActivationLayer,
  createRng,
  getActivation,
  tanh,
} from '../../../src/engine/index.ts';
import type { Layer } from '../../../src/engine/index.ts';
import { denseNet, rel, randomMatrix } from '../helpers.ts';

/**
 * Checks a layer's backward against central differences of the scalar
 * objective J = (1/m) Σ C ⊙ H (C fixed and random), whose per-example upstream
 * gradient is dH = C. Checks every parameter and every input entry.
 */
function checkLayer(layer: Layer, X: Matrix, seed: number): void {
  const rng = createRng(seed);
  const m = X.cols;
  const C = randomMatrix(layer.nOut, m, rng);
  const J = (): number => {
    const H = layer.forward(X, true);
    let s = 0;
    for (let k = 0; k < layer.nOut * m; k++) s += C.data[k] * H.data[k];
    return s / m;
  };
  J();
  const dX = layer.backward(C).clone();
  const grads = layer.params.map((p) => p.grad.clone());
  const h = 1e-6;
  const numeric = (M: Matrix, k: number): number => {
    const w = M.data[k];
    M.data[k] = w + h;
    const up = J();
    M.data[k] = w - h;
    const down = J();
    M.data[k] = w;
    return (up - down) / (2 * h);
  };
  layer.params.forEach((p, q) => {
    for (let k = 0; k < p.value.rows * p.value.cols; k++) {
      const n = numeric(p.value, k);
      expect(
        rel(grads[q].data[k], n),
        `${layer.type} ${p.name}[${k}]: ${grads[q].data[k]} vs ${n}`,
      ).toBeLessThan(1e-6);
    }
  });
  // dHprev is per example (m × ∂J/∂X), matching the 1/m convention of DW = (1/m) DZ·Xᵀ.
  for (let k = 0; k < X.rows * m; k++) {
    const n = m * numeric(X, k);
    expect(rel(dX.data[k], n), `${layer.type} dHprev[${k}]: ${dX.data[k]} vs ${n}`).toBeLessThan(
      1e-6,
    );
  }
}

describe('dense', () => {
  for (const [act, seed] of [
    ['tanh', 1],
    ['sigmoid', 2],
    ['softplus', 3],
    ['elu', 4],
    ['linear', 5],
    ['leaky-relu', 6],
  ] as const) {
    it(`backward matches central differences (${act})`, () => {
      const rng = createRng(seed);
      const layer = new Dense(3, 4, getActivation(act));
      layer.W.data.set(randomMatrix(4, 3, rng).data);
      layer.b.data.set(randomMatrix(4, 1, rng).data);
      checkLayer(layer, randomMatrix(3, 5, rng), seed + 100);
    });
  }

  it('backward through a softmax output matches central differences', () => {
    const rng = createRng(9);
    const layer = new Dense(2, 3, 'softmax');
    layer.W.data.set(randomMatrix(3, 2, rng).data);
    checkLayer(layer, randomMatrix(2, 4, rng), 10);
  });

  it('has the lecture shapes and names its input mismatch', () => {
    const layer = new Dense(2, 3, tanh);
    expect([layer.W.shape, layer.b.shape]).toEqual(['3×2', '3×1']);
    layer.forward(new Matrix(2, 7), true);
    expect([layer.Z.shape, layer.H.shape]).toEqual(['3×7', '3×7']);
    expect(() => layer.forward(new Matrix(3, 7), true)).toThrow(
      'dense: expected input with 2 rows (one per unit, one column per example), got 3×7',
    );
  });
});

describe('dropout', () => {
  it('with its mask held fixed, backward matches central differences', () => {
    const rng = createRng(21);
    const layer = new Dropout(4, 0.5, rng);
    const X = randomMatrix(4, 6, rng);
    layer.forward(X, true);
    layer.frozen = true;
    checkLayer(layer, X, 22);
  });

  it('is inverted: kept units scale by 1/(1 − rate), about rate of them drop, eval passes through', () => {
    const layer = new Dropout(10, 0.25, createRng(5));
    const X = new Matrix(10, 400);
    X.data.fill(2);
    const H = layer.forward(X, true);
    let dropped = 0;
    for (let k = 0; k < 4000; k++) {
      expect([0, 2 / 0.75]).toContain(H.data[k]);
      expect(layer.mask.data[k] === 0).toBe(H.data[k] === 0);
      if (H.data[k] === 0) dropped++;
    }
    expect(dropped / 4000).toBeGreaterThan(0.22);
    expect(dropped / 4000).toBeLessThan(0.28);
    expect(Array.from(layer.forward(X, false).data.subarray(0, 4000)).every((v) => v === 2)).toBe(
      true,
    );
  });

  it('draws a new mask each training pass unless frozen', () => {
    const layer = new Dropout(3, 0.5, createRng(6));
    const X = randomMatrix(3, 20, createRng(7));
    layer.forward(X, true);
    const first = layer.mask.data.slice(0, 60);
    layer.forward(X, true);
    expect(layer.mask.data.slice(0, 60)).not.toEqual(first);
    layer.frozen = true;
    const held = layer.mask.data.slice(0, 60);
    layer.forward(X, true);
    expect(layer.mask.data.slice(0, 60)).toEqual(held);
  });

  it('rejects rates outside [0, 1)', () => {
    for (const rate of [1, -0.1, NaN, 1.5]) {
      expect(() => new Dropout(2, rate, createRng(1))).toThrow('dropout: rate must be in [0, 1)');
    }
  });
});

describe('batch norm', () => {
  it('full backward (γ, β and the input, through the batch statistics) matches central differences', () => {
    const rng = createRng(31);
    const layer = new BatchNorm(3);
    layer.gamma.data.set([1.5, -0.7, 0.9]);
    layer.beta.data.set([0.1, 0.2, -0.3]);
    checkLayer(layer, randomMatrix(3, 6, rng, -2, 2), 32);
  });

  it('normalises each unit over the batch by the four steps (hand values)', () => {
    const layer = new BatchNorm(1, 1e-5);
    layer.gamma.data[0] = 2;
    layer.beta.data[0] = 1;
    const H = layer.forward(Matrix.fromRows([[1, 2, 3, 6]]), true);
    // μ = 12/4 = 3; σ² = (4 + 1 + 0 + 9)/4 = 3.5; x̂ = (x − 3)/√3.50001
    const s = Math.sqrt(3.5 + 1e-5);
    expect(H.data[0]).toBeCloseTo(2 * (-2 / s) + 1, 14);
    expect(H.data[3]).toBeCloseTo(2 * (3 / s) + 1, 14);
    // running averages move 10 % towards the batch: mean 0.9·0 + 0.1·3, var 0.9·1 + 0.1·3.5
    expect(layer.runningMean.data[0]).toBeCloseTo(0.3, 15);
    expect(layer.runningVar.data[0]).toBeCloseTo(1.25, 15);
    // eval uses the running averages: (6 − 0.3)/√(1.25 + 1e-5)·2 + 1
    expect(layer.forward(Matrix.fromRows([[6]]), false).data[0]).toBeCloseTo(
      (2 * 5.7) / Math.sqrt(1.25 + 1e-5) + 1,
      13,
    );
  });
});

describe('maxout', () => {
  it('backward matches central differences (k = 3 pieces)', () => {
    const rng = createRng(41);
    const layer = new Maxout(3, 2, 3);
    layer.W.data.set(randomMatrix(6, 3, rng, -2, 2).data);
    layer.b.data.set(randomMatrix(6, 1, rng).data);
    checkLayer(layer, randomMatrix(3, 5, rng), 42);
  });

  it('outputs the largest piece and records the winner', () => {
    const layer = new Maxout(1, 1, 2);
    layer.W.data.set([1, -1]); // pieces x and −x: maxout of them is |x|
    const H = layer.forward(Matrix.fromRows([[-3, 2]]), true);
    expect(Array.from(H.data.subarray(0, 2))).toEqual([3, 2]);
    expect(Array.from(layer.winner.subarray(0, 2))).toEqual([1, 0]);
  });
});

describe('activation layer', () => {
  it('backward matches central differences', () => {
    const rng = createRng(51);
    checkLayer(new ActivationLayer(3, getActivation('softplus')), randomMatrix(3, 4, rng), 52);
  });
});

describe('a big batch through a dense layer, tile by tile', () => {
  it('gives every entry bit for bit what the same example alone gives', () => {
    // 3 inputs and 5 units (odd both, so the odd-row and odd-input paths run), and
    // 1,000 examples: over the size where the layer goes in tiles, and not a whole number of them.
    const net = denseNet(
      3,
      [
        [5, 'tanh'],
        [4, 'relu'],
        [1, 'sigmoid'],
      ],
      'mse',
      3,
    );
    const rng = createRng(9);
    const m = 1000;
    const X = new Matrix(3, m);
    for (let k = 0; k < X.data.length; k++) X.data[k] = rng.uniform(-2, 2);
    const whole = Array.from(net.predict(X).data.subarray(0, m));
    const one = new Matrix(3, 1);
    const alone = Array.from({ length: m }, (_, j) => {
      for (let i = 0; i < 3; i++) one.data[i] = X.get(i, j);
      return net.predict(one).data[0];
    });
    const differ = whole.filter((v, j) => !Object.is(v, alone[j])).length;
    expect(differ).toBe(0);
  });
});
