// L1 and L2 penalties: the optimiser's step is the gradient of cost + penalty,
// checked against central finite differences; the penalty by hand; and the
// playground changes the rate while training.
import { describe, expect, it } from 'vitest';
import {
  Matrix,
  Optimizer,
  createNetwork,
  createRng,
  type Network,
} from '../../../../src/engine/index.ts';
import { DEFAULTS } from '../../../../src/widgets/playground/url.ts';
import {
  changeSetting,
  createRun,
  penalty,
  penaltyRates,
  stepEpoch,
} from '../../../../src/widgets/playground/playground.ts';

function setup(): { net: Network; X: Matrix; Y: Matrix } {
  const rng = createRng(11);
  const net = createNetwork(
    {
      inputs: 2,
      layers: [
        { type: 'dense', units: 3, activation: 'tanh' },
        { type: 'dense', units: 1, activation: 'sigmoid' },
      ],
      loss: 'bce',
    },
    rng,
  );
  const X = new Matrix(
    2,
    5,
    Float64Array.from({ length: 10 }, () => rng.uniform(-1, 1)),
  );
  const Y = new Matrix(1, 5, Float64Array.of(1, 0, 1, 1, 0));
  return { net, X, Y };
}

const objective = (net: Network, X: Matrix, Y: Matrix, rates: { l1: number; l2: number }) => {
  net.forward(X, true);
  return net.cost(Y) + penalty(net, rates);
};

describe('L1 and L2 regularisation', () => {
  it('gives the penalty by hand: weights (1, −2) → L1 0.1·3 = 0.3, L2 (0.5/2)·5 = 1.25; biases free', () => {
    const net = createNetwork(
      { inputs: 2, layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'bce' },
      createRng(1),
    );
    const [W, b] = net.params();
    W.value.data.set([1, -2]);
    b.value.data.set([7]);
    expect(penalty(net, { l1: 0.1, l2: 0 })).toBeCloseTo(0.3, 15);
    expect(penalty(net, { l1: 0, l2: 0.5 })).toBeCloseTo(1.25, 15);
    expect(penaltyRates({ ...DEFAULTS, reg: 'l1', regRate: 0.2 })).toEqual({ l1: 0.2, l2: 0 });
    expect(penaltyRates({ ...DEFAULTS, reg: 'none', regRate: 0.2 })).toEqual({ l1: 0, l2: 0 });
  });

  for (const rates of [
    { l1: 0.05, l2: 0 },
    { l1: 0, l2: 0.3 },
    { l1: 0.02, l2: 0.1 },
  ]) {
    it(`steps along the gradient of cost + penalty (finite differences), l1 = ${rates.l1}, l2 = ${rates.l2}`, () => {
      const { net, X, Y } = setup();
      const h = 1e-6;
      const numeric = net.params().map((p) =>
        Array.from(p.value.data, (w, k) => {
          p.value.data[k] = w + h;
          const up = objective(net, X, Y, rates);
          p.value.data[k] = w - h;
          const down = objective(net, X, Y, rates);
          p.value.data[k] = w;
          return (up - down) / (2 * h);
        }),
      );
      const before = net.params().map((p) => Float64Array.from(p.value.data));
      // α = 1: the step w₀ − w₁ is the gradient the optimiser used.
      const opt = new Optimizer(net.params(), { alpha: 1, ...rates });
      net.forward(X, true);
      net.measureCost(Y);
      net.backward(Y);
      opt.step();
      net.params().forEach((p, q) => {
        p.value.data.forEach((w1, k) => {
          const used = before[q][k] - w1;
          expect(Math.abs(used - numeric[q][k])).toBeLessThan(1e-7 * Math.max(1, Math.abs(used)));
        });
      });
    });
  }

  it('changes while training and shrinks the weights (thinner lines), without restarting the run', () => {
    const plain = createRun({ ...DEFAULTS, epochs: 40 });
    while (stepEpoch(plain));
    const r = createRun({ ...DEFAULTS, epochs: 40 });
    for (let e = 0; e < 10; e++) stepEpoch(r);
    expect(changeSetting(r, 'reg', 'l2').kind).toBe('live');
    expect(changeSetting(r, 'regRate', 0.05).kind).toBe('live');
    expect([r.trainer.optimizer.l1, r.trainer.optimizer.l2]).toEqual([0, 0.05]);
    while (stepEpoch(r));
    expect(r.trainer.epochs).toBe(40);
    const size = (net: Network) => penalty(net, { l1: 1, l2: 0 });
    expect(size(r.net)).toBeLessThan(0.8 * size(plain.net));
    expect(r.now.testLoss).not.toBe(plain.now.testLoss);
    expect(changeSetting(r, 'reg', 'l1').kind).toBe('live');
    expect([r.trainer.optimizer.l1, r.trainer.optimizer.l2]).toEqual([0.05, 0]);
  });
});
