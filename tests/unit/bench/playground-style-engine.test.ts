import { describe, expect, it } from 'vitest';
import {
  buildNetwork,
  forwardProp,
  backProp,
  updateWeights,
  meanError,
  TANH,
  LINEAR,
  SQUARE,
} from '../../../bench/playground-style-engine.ts';
import type { Node } from '../../../bench/playground-style-engine.ts';
import { createNetwork, createRng, Matrix } from '../../../src/engine/index.ts';

/** Sets a 2-2-1 network's weights and biases by hand. */
function handSet(net: Node[][]): void {
  const [h1, h2] = net[1];
  const [o] = net[2];
  h1.inputLinks[0].weight = 0.5;
  h1.inputLinks[1].weight = -1;
  h1.bias = 0.25;
  h2.inputLinks[0].weight = 2;
  h2.inputLinks[1].weight = 1;
  h2.bias = -0.5;
  o.inputLinks[0].weight = 1.5;
  o.inputLinks[1].weight = -0.75;
  o.bias = 0.1;
}

describe('the playground-style benchmark engine', () => {
  it('builds one node per neuron and one link per connection', () => {
    const net = buildNetwork([2, 3, 1], TANH, TANH, createRng(1));
    expect(net.map((l) => l.length)).toEqual([2, 3, 1]);
    expect(net[1].every((n) => n.inputLinks.length === 2 && n.outputs.length === 1)).toBe(true);
    expect(net[0][0].outputs[1].dest).toBe(net[1][1]);
    expect(net[1].every((n) => n.bias === 0)).toBe(true);
  });

  it('computes a hand-set 2-2-1 forward pass as worked out by hand', () => {
    const net = buildNetwork([2, 2, 1], TANH, LINEAR, createRng(1));
    handSet(net);
    // x = (1, 2): h1 = tanh(0.5 − 2 + 0.25) = tanh(−1.25); h2 = tanh(2 + 2 − 0.5) = tanh(3.5)
    const h1 = Math.tanh(-1.25);
    const h2 = Math.tanh(3.5);
    const out = 1.5 * h1 - 0.75 * h2 + 0.1;
    expect(forwardProp(net, [1, 2])).toBeCloseTo(out, 14);
    expect(net[1][0].totalInput).toBeCloseTo(-1.25, 14);
    expect(net[1][1].output).toBeCloseTo(h2, 14);
    // x = (0, 0): only the biases: out = 1.5·tanh(0.25) − 0.75·tanh(−0.5) + 0.1
    expect(forwardProp(net, [0, 0])).toBeCloseTo(
      1.5 * Math.tanh(0.25) - 0.75 * Math.tanh(-0.5) + 0.1,
      14,
    );
  });

  it('backProp gives the hand-computed and finite-difference derivatives', () => {
    const net = buildNetwork([2, 2, 1], TANH, LINEAR, createRng(1));
    handSet(net);
    const x = [1, 2];
    const y = 0.3;
    const p = forwardProp(net, x);
    backProp(net, y, SQUARE);
    const h1 = Math.tanh(-1.25);
    // output: dE/dp = 2(p − y); linear, so inputDer = outputDer; dE/dw(h1→o) = 2(p − y)·h1
    expect(net[2][0].inputDer).toBeCloseTo(2 * (p - y), 14);
    expect(net[2][0].inputLinks[0].errorDer).toBeCloseTo(2 * (p - y) * h1, 14);
    // hidden h1: outputDer = 1.5·2(p − y); inputDer = outputDer·(1 − h1²); link from x2 = inputDer·2
    expect(net[1][0].inputDer).toBeCloseTo(1.5 * 2 * (p - y) * (1 - h1 * h1), 14);
    expect(net[1][0].inputLinks[1].errorDer).toBeCloseTo(1.5 * 2 * (p - y) * (1 - h1 * h1) * 2, 14);
    // every link against a central difference
    const eps = 1e-6;
    for (const layer of net.slice(1)) {
      for (const node of layer) {
        for (const link of node.inputLinks) {
          const w = link.weight;
          link.weight = w + eps;
          const up = SQUARE.error(forwardProp(net, x), y);
          link.weight = w - eps;
          const down = SQUARE.error(forwardProp(net, x), y);
          link.weight = w;
          expect(link.errorDer).toBeCloseTo((up - down) / (2 * eps), 6);
        }
      }
    }
  });

  it('updateWeights applies the batch mean and resets the accumulators', () => {
    const net = buildNetwork([2, 2, 1], TANH, LINEAR, createRng(1));
    handSet(net);
    const samples: [number[], number][] = [
      [[1, 2], 0.3],
      [[-1, 0.5], -0.2],
    ];
    let sumOut = 0;
    for (const [x, y] of samples) {
      forwardProp(net, x);
      backProp(net, y, SQUARE);
      sumOut += net[2][0].inputDer;
    }
    updateWeights(net, 0.1);
    expect(net[2][0].bias).toBeCloseTo(0.1 - (0.1 * sumOut) / 2, 14);
    expect(net[2][0].accInputDer).toBe(0);
    expect(net[2][0].numAccumulatedDers).toBe(0);
    expect(net[1][0].inputLinks[0].numAccumulatedDers).toBe(0);
  });

  it('starts from the same weights as the engine with the same seed', () => {
    const net = buildNetwork([2, 8, 8, 1], TANH, TANH, createRng(7));
    const engine = createNetwork(
      {
        inputs: 2,
        layers: [
          { type: 'dense', units: 8, activation: 'tanh' },
          { type: 'dense', units: 8, activation: 'tanh' },
          { type: 'dense', units: 1, activation: 'tanh' },
        ],
        loss: 'mse',
      },
      createRng(7),
    );
    const X = new Matrix(2, 3);
    X.data.set([0.1, -0.7, 1, 0.4, 0.2, -1]); // columns (0.1, 0.4), (−0.7, 0.2), (1, −1)
    const P = engine.predict(X);
    for (let j = 0; j < 3; j++) {
      expect(forwardProp(net, [X.get(0, j), X.get(1, j)])).toBeCloseTo(P.get(0, j), 12);
    }
  });

  it('learns XOR on the four corners: the squared error falls', () => {
    const inputs = [
      [-1, -1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ];
    const targets = [-1, 1, 1, -1];
    const net = buildNetwork([2, 4, 1], TANH, TANH, createRng(3));
    const before = meanError(net, inputs, targets, SQUARE);
    for (let epoch = 0; epoch < 2000; epoch++) {
      for (let k = 0; k < 4; k++) {
        forwardProp(net, inputs[k]);
        backProp(net, targets[k], SQUARE);
      }
      updateWeights(net, 0.1);
    }
    const after = meanError(net, inputs, targets, SQUARE);
    expect(before).toBeGreaterThan(0.5);
    expect(after).toBeLessThan(0.05);
    expect(after).toBeLessThan(before / 10);
    for (let k = 0; k < 4; k++) expect(Math.sign(forwardProp(net, inputs[k]))).toBe(targets[k]);
  });
});
