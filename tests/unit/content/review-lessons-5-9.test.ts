// Claims added to lesson 8 and to the polls by the maths review (issue 12),
// recomputed with the engine.
import { describe, expect, it } from 'vitest';
import {
  BatchNorm,
  Dense,
  Dropout,
  Matrix,
  Network,
  createRng,
  linear,
  relu,
} from '../../../src/engine/index.ts';
import { NO_HIDDEN, lessonRun } from './lesson9-run.ts';
import { contentText, expectShows } from '../helpers.ts';
import { row } from '../helpers.ts';

const text = contentText('lessons/08-dropout-and-batch-norm.mdx');

describe('Lesson 8 · Dropout', () => {
  it('the mask is drawn per example: a unit dropped for some examples learns from the others', () => {
    // A 3-unit ReLU layer, then dropout (p = 0.5), then one linear output: a batch of 40 examples.
    const hidden = new Dense(2, 3, relu);
    hidden.W.data.set([1, 0, 0, 1, 1, 1]);
    hidden.b.data.set([1, 1, 1]);
    const drop = new Dropout(3, 0.5, createRng(11));
    const out = new Dense(3, 1, linear);
    out.W.data.set([1, -1, 0.5]);
    const net = new Network(2, [hidden, drop, out], 'mse');
    const X = new Matrix(
      2,
      40,
      Float64Array.from({ length: 80 }, (_, k) => (k % 7) / 7),
    );
    net.forward(X, true);
    net.backward(new Matrix(1, 40, new Float64Array(40).fill(-1)));
    const dropped = (u: number, j: number) => drop.mask.get(u, j) === 0;
    for (let u = 0; u < 3; u++) {
      const cols = Array.from({ length: 40 }, (_, j) => j);
      // Some examples drop the unit, others keep it...
      expect(cols.some((j) => dropped(u, j))).toBe(true);
      expect(cols.some((j) => !dropped(u, j))).toBe(true);
      // ...no gradient reaches it from the examples that dropped it, some from the others,
      for (const j of cols) if (dropped(u, j)) expect(Math.abs(hidden.DZ.get(u, j))).toBe(0);
      expect(cols.some((j) => !dropped(u, j) && hidden.DZ.get(u, j) !== 0)).toBe(true);
      // ...so its incoming weights and its outgoing weight still get a gradient.
      expect(hidden.DW.get(u, 0) !== 0 || hidden.DW.get(u, 1) !== 0).toBe(true);
      expect(out.DW.get(0, u)).not.toBe(0);
    }
  });

  it('plain dropout at test time: 0.75 × 2.0 = 1.5, the mean a kept-or-dropped unit passed on in training', () => {
    expectShows(
      text,
      'a unit that outputs 2.0 at test time passes on $0.75 \\times 2.0 = 1.5$',
      2,
      0.75,
      2,
      0.75 * 2,
    );
    const drop = new Dropout(1, 0.25, createRng(12));
    drop.forward(row(...new Array(20000).fill(2)), true);
    // The engine's mask is inverted (1/0.75 or 0): undo the scaling to see plain dropout's training output.
    const plain = Array.from(drop.mask.data.subarray(0, 20000), (m) => m * 0.75 * 2);
    expect(plain.reduce((a, b) => a + b, 0) / plain.length).toBeCloseTo(1.5, 1);
  });
});

describe('Lesson 8 · Batch normalization', () => {
  it('γ = √(σ² + ε), β = μ give back one batch only: another batch is not recovered', () => {
    const bn = new BatchNorm(1, 1e-5);
    const first = row(1, 3, 4, 8);
    bn.gamma.data[0] = Math.sqrt(6.5 + 1e-5);
    bn.beta.data[0] = 4;
    Array.from(bn.forward(first, true).data.subarray(0, 4)).forEach((v, j) =>
      expect(v).toBeCloseTo(first.get(0, j), 12),
    );
    const second = row(0, 10, 20, 30);
    expect(Math.abs(bn.forward(second, true).get(0, 3) - 30)).toBeGreaterThan(10);
    expect(text).toContain('Strictly that holds for one batch only');
  });

  it('the unbiased variance 4/3 × 6.5 = 8.667 would make the running variance 6.267; the engine keeps 6.05', () => {
    const unbiased = (4 / 3) * 6.5;
    expectShows(text, 'here $\\frac43 \\times 6.5 = 8.667$', 6.5, unbiased);
    expectShows(
      text,
      'the update would give $0.9 \\times 6.0 + 0.1 \\times 8.667 = 6.267$ instead of 6.05',
      0.9,
      6,
      0.1,
      unbiased,
      0.9 * 6 + 0.1 * unbiased,
      0.9 * 6 + 0.1 * 6.5,
    );
    const bn = new BatchNorm(1, 1e-5, 0.9);
    bn.runningMean.data[0] = 3.8;
    bn.runningVar.data[0] = 6.0;
    bn.forward(row(1, 3, 4, 8), true);
    expect(bn.runningVar.get(0, 0)).toBeCloseTo(6.05, 12);
  });
});

describe('Poll init-zero-weights-zero-biases · logistic regression trains fine from zeros', () => {
  it('a single sigmoid unit started at all zeros fits the two moons as well as from random weights', () => {
    const zeros = lessonRun([
      { type: 'dense', units: 1, activation: 'sigmoid', init: 'zeros', biasInit: 'zeros' },
    ]);
    const random = lessonRun(NO_HIDDEN);
    const end = (r: typeof zeros) => r[r.length - 1].train;
    expect(end(zeros).accuracy).toBeGreaterThan(0.9);
    expect(Math.abs(end(zeros).cost - end(random).cost)).toBeLessThan(0.01);
  });
});
