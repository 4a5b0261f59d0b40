import { describe, expect, it } from 'vitest';
import {
  Trainer,
  Optimizer,
  createNetwork,
  createRng,
  logicGate,
  binaryTargets,
  accuracy,
  spirals,
  blobs,
  oneHot,
  Matrix,
} from '../../../src/engine/index.ts';
import type { Dense, InitSpec, NetworkSpec } from '../../../src/engine/index.ts';
import { denseNet } from '../helpers.ts';

const xor = logicGate('xor');

function xorNet(init: InitSpec, hidden: string, seed: number) {
  const spec: NetworkSpec = {
    inputs: 2,
    layers: [
      { type: 'dense', units: 4, activation: hidden, init, biasInit: 'zeros' },
      { type: 'dense', units: 1, activation: 'sigmoid', init, biasInit: 'zeros' },
    ],
    loss: 'bce',
  };
  return createNetwork(spec, createRng(seed));
}

describe('learning XOR', () => {
  it('a small tanh network reaches 100 % training accuracy within 500 epochs (seed 1)', () => {
    const net = denseNet(
      2,
      [
        [4, 'tanh'],
        [1, 'sigmoid'],
      ],
      'bce',
      1,
    );
    const trainer = new Trainer(net, xor.X, binaryTargets(xor.labels), {
      batchSize: 4,
      alpha: 0.5,
      rng: createRng(2),
    });
    let epochs = 0;
    while (accuracy(net.predict(xor.X), xor.labels) < 1 && epochs < 500) {
      trainer.runEpoch();
      epochs++;
    }
    expect(accuracy(net.predict(xor.X), xor.labels)).toBe(1);
    expect(epochs).toBeLessThan(500);
  });
});

describe("the lecture's poll on initialization, proven", () => {
  for (const hidden of ['tanh', 'sigmoid']) {
    it(`all weights 0 (${hidden} hidden units): every hidden unit stays identical and XOR is not learned`, () => {
      const net = xorNet('zeros', hidden, 1);
      const trainer = new Trainer(net, xor.X, binaryTargets(xor.labels), {
        batchSize: 4,
        alpha: 0.5,
        rng: createRng(3),
      });
      for (let e = 0; e < 2000; e++) trainer.runEpoch();
      const hiddenLayer = net.layers[0] as Dense;
      net.predict(xor.X);
      for (let u = 1; u < 4; u++) {
        expect(Array.from(hiddenLayer.W.row(u))).toEqual(Array.from(hiddenLayer.W.row(0)));
        expect(hiddenLayer.b.data[u]).toBe(hiddenLayer.b.data[0]);
        expect(Array.from(net.unitOutput(0, u))).toEqual(Array.from(net.unitOutput(0, 0)));
      }
      expect(accuracy(net.output, xor.labels)).toBeLessThan(1);
    });
  }

  it('random weights with all biases 0: it learns XOR', () => {
    const net = xorNet('xavier', 'tanh', 1);
    expect(Array.from((net.layers[0] as Dense).b.data)).toEqual([0, 0, 0, 0]);
    const trainer = new Trainer(net, xor.X, binaryTargets(xor.labels), {
      batchSize: 4,
      alpha: 0.5,
      rng: createRng(3),
    });
    for (let e = 0; e < 2000 && accuracy(net.predict(xor.X), xor.labels) < 1; e++)
      trainer.runEpoch();
    expect(accuracy(net.predict(xor.X), xor.labels)).toBe(1);
  });
});

describe('determinism', () => {
  function trainedWeights(seed: number): Float64Array[] {
    const rng = createRng(seed);
    const data = spirals(100, 0.05, rng);
    const net = createNetwork(
      {
        inputs: 2,
        layers: [
          { type: 'dense', units: 6, activation: 'tanh' },
          { type: 'dropout', rate: 0.2 },
          { type: 'dense', units: 1, activation: 'tanh' },
        ],
        loss: 'mse',
      },
      rng,
    );
    const trainer = new Trainer(net, data.X, binaryTargets(data.labels, -1, 1), {
      batchSize: 7,
      alpha: 0.05,
      momentum: 0.5,
      l2: 1e-3,
      rng,
    });
    trainer.train(20);
    return net.params().map((p) => p.value.data.slice());
  }

  it('the same seed gives bit-identical weights (data, init, shuffles, dropout masks)', () => {
    const a = trainedWeights(42);
    const b = trainedWeights(42);
    const bits = (ws: Float64Array[]) => ws.map((w) => Array.from(new BigUint64Array(w.buffer)));
    expect(bits(a)).toEqual(bits(b));
    expect(bits(trainedWeights(43))).not.toEqual(bits(a));
  });
});

