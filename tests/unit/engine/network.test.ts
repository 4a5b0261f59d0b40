import { describe, expect, it } from 'vitest';
import {
  Matrix,
  Dense,
  createNetwork,
  createRng,
  checkGradients,
  maxRelError,
  networkToJSON,
  networkFromJSON,
  gridInputs,
  oneHot,
  binaryTargets,
  Network,
} from '../../../src/engine/index.ts';
import type { NetworkSpec } from '../../../src/engine/index.ts';
import { denseNet, rel, randomMatrix } from '../helpers.ts';

describe('a 2-2-1 network worked out by hand', () => {
  // ReLU hidden layer, sigmoid output, binary cross-entropy (fused: DZ² = P − Y); m = 2.
  const net = denseNet(
    2,
    [
      [2, 'relu'],
      [1, 'sigmoid'],
    ],
    'bce',
    0,
  );
  const [L1, L2] = net.layers as Dense[];
  L1.W.data.set([0.1, 0.2, 0.3, -0.4]);
  L1.b.data.set([0.5, -0.5]);
  L2.W.data.set([0.7, -0.6]);
  L2.b.data.set([0.2]);
  const X = Matrix.fromRows([
    [1, 0],
    [2, 0],
  ]); // examples x¹ = (1, 2), x² = (0, 0)
  const Y = Matrix.fromRows([[1, 0]]);

  it('forward', () => {
    net.forward(X, true);
    // Z¹ for x¹: 0.1·1 + 0.2·2 + 0.5 = 1.0 and 0.3·1 − 0.4·2 − 0.5 = −1.0; for x²: the biases 0.5, −0.5
    expect(L1.Z.toRows()[0][0]).toBeCloseTo(1, 15);
    expect(L1.Z.toRows()).toEqual([
      [expect.closeTo(1, 15), 0.5],
      [expect.closeTo(-1, 15), -0.5],
    ]);
    // H¹ = ReLU: x¹ → (1, 0), x² → (0.5, 0)
    expect(L1.H.toRows()).toEqual([
      [expect.closeTo(1, 15), 0.5],
      [0, 0],
    ]);
    // Z² = 0.7·h₁ − 0.6·h₂ + 0.2: 0.9 and 0.55; P = σ(Z²) = 1/(1 + e^−0.9) = 1/1.4065696597405991, 1/(1 + e^−0.55) = 1/1.5769498103804866
    expect(L2.Z.data[0]).toBeCloseTo(0.9, 15);
    expect(L2.Z.data[1]).toBeCloseTo(0.55, 15);
    expect(net.output.data[0]).toBeCloseTo(0.7109495026250039, 15);
    expect(net.output.data[1]).toBeCloseTo(0.6341355910108007, 15);
    // cost = (−ln 0.7109495026250039 − ln(1 − 0.6341355910108007)) / 2 = (0.34115… + 1.00549…)/2
    expect(net.cost(Y)).toBeCloseTo(0.6733231780977129, 14);
  });

  it('backward', () => {
    net.forward(X, true);
    net.backward(Y);
    // DZ² = P − Y = (0.7109495026250039 − 1, 0.6341355910108007 − 0)
    expect(L2.DZ.data[0]).toBeCloseTo(-0.2890504973749961, 15);
    expect(L2.DZ.data[1]).toBeCloseTo(0.6341355910108007, 15);
    // DW² = (1/2) DZ²·(H¹)ᵀ = ((−0.28905…·1 + 0.63413…·0.5)/2, 0) = (0.014008649065202133, 0); Db² = (−0.28905… + 0.63413…)/2
    expect(L2.DW.data[0]).toBeCloseTo(0.014008649065202133, 15);
    expect(L2.DW.data[1]).toBe(0);
    expect(L2.Db.data[0]).toBeCloseTo(0.17254254681790232, 15);
    // dH¹ = (W²)ᵀ·DZ²: row 1 = 0.7·DZ², row 2 = −0.6·DZ²
    expect(L2.dHprev.toRows()).toEqual([
      [expect.closeTo(-0.20233534816249726, 15), expect.closeTo(0.4438949137075605, 15)],
      [expect.closeTo(0.17343029842499766, 15), expect.closeTo(-0.3804813546064804, 15)],
    ]);
    // DZ¹ = dH¹ ⊙ ReLU'(Z¹): unit 2 is off (Z < 0) for both examples
    expect([Math.abs(L1.DZ.get(1, 0)), Math.abs(L1.DZ.get(1, 1))]).toEqual([0, 0]);
    // DW¹ row 1 = (1/2)(−0.20233…·(1, 2) + 0.44389…·(0, 0)) = (−0.10116767408124863, −0.20233534816249726)
    expect(L1.DW.data[0]).toBeCloseTo(-0.10116767408124863, 15);
    expect(L1.DW.data[1]).toBeCloseTo(-0.20233534816249726, 15);
    expect(Math.abs(L1.DW.data[2])).toBe(0);
    // Db¹ = (1/2)(−0.20233… + 0.44389…) = 0.12077978277253162
    expect(L1.Db.data[0]).toBeCloseTo(0.12077978277253162, 15);
    expect(Math.abs(L1.Db.data[1])).toBe(0);
  });
});

