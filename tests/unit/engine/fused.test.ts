import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FusedDense,
  Matrix,
  Trainer,
  binaryTargets,
  blobs,
  createNetwork,
  createRng,
  fusedPathApplies,
  oneHot,
  spirals,
} from '../../../src/engine/index.ts';
import type { Dense, LayerSpec, NetworkSpec } from '../../../src/engine/index.ts';

const dense = (units: number, activation: string): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  init: activation === 'relu' ? 'he' : 'xavier',
});

interface Case {
  name: string;
  spec: NetworkSpec;
  targets: 'pm1' | '01' | 'onehot3';
  batchSize: number;
  alpha: number;
  momentum?: number;
  l2?: number;
}

// Architectures, activations, losses and optimizers that qualify; sizes odd and
// even (the sweeps take units and inputs in groups), batches that leave a short
// last batch, batch 1, and a single input.
const cases: Case[] = [
  {
    name: 'W1: 2-8-8-1 tanh, squared error, batch 10',
    spec: {
      inputs: 2,
      layers: [dense(8, 'tanh'), dense(8, 'tanh'), dense(1, 'tanh')],
      loss: 'mse',
    },
    targets: 'pm1',
    batchSize: 10,
    alpha: 0.03,
  },
  {
    name: 'W3-like: 2-16-16-3 ReLU + softmax, cross-entropy, momentum',
    spec: {
      inputs: 2,
      layers: [dense(16, 'relu'), dense(16, 'relu'), dense(3, 'softmax')],
      loss: 'cce',
    },
    targets: 'onehot3',
    batchSize: 32,
    alpha: 0.05,
    momentum: 0.9,
  },
  {
    name: '2-7-5-1 sigmoid + binary cross-entropy (fused DZ = P − Y), L2, batch 7',
    spec: {
      inputs: 2,
      layers: [dense(7, 'sigmoid'), dense(5, 'leaky-relu'), dense(1, 'sigmoid')],
      loss: 'bce',
    },
    targets: '01',
    batchSize: 7,
    alpha: 0.3,
    l2: 0.01,
  },
  {
    name: '2-5-3-3 elu and softplus, softmax with squared error (softmax backward), batch 1',
    spec: {
      inputs: 2,
      layers: [dense(5, 'elu'), dense(3, 'softplus'), dense(3, 'softmax')],
      loss: 'mse',
    },
    targets: 'onehot3',
    batchSize: 1,
    alpha: 0.1,
    momentum: 0.5,
    l2: 0.001,
  },
  {
    name: '2-6-4-3 linear and piecewise hidden, linear output, squared error, batch 13',
    spec: {
      inputs: 2,
      layers: [dense(6, 'piecewise'), dense(4, 'linear'), dense(3, 'linear')],
      loss: 'mse',
    },
    targets: 'onehot3',
    batchSize: 13,
    alpha: 0.02,
  },
  {
    name: '2-9-1 tanh with a sigmoid output on squared error, batch 64',
    spec: { inputs: 2, layers: [dense(9, 'tanh'), dense(1, 'sigmoid')], loss: 'mse' },
    targets: '01',
    batchSize: 64,
    alpha: 0.5,
  },
  {
    name: '1-4-3 with a softmax hidden layer (softmax backward inside the sweep), one input, batch 5',
    spec: { inputs: 1, layers: [dense(4, 'softmax'), dense(3, 'softmax')], loss: 'cce' },
    targets: 'onehot3',
    batchSize: 5,
    alpha: 0.5,
  },
];

function data(targets: Case['targets'], inputs = 2): { X: Matrix; Y: Matrix } {
  if (targets === 'onehot3') {
    const d = blobs(150, 3, 0.4, createRng(11));
    // One input: the first coordinate alone.
    const X = inputs === 1 ? new Matrix(1, 150, d.X.data.slice(0, 150)) : d.X;
    return { X, Y: oneHot(d.labels, 3) };
  }
  const d = spirals(150, 0.1, createRng(11));
  return { X: d.X, Y: binaryTargets(d.labels, targets === 'pm1' ? -1 : 0, 1) };
}

function trainerPair(c: Case, X: Matrix, Y: Matrix): [Trainer, Trainer] {
  const make = (fused: boolean) =>
    new Trainer(createNetwork(c.spec, createRng(5)), X, Y, {
      batchSize: c.batchSize,
      alpha: c.alpha,
      momentum: c.momentum,
      l2: c.l2,
      rng: createRng(6),
      fused,
    });
  return [make(true), make(false)];
}

/** The first parameter entry that differs (Object.is, so −0 and +0 differ too), or null. */
function firstDifference(a: Trainer, b: Trainer): string | null {
  const pa = a.net.params();
  const pb = b.net.params();
  for (let q = 0; q < pa.length; q++) {
    const n = pa[q].value.rows * pa[q].value.cols;
    for (let k = 0; k < n; k++) {
      const u = pa[q].value.data[k];
      const v = pb[q].value.data[k];
      if (!Object.is(u, v)) return `parameter ${q} (${pa[q].name}) entry ${k}: ${u} vs ${v}`;
    }
  }
  return null;
}