describe('the trainer', () => {
  it('handles a last partial batch and counts steps and epochs', () => {
    const rng = createRng(5);
    const data = blobs(100, 3, 0.2, rng);
    const net = createNetwork(
      {
        inputs: 2,
        layers: [
          { type: 'dense', units: 8, activation: 'relu', init: 'he' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
        loss: 'cce',
      },
      rng,
    );
    const trainer = new Trainer(net, data.X, oneHot(data.labels, 3), {
      batchSize: 32,
      alpha: 0.1,
      rng,
    });
    const first = trainer.runEpoch();
    expect(trainer.steps).toBe(4); // 32 + 32 + 32 + 4
    expect(trainer.Xb.cols).toBe(4);
    const status = trainer.train(30);
    expect(status).toMatchObject({ status: 'running', reason: '', steps: 124, epochs: 31 });
    expect(trainer.runEpoch()).toBeLessThan(first);
    expect(accuracy(net.predict(data.X), data.labels)).toBeGreaterThan(0.9);
  });

  it('stops on a NaN loss with a status instead of spreading NaN into the weights', () => {
    const rng = createRng(1);
    const X = Matrix.fromRows([[0, 1, NaN, 3]]);
    const net = createNetwork(
      { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'linear' }], loss: 'mse' },
      rng,
    );
    const trainer = new Trainer(net, X, Matrix.fromRows([[0, 1, 2, 3]]), {
      batchSize: 1,
      alpha: 0.1,
      shuffle: false,
      rng,
    });
    const status = trainer.train(5);
    expect(status.status).toBe('diverged');
    expect(status.reason).toBe('loss became NaN at step 3');
    expect(status.steps).toBe(2);
    expect(net.params().every((p) => p.value.data.every(Number.isFinite))).toBe(true);
    expect(trainer.step()).toBe(false);
  });

  it('stops when a too-large learning rate blows the loss up to Infinity', () => {
    const rng = createRng(1);
    const net = createNetwork(
      { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'linear' }], loss: 'mse' },
      rng,
    );
    const trainer = new Trainer(net, Matrix.fromRows([[10, -10]]), Matrix.fromRows([[1, 2]]), {
      batchSize: 2,
      alpha: 5,
      rng,
    });
    const status = trainer.train(1000);
    expect(status.status).toBe('diverged');
    expect(status.reason).toMatch(
      /^(loss became Infinity|a gradient became NaN or infinite) at step \d+$/,
    );
    expect(net.params().every((p) => p.value.data.every(Number.isFinite))).toBe(true);
  });

  it('rejects bad learning rates and settings with clear errors', () => {
    const net = createNetwork(
      { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'linear' }], loss: 'mse' },
      createRng(1),
    );
    const X = Matrix.fromRows([[1]]);
    for (const alpha of [-0.1, NaN, Infinity]) {
      expect(() => new Trainer(net, X, X, { batchSize: 1, alpha, rng: createRng(1) })).toThrow(
        `learning rate alpha must be a non-negative finite number, got ${alpha}`,
      );
    }
    expect(() => new Optimizer(net.params(), { alpha: 0.1, momentum: 1 })).toThrow(
      'momentum must be in [0, 1), got 1',
    );
    expect(() => new Optimizer(net.params(), { alpha: 0.1, l2: -1 })).toThrow(
      'l2 must be a non-negative finite number',
    );
    expect(
      () =>
        new Trainer(net, X, Matrix.fromRows([[1, 2]]), {
          batchSize: 1,
          alpha: 0.1,
          rng: createRng(1),
        }),
    ).toThrow('trainer: X is 1×1 but Y is 1×2');
  });
});

describe('optimiser arithmetic', () => {
  it('gradient descent, momentum and L2 follow their update rules (hand values)', () => {
    const net = createNetwork(
      {
        inputs: 1,
        layers: [
          { type: 'dense', units: 1, activation: 'linear', init: { name: 'constant', value: 2 } },
        ],
        loss: 'mse',
      },
      createRng(1),
    );
    const [W, b] = net.params();
    W.grad.data[0] = 0.5;
    b.grad.data[0] = -1;
    const opt = new Optimizer(net.params(), { alpha: 0.1, momentum: 0.9, l2: 0.2 });
    opt.step();
    // v = 0.9·0 − 0.1·(0.5 + 0.2·2) = −0.09 → W = 1.91; b: v = −0.1·(−1) = 0.1 (no L2 on biases) → b = 0.1
    expect(W.value.data[0]).toBeCloseTo(1.91, 15);
    expect(b.value.data[0]).toBeCloseTo(0.1, 15);
    opt.step();
    // v = 0.9·(−0.09) − 0.1·(0.5 + 0.2·1.91) = −0.081 − 0.0882 = −0.1692 → W = 1.7408
    expect(W.value.data[0]).toBeCloseTo(1.7408, 14);
  });
});
