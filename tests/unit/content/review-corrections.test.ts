// The numbers added to lessons 2 to 4 by the maths review (issue 12), each
// recomputed with the engine or the widget model the lesson speaks about.
import { describe, expect, it } from 'vitest';
import {
  Matrix,
  Trainer,
  createRng,
  elu,
  getActivation,
  initialise,
  predictedClass,
  sigmoid,
} from '../../../src/engine/index.ts';
import {
  SETUP,
  advance,
  createRun,
  hiddenMaps,
  largestDifference,
  runAccuracy,
} from '../../../src/widgets/init-experiment/init-experiment.ts';
import { trainEpoch } from '../../../src/widgets/perceptron/perceptron.ts';
import { contentText, expectShows, truthTableInputs, xorNet } from '../helpers.ts';

describe('Lesson 2 · When z is exactly 0', () => {
  const text = contentText('lessons/02-perceptron.mdx');
  it('XOR from the lab start reaches w = (−0.1, 0.1), b = 0 after five epochs; (0, 0) gets a half-size update', () => {
    let p = { w1: 0.5, w2: 0.5, b: 0.2 };
    for (let e = 0; e < 5; e++) p = trainEpoch(p, 'xor', 0.2).params;
    expectShows(
      text,
      'watch epoch 6. It begins with $w = (-0.1,\\ 0.1)$ and $b = 0$',
      6,
      p.w1,
      p.w2,
      p.b,
    );
    // z for (0, 0) is the bias alone: 0, where the step gives 0.5.
    expect(getActivation('step').f(p.b)).toBe(0.5);
    const t = 0;
    const y = 0.5;
    expectShows(
      text,
      '$b \\leftarrow 0 + 0.2 \\cdot (-0.5) = -0.1$',
      p.b,
      0.2,
      t - y,
      p.b + 0.2 * (t - y),
    );
    // The next row, (0, 1): z = w₂ + b = 0.1 − 0.1 = 0 as well.
    expect(p.w2 + (p.b + 0.2 * (t - y))).toBeCloseTo(0, 12);
    expect(trainEpoch(p, 'xor', 0.2).errors).toBe(4);
  });
});