describe('the fused training path', () => {
  for (const c of cases) {
    it(`matches the layer-by-layer path bit for bit over 400 steps: ${c.name}`, () => {
      const { X, Y } = data(c.targets, c.spec.inputs);
      const [fused, layers] = trainerPair(c, X, Y);
      expect(fused.path).toBe('fused');
      expect(layers.path).toBe('layers');
      const before = fused.net.params()[0].value.data[0];
      for (let s = 0; s < 400; s++) {
        fused.step();
        layers.step();
        expect(Object.is(fused.cost, layers.cost)).toBe(true);
        if (s % 50 === 0 || s === 399) expect(firstDifference(fused, layers)).toBeNull();
      }
      // It did train (the weights moved), and both sides agree on where training stands.
      expect(fused.net.params()[0].value.data[0]).not.toBe(before);
      expect(fused.status).toEqual(layers.status);
    });
  }

  it('leaves every layer’s Z, H, DZ, DW and Db as the layer-by-layer path does', () => {
    const { X, Y } = data('onehot3');
    const [fused, layers] = trainerPair(cases[1], X, Y);
    for (let s = 0; s < 20; s++) {
      fused.step();
      layers.step();
    }
    fused.net.layers.forEach((layer, l) => {
      const a = layer as Dense;
      const b = layers.net.layers[l] as Dense;
      for (const key of ['Z', 'H', 'DZ', 'DW', 'Db'] as const) {
        expect(Array.from(a[key].data.subarray(0, a[key].rows * a[key].cols))).toEqual(
          Array.from(b[key].data.subarray(0, b[key].rows * b[key].cols)),
        );
      }
    });
  });

  it('skips the first layer’s input gradient dH^0, which the layer path computes', () => {
    const { X, Y } = data('pm1');
    const [fused, layers] = trainerPair(cases[0], X, Y);
    fused.step();
    layers.step();
    expect((fused.net.layers[0] as Dense).dHprev.cols).toBe(0);
    expect((layers.net.layers[0] as Dense).dHprev.cols).toBe(10);
  });

  it('stops on a gradient that overflows while the cost is still finite, like the layer path', () => {
    // One sigmoid unit, x = 1e308 twice: the cost from the logits stays finite,
    // but DW sums (p − y)·x over the batch, 2e308 = ∞.
    const X = new Matrix(1, 2, Float64Array.from([1e308, 1e308]));
    const Y = new Matrix(1, 2);
    const spec: NetworkSpec = { inputs: 1, layers: [dense(1, 'sigmoid')], loss: 'bce' };
    const trainers = [true, false].map((fused) => {
      const net = createNetwork(spec, createRng(1));
      (net.layers[0] as Dense).W.data[0] = 0.5;
      return new Trainer(net, X, Y, { batchSize: 2, alpha: 0.1, rng: createRng(2), fused });
    });
    for (const t of trainers) expect(t.step()).toBe(false);
    expect(trainers[0].path).toBe('fused');
    expect(Number.isFinite(trainers[0].cost)).toBe(true);
    expect(trainers[0].reason).toBe('a gradient became NaN or infinite at step 1');
    expect(trainers[0].status).toEqual(trainers[1].status);
    expect((trainers[0].net.layers[0] as Dense).W.data[0]).toBe(0.5);
  });

  it('diverges at the same step with the same reason', () => {
    const c = { ...cases[4], alpha: 50 };
    const { X, Y } = data(c.targets);
    const [fused, layers] = trainerPair(c, X, Y);
    fused.train(20);
    layers.train(20);
    expect(fused.state).toBe('diverged');
    expect(fused.status).toEqual(layers.status);
    expect(firstDifference(fused, layers)).toBeNull();
  });
});

describe('networks that do not qualify keep the layer-by-layer path', () => {
  const others: Record<string, LayerSpec[]> = {
    dropout: [dense(6, 'tanh'), { type: 'dropout', rate: 0.5 }, dense(1, 'tanh')],
    'batch norm': [
      dense(6, 'linear'),
      { type: 'batchnorm' },
      { type: 'activation', activation: 'tanh' },
      dense(1, 'tanh'),
    ],
    maxout: [{ type: 'maxout', units: 4, pieces: 2 }, dense(1, 'tanh')],
  };
  for (const [name, layers] of Object.entries(others)) {
    it(name, () => {
      const spec: NetworkSpec = { inputs: 2, layers, loss: 'mse' };
      const { X, Y } = data('pm1');
      const net = createNetwork(spec, createRng(5));
      expect(fusedPathApplies(net)).toBe(false);
      expect(() => new FusedDense(net)).toThrow(/only dense layers qualify/);
      const trainer = new Trainer(net, X, Y, { batchSize: 10, alpha: 0.05, rng: createRng(6) });
      expect(trainer.path).toBe('layers');
      trainer.train(2);
      expect(trainer.state).toBe('running');
      // The layer path ran backward all the way down, through the layer the fused path lacks.
      expect(net.layers[0].dHprev.cols).toBe(10);
    });
  }
});

describe('the engine generates no code at run time', () => {
  it('no eval or new Function anywhere in src/engine (the CSP forbids them)', () => {
    const dir = new URL('../../../src/engine/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
    }
  });
});