/** Independent central differences of the cost for every parameter entry. */
function numericGradients(net: Network, X: Matrix, Y: Matrix, h = 1e-5): number[] {
  const out: number[] = [];
  for (const p of net.params()) {
    for (let k = 0; k < p.value.rows * p.value.cols; k++) {
      const w = p.value.data[k];
      p.value.data[k] = w + h;
      net.forward(X, true);
      const up = net.cost(Y);
      p.value.data[k] = w - h;
      net.forward(X, true);
      const down = net.cost(Y);
      p.value.data[k] = w;
      out.push((up - down) / (2 * h));
    }
  }
  return out;
}

function analyticGradients(net: Network, X: Matrix, Y: Matrix): number[] {
  net.forward(X, true);
  net.backward(Y);
  return net
    .params()
    .flatMap((p) => Array.from(p.grad.data.subarray(0, p.grad.rows * p.grad.cols)));
}

describe('whole networks against central differences', () => {
  const shapes: [string, NetworkSpec, number][] = [
    [
      '2-8-8-1 tanh, squared error',
      {
        inputs: 2,
        layers: [
          { type: 'dense', units: 8, activation: 'tanh' },
          { type: 'dense', units: 8, activation: 'tanh' },
          { type: 'dense', units: 1, activation: 'tanh' },
        ],
        loss: 'mse',
      },
      1,
    ],
    [
      '2-5-3 sigmoid → softmax, cross-entropy',
      {
        inputs: 2,
        layers: [
          { type: 'dense', units: 5, activation: 'sigmoid' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
        loss: 'cce',
      },
      3,
    ],
    [
      '3-6-1 softplus → sigmoid, binary cross-entropy',
      {
        inputs: 3,
        layers: [
          { type: 'dense', units: 6, activation: 'softplus' },
          { type: 'dense', units: 1, activation: 'sigmoid' },
        ],
        loss: 'bce',
      },
      1,
    ],
    [
      '2-4-BN-elu-3 softmax',
      {
        inputs: 2,
        layers: [
          { type: 'dense', units: 4, activation: 'linear' },
          { type: 'batchnorm' },
          { type: 'activation', activation: 'elu' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
        loss: 'cce',
      },
      3,
    ],
    [
      '2-maxout(3×2)-dropout-2 sigmoid, squared error',
      {
        inputs: 2,
        layers: [
          { type: 'maxout', units: 3, pieces: 2 },
          { type: 'dropout', rate: 0.3 },
          { type: 'dense', units: 2, activation: 'sigmoid' },
        ],
        loss: 'mse',
      },
      2,
    ],
    [
      '2-6-6-1 leaky ReLU, He init, biases 0.1',
      {
        inputs: 2,
        layers: [
          {
            type: 'dense',
            units: 6,
            activation: 'leaky-relu',
            init: 'he',
            biasInit: { name: 'constant', value: 0.1 },
          },
          { type: 'dense', units: 6, activation: 'leaky-relu', init: 'he' },
          { type: 'dense', units: 1, activation: 'linear' },
        ],
        loss: 'mse',
      },
      1,
    ],
  ];
  for (const [name, spec, outputs] of shapes) {
    for (const seed of [1, 2]) {
      it(`${name}, seed ${seed}`, () => {
        const net = createNetwork(spec, createRng(seed));
        const X = randomMatrix(spec.inputs, 7, seed + 10);
        const labels = Array.from({ length: 7 }, (_, j) => (j * 5 + seed) % outputs);
        const Y =
          spec.loss === 'cce'
            ? oneHot(labels, outputs)
            : outputs === 1
              ? binaryTargets(labels.map((_, j) => j % 2))
              : randomMatrix(outputs, 7, seed + 20);
        // Fix dropout masks for the whole comparison.
        net.forward(X, true);
        for (const l of net.layers) if ('frozen' in l) l.frozen = true;
        const analytic = analyticGradients(net, X, Y);
        const numeric = numericGradients(net, X, Y);
        analytic.forEach((a, k) =>
          expect(rel(a, numeric[k]), `entry ${k}: ${a} vs ${numeric[k]}`).toBeLessThan(1e-6),
        );
      });
    }
  }

  it('the UI gradient checker agrees with independent central differences and restores state', () => {
    const spec = shapes[3][1];
    const net = createNetwork(spec, createRng(4));
    const X = randomMatrix(2, 6, 5);
    const Y = oneHot([0, 1, 2, 0, 1, 2], 3);
    const before = JSON.stringify(networkToJSON(net));
    const entries = checkGradients(net, X, Y);
    expect(JSON.stringify(networkToJSON(net))).toBe(before);
    expect(entries.length).toBe(net.paramCount());
    expect(maxRelError(entries)).toBeLessThan(1e-6);
    const numeric = numericGradients(net, X, Y);
    entries.forEach((e, k) => expect(rel(e.numeric, numeric[k])).toBeLessThan(1e-6));
    expect(entries[0]).toMatchObject({ layer: 0, param: 'W', index: 0 });
  });

  it('the checker exposes a wrong gradient', () => {
    const net = createNetwork(shapes[0][1], createRng(1));
    const X = randomMatrix(2, 4, 2);
    const Y = binaryTargets([0, 1, 1, 0], -1, 1);
    const layer = net.layers[0] as Dense;
    const original = layer.backwardFromDZ.bind(layer);
    layer.backwardFromDZ = () => {
      const r = original();
      layer.DW.data[0] *= 1.01; // a 1 % error in one entry
      return r;
    };
    const entries = checkGradients(net, X, Y);
    expect(entries[0].relError).toBeGreaterThan(1e-3);
    expect(maxRelError(entries.slice(1))).toBeLessThan(1e-6);
  });
});

describe('network API', () => {
  const spec: NetworkSpec = {
    inputs: 2,
    layers: [
      { type: 'dense', units: 8, activation: 'tanh' },
      { type: 'batchnorm' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
    loss: 'cce',
  };

  it('counts parameters: (2·8 + 8) + (8 + 8) + (8·3 + 3) = 67', () => {
    expect(createNetwork(spec, createRng(1)).paramCount()).toBe(67);
  });

  it('predicts a whole decision map in one batch, with every hidden unit readable', () => {
    const net = createNetwork(spec, createRng(1));
    const grid = gridInputs(30, { xMin: -1, xMax: 1, yMin: -1, yMax: 1 });
    const P = net.predict(grid);
    expect(P.shape).toBe('3×900');
    const unit = net.unitOutput(0, 5);
    expect(unit.length).toBe(900);
    // pixel (ix = 29, iy = 0) is the top-right corner (1, 1): unit 5 = tanh(W[5]·(1, 1) + b[5])
    const L = net.layers[0] as Dense;
    expect(unit[29]).toBeCloseTo(Math.tanh(L.W.get(5, 0) + L.W.get(5, 1) + L.b.data[5]), 14);
    expect(() => net.unitOutput(0, 8)).toThrow('layer 0 has 8 units, no unit 8');
  });

  it('names the mismatch when targets do not fit the output', () => {
    const net = createNetwork(spec, createRng(1));
    net.forward(new Matrix(2, 4));
    expect(() => net.cost(new Matrix(1, 4))).toThrow(
      'cost: targets Y are 1×4 but the output P is 3×4',
    );
  });

  it('rejects unknown layer types', () => {
    expect(() =>
      createNetwork({ inputs: 2, layers: [{ type: 'conv' } as never], loss: 'mse' }, createRng(1)),
    ).toThrow('unknown layer type "conv"; known: dense, dropout, batchnorm, activation, maxout');
  });
});

describe('saving and loading', () => {
  const spec: NetworkSpec = {
    inputs: 2,
    layers: [
      { type: 'dense', units: 3, activation: { name: 'leaky-relu', slope: 0.2 } },
      { type: 'batchnorm' },
      { type: 'dropout', rate: 0.1 },
      { type: 'maxout', units: 2, pieces: 2 },
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
  };

  it('round-trips through JSON text exactly', () => {
    const net = createNetwork(spec, createRng(3));
    net.forward(randomMatrix(2, 5, 1), true); // moves the running averages
    const json = JSON.parse(JSON.stringify(networkToJSON(net)));
    const copy = networkFromJSON(json);
    const X = randomMatrix(2, 6, 2);
    expect(Array.from(copy.predict(X).data)).toEqual(Array.from(net.predict(X).data));
    expect(networkToJSON(copy)).toEqual(json);
  });

  it('keeps the spec it was constructed with, so only described networks can be saved', () => {
    const built = createNetwork(spec, createRng(3));
    expect(built.spec).toBe(spec);
    // The same layers without a description: nothing to save the architecture from.
    const bare = new Network(spec.inputs, built.layers, spec.loss);
    expect(bare.spec).toBeNull();
    expect(() => networkToJSON(bare)).toThrow('only networks made by createNetwork can be saved');
    const described = new Network(spec.inputs, built.layers, spec.loss, spec);
    expect(networkToJSON(described)).toEqual(networkToJSON(built));
  });

  it('rejects wrong shapes, non-finite numbers and unknown layer types with clear messages', () => {
    const good = networkToJSON(createNetwork(spec, createRng(3)));
    const bad = (edit: (j: any) => void): unknown => {
      const j = structuredClone(good) as any;
      edit(j);
      return j;
    };
    expect(() => networkFromJSON(bad((j) => j.weights[0].W.pop()))).toThrow(
      'weights[0].W: expected 3 rows (shape 3×2), got 2',
    );
    expect(() => networkFromJSON(bad((j) => j.weights[0].W[1].push(1)))).toThrow(
      'weights[0].W[1]: expected a row of 2 numbers (shape 3×2), got 3',
    );
    expect(() => networkFromJSON(bad((j) => (j.weights[4].b[0][0] = null)))).toThrow(
      'weights[4].b[0][0]: expected a finite number, got null',
    );
    expect(() => networkFromJSON(bad((j) => (j.weights[1].gamma[2][0] = 'x')))).toThrow(
      'weights[1].gamma[2][0]: expected a finite number, got "x"',
    );
    expect(() => networkFromJSON(bad((j) => (j.spec.layers[2].type = 'conv')))).toThrow(
      'spec.layers[2].type: unknown layer type "conv"',
    );
    expect(() => networkFromJSON(bad((j) => (j.spec.layers[0].activation = 'swish')))).toThrow(
      'unknown activation "swish"',
    );
    expect(() => networkFromJSON(bad((j) => (j.format = 'other')))).toThrow(
      'expected format "nn-engine" version 1',
    );
    expect(() => networkFromJSON(bad((j) => j.weights.pop()))).toThrow(
      'weights: expected an array with one entry per layer (5)',
    );
    expect(() => networkFromJSON(bad((j) => (j.spec.layers[2].rate = 1)))).toThrow(
      'dropout: rate must be in [0, 1)',
    );
  });
});