describe('Lesson 3 · Weights, bias and activation functions', () => {
  const text = contentText('lessons/03-weights-bias-activations.mdx');

  it('the piece-wise linear unit has slope 1, four times σ′(0); ELU is smooth at 0 only for α = 1', () => {
    const piecewise = getActivation('piecewise');
    expect(piecewise.df(0, piecewise.f(0)) / sigmoid.df(0, sigmoid.f(0))).toBe(4);
    expectShows(text, 'The piece-wise linear unit** rises with slope 1', piecewise.df(0, 0.5));
    expect(text).toContain(
      "four times as steep as the sigmoid at its middle ($\\sigma'(0) = \\frac14$)",
    );
    for (const alpha of [0.5, 1, 2]) {
      const a = elu(alpha);
      const left = a.df(-1e-12, a.f(-1e-12));
      expect(left).toBeCloseTo(alpha, 9);
      expect(a.df(1e-12, a.f(1e-12))).toBe(1);
    }
    expect(getActivation({ name: 'leaky-relu', slope: 0.1 }).f(-1)).toBeCloseTo(-0.1, 15);
  });

  it('vanishing gradients: with w = 4 a factor w·σ′(0) is 1', () => {
    expectShows(
      text,
      "(with $w = 4$, a factor $w\\,\\sigma'(0)$ is 1)",
      4,
      0,
      4 * sigmoid.df(0, 0.5),
    );
  });

  describe('Initialization · the experiment the lesson describes is the widget', () => {
    it('names the widget setup: 2-4-1 sigmoid, 80 points, seed 7, learning rate 3, 1500 epochs, full batch', () => {
      expect(text).toContain(
        `Its network is a 2-${SETUP.hidden}-1 with **sigmoid** units everywhere`,
      );
      expectShows(
        text,
        'trained on 80 noisy XOR points (seed 7) by full-batch gradient descent with learning rate 3 for 1500 epochs',
        SETUP.points,
        SETUP.seed,
        SETUP.alpha,
        SETUP.epochs,
      );
      const run = createRun('zeros');
      expect(run.trainer.batchSize).toBe(SETUP.points);
      expect(run.net.layers.map((l) => l.nOut)).toEqual([SETUP.hidden, 1]);
    });

    it('all-zero weights: identical units, one straight line, three quadrants, 58 of 80 points = 72.5%', () => {
      const run = createRun('zeros');
      advance(run, SETUP.epochs);
      expect(largestDifference(hiddenMaps(run))).toBe(0);
      const P = run.net.predict(run.data.X);
      const perQuadrant = new Map<string, { n: number; right: number }>();
      let right = 0;
      for (let j = 0; j < run.data.X.cols; j++) {
        const q = `${Math.sign(run.data.X.get(0, j))},${Math.sign(run.data.X.get(1, j))}`;
        const r = perQuadrant.get(q) ?? { n: 0, right: 0 };
        r.n++;
        if (predictedClass(P, j) === run.data.labels[j]) {
          r.right++;
          right++;
        }
        perQuadrant.set(q, r);
      }
      const shares = [...perQuadrant.values()].map((r) => r.right / r.n).sort();
      expect(shares[0]).toBe(0); // one quadrant all wrong
      expect(shares.slice(1).every((s) => s > 0.8)).toBe(true); // the other three mostly right
      expectShows(
        text,
        'so the run gets three of the four quadrants mostly right and the fourth wrong, 58 of the 80 points, or 72.5%',
        58,
        80,
        100 * runAccuracy(run),
      );
      expect(right).toBe(58);
    });

    it('random weights with zero biases: every point right', () => {
      const run = createRun('random');
      advance(run, SETUP.epochs);
      expect(runAccuracy(run)).toBe(1);
      expect(text).toContain('the network classifies all 80 points right');
    });

    it('tanh, all zeros: nothing but the output bias can move (and on balanced XOR it does not)', () => {
      const net = xorNet('zeros', 1);
      const X = truthTableInputs();
      const Y = Matrix.fromRows([[0, 1, 1, 0]]);
      // Unbalanced labels make the output bias move, and still nothing else does.
      const Yskew = Matrix.fromRows([[0, 1, 1, 1]]);
      const trainer = new Trainer(net, X, Yskew, {
        alpha: 1,
        batchSize: 4,
        shuffle: false,
        rng: createRng(2),
      });
      for (let s = 0; s < 50; s++) trainer.step();
      const [W1, b1, W2, b2] = net.params().map((q) => Array.from(q.value.data));
      expect([...W1, ...b1, ...W2].every((v) => v === 0)).toBe(true);
      expect(b2[0]).toBeGreaterThan(0.5);
      expect(Y.cols).toBe(4);
    });

    it('Xavier limits √(6/6) = 1 and √(6/5) ≈ 1.095, variance r²/3 = 2/(n_in + n_out); He std √(2/16) ≈ 0.354', () => {
      expectShows(text, 'the limit is $r = \\sqrt{6/6} = 1$', 6, 6, Math.sqrt(6 / (2 + 4)));
      expectShows(text, 'it is $\\sqrt{6/5} \\approx 1.095$', 6, 5, Math.sqrt(6 / (4 + 1)));
      expectShows(text, 'it is $\\sqrt{2/16} \\approx 0.354$', 2, 16, Math.sqrt(2 / 16));
      const stats = (spec: 'xavier' | 'he', nIn: number, nOut: number) => {
        const M = new Matrix(200, 300);
        initialise(M, spec, nIn, nOut, createRng(5));
        const v = Array.from(M.data);
        const mean = v.reduce((a, b) => a + b, 0) / v.length;
        const variance = v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length;
        return { max: Math.max(...v.map(Math.abs)), mean, variance };
      };
      const x = stats('xavier', 16, 16);
      expect(x.max).toBeLessThanOrEqual(Math.sqrt(6 / 32));
      expect(x.variance).toBeCloseTo(2 / 32, 3);
      expect(x.mean).toBeCloseTo(0, 2);
      const h = stats('he', 16, 16);
      expect(Math.sqrt(h.variance)).toBeCloseTo(Math.sqrt(2 / 16), 2);
      // The engine's widget uses Xavier for its random start.
      const run = createRun('random');
      const W1 = Array.from(run.net.layers[0].params[0].value.data);
      expect(Math.max(...W1.map(Math.abs))).toBeLessThanOrEqual(1);
    });
  });
});

describe('Lesson 4 · The numerically stable form', () => {
  const text = contentText('lessons/04-layers-feed-forward.mdx');
  it('doubles overflow above ln(MAX_VALUE) ≈ 709.78, single precision above ≈ 88.72: e^89 is already infinite', () => {
    expectShows(text, 'the limit is $e^x$ for $x$ just under $709.78$', Math.log(Number.MAX_VALUE));
    const floatMax = (2 - 2 ** -23) * 2 ** 127;
    expect(Math.fround(floatMax)).toBe(floatMax);
    expectShows(
      text,
      'the largest single-precision number is about $e^{88.72}$',
      Math.log(floatMax),
    );
    expect(Math.fround(Math.exp(88.72))).toBeLessThan(Infinity);
    expectShows(text, '$e^{89}$ already overflows', 89);
    expect(Math.fround(Math.exp(89))).toBe(Infinity);
    expect(Math.exp(89)).toBeLessThan(Infinity);
  });
});
