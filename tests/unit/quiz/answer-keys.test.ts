// Every numeric poll's answer key is recomputed here with the engine, never
// trusted as typed: a numeric poll without a computation below fails.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BatchNorm,
  Descent,
  Dropout,
  Matrix,
  Network,
  Trainer,
  bowl,
  cce,
  cost,
  createNetwork,
  createPerceptron,
  createRng,
  getActivation,
  matmul,
  mse,
  perceptronEpoch,
  sigmoid,
  softmaxColumns,
  step,
  type Surface,
} from '../../../src/engine/index.ts';
import { pollBankSchema } from '../../../src/quiz/poll-schema.ts';
import { col, dense, row } from '../helpers.ts';

/** One step of gradient descent on a 2-D surface from (x, y). */
function descentStep(surface: Surface, alpha: number, start: [number, number]) {
  const d = new Descent(surface, { alpha, start });
  d.step();
  return [d.x, d.y];
}

/** The parameter count of a dense network with these layer sizes. */
const paramCount = (inputs: number, ...units: number[]) =>
  createNetwork(
    {
      inputs,
      layers: units.map((u) => ({ type: 'dense' as const, units: u, activation: 'sigmoid' })),
      loss: 'mse',
    },
    createRng(1),
  ).paramCount();

const keys: Record<string, () => number> = {
  // w = Σxy / Σx² as two matrix products.
  'intro-fit-one-weight': () => {
    const x = row(1, 2, 3);
    const y = row(3, 5, 7);
    return (
      matmul(x, y, new Matrix(1, 1), false, true).get(0, 0) /
      matmul(x, x, new Matrix(1, 1), false, true).get(0, 0)
    );
  },
  'intro-mean-squared-error': () => cost(mse, row(1.5, 3, 4.5), row(2.1, 3.9, 6)),
  'perceptron-weighted-sum': () =>
    dense([[0.5, 0.25, -1]], [2])
      .forward(col(1, -2, 3), false)
      .get(0, 0),
  'perceptron-rule-one-update': () => {
    const p = createPerceptron(2, 0.5);
    p.w.set([0.2, -0.4]);
    p.b = 0.1;
    return perceptronEpoch(p, col(1, 1), [1]).w[1];
  },
  'perceptron-xor-network-sum': () => {
    const hidden = dense(
      [
        [1, 1],
        [1, 1],
      ],
      [-0.5, -1.5],
      step,
    ).forward(col(1, 1), false);
    return dense([[1, -1]], [-0.5])
      .forward(hidden, false)
      .get(0, 0);
  },
  // The largest σ'(z) over a fine grid, cubed.
  'activation-vanishing-product': () => {
    let best = 0;
    for (let z = -10; z <= 10; z += 0.001) best = Math.max(best, sigmoid.df(z, sigmoid.f(z)));
    return best ** 3;
  },
  // Two linear layers; the slope of their composition.
  'activation-linear-collapse': () => {
    const f = (x: number) =>
      dense([[-3]], [4])
        .forward(dense([[2]], [1]).forward(col(x), false), false)
        .get(0, 0);
    return f(1) - f(0);
  },
  'activation-leaky-relu-value': () => getActivation({ name: 'leaky-relu', slope: 0.1 }).f(-3),
  'feedforward-parameter-count': () => paramCount(2, 3, 2),
  'softmax-two-logits': () => softmaxColumns(col(2, 0), new Matrix(2, 1)).get(0, 0),
  'loss-cost-mse-compute': () => cost(mse, row(2, 0, 5), row(1, 0, 3)),
  'loss-cost-cross-entropy-compute': () => cost(cce, col(0.7, 0.2, 0.1), col(0, 1, 0)),
  // f(w) = w² is the bowl along its x axis.
  'gradient-descent-one-step': () => descentStep(bowl, 0.1, [3, 0])[0],
  // On f = 2w², search the learning rate whose one step lands on 0.
  'gradient-descent-one-step-rate': () => {
    const steep: Surface = {
      ...bowl,
      name: 'steep',
      f: (x, y) => 2 * x * x + 2 * y * y,
      grad: (x, y, out) => {
        out[0] = 4 * x;
        out[1] = 4 * y;
      },
    };
    let best = 0;
    let gap = Infinity;
    for (let i = 1; i < 1000; i++) {
      const landed = Math.abs(descentStep(steep, i / 1000, [1, 0])[0]);
      if (landed < gap) [best, gap] = [i / 1000, landed];
    }
    return best;
  },
  'gradient-descent-updates-per-epochs': () => {
    const net = createNetwork(
      { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'linear' }], loss: 'mse' },
      createRng(1),
    );
    const trainer = new Trainer(net, new Matrix(1, 6000), new Matrix(1, 6000), {
      alpha: 0.01,
      batchSize: 100,
      rng: createRng(2),
    });
    trainer.train(5);
    return trainer.steps;
  },
  'backprop-sigmoid-derivative': () => sigmoid.df(Math.log(0.8 / 0.2), 0.8),
  'backprop-one-unit-gradient': () => {
    const unit = dense([[0.5]], [-1], sigmoid);
    const net = new Network(1, [unit], 'mse');
    net.forward(col(2));
    net.backward(col(1));
    return unit.DW.get(0, 0);
  },
  // A kept unit's output under inverted dropout with rate 0.2.
  'dropout-inverted-scale': () => {
    const drop = new Dropout(1, 0.2, createRng(3));
    const H = drop.forward(row(...new Array(50).fill(1.6)), true);
    return Math.max(...H.data);
  },
  'batchnorm-normalize': () => {
    const bn = new BatchNorm(1, 1e-5);
    bn.forward(row(2, 4, 6, 8), true);
    return bn.Xhat.get(0, 3);
  },
  'together-parameter-count': () => paramCount(2, 8, 1),
};

const banks = readdirSync('content/polls')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({
    file: f,
    bank: pollBankSchema.parse(parse(readFileSync(`content/polls/${f}`, 'utf8'))),
  }));
const numeric = banks.flatMap(({ file, bank }) =>
  bank.polls.flatMap((p) =>
    p.type === 'numeric'
      ? [{ file, id: p.id, prompt: p.prompt, answer: p.answer, tolerance: p.tolerance }]
      : [],
  ),
);

describe('numeric answer keys, recomputed with the engine', () => {
  it('there are numeric polls to check', () => {
    expect(numeric.length).toBeGreaterThan(10);
  });
  for (const { file, id, answer, tolerance } of numeric) {
    it(`${file}: ${id} = ${answer} ± ${tolerance}`, () => {
      const compute = keys[id];
      expect(
        compute,
        `no computation for the numeric poll "${id}" in tests/unit/quiz/answer-keys.test.ts`,
      ).toBeTypeOf('function');
      const value = compute();
      if (process.env.SHOW_KEYS)
        console.log(`${id}: engine ${value}, key ${answer} ± ${tolerance}`);
      expect(Math.abs(value - answer), `engine says ${value}`).toBeLessThanOrEqual(
        tolerance + 1e-9,
      );
    });
  }
  it('has no computation for a poll that is gone', () => {
    const ids = new Set(numeric.map((n) => n.id));
    expect(Object.keys(keys).filter((k) => !ids.has(k))).toEqual([]);
  });
});

// The precision a prompt asks for, in the words the polls use: "Give two
// decimals.", "Give three significant figures.", or "Give the exact value."
// (graded at the decimals the exact key is written with).
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const PRECISION = /Give (the exact value|(\w+) (decimals?|significant figures?))\./;

type Precision = { decimals: number } | { significant: number };

/** The precision a poll's prompt states, or null if it states none. */
function precisionOf(prompt: string, answer: number): Precision | null {
  const m = PRECISION.exec(prompt);
  if (!m) return null;
  if (m[1] === 'the exact value') return { decimals: String(answer).split('.')[1]?.length ?? 0 };
  const n = WORDS.indexOf(m[2]);
  if (n < 0) return null;
  return m[3].startsWith('decimal') ? { decimals: n } : { significant: n };
}

/** x rounded to the precision, half away from zero. */
function rounded(x: number, p: Precision): number {
  const decimals =
    'decimals' in p ? p.decimals : p.significant - 1 - Math.floor(Math.log10(Math.abs(x)));
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

describe('numeric polls: the tolerance fits the precision the prompt asks for', () => {
  for (const { file, id, prompt, answer, tolerance } of numeric) {
    it(`${file}: ${id}`, () => {
      const p = precisionOf(prompt, answer);
      expect(
        p,
        `"${id}" must say "Give N decimals.", "Give N significant figures." or "Give the exact value."`,
      ).not.toBeNull();
      const exact = keys[id]?.();
      expect(exact).toBeTypeOf('number');
      const right = rounded(exact!, p!);
      // The correctly rounded answer is accepted...
      expect(Math.abs(right - answer), `${right} is refused`).toBeLessThanOrEqual(tolerance + 1e-9);
      // ...and every accepted value (the grader's bounds, with its slack) rounds to it.
      const slack = 1e-9 * Math.max(1, Math.abs(answer));
      for (const edge of [answer - tolerance - slack, answer + tolerance + slack])
        expect(rounded(edge, p!), `${edge} is accepted but rounds differently`).toBe(right);
    });
  }

  it('the check itself refuses the tolerances the review found too wide', () => {
    const three = { decimals: 3 };
    // softmax-two-logits was 0.8808 ± 0.0015: 0.880 and 0.882 were accepted.
    expect(rounded(0.8808 - 0.0015, three)).not.toBe(rounded(0.8807970779778823, three));
    // loss-cost-mse-compute was 1.667 ± 0.01 for three significant figures: 1.66 was accepted.
    expect(rounded(1.667 - 0.01, { significant: 3 })).toBe(1.66);
    expect(rounded(5 / 3, { significant: 3 })).toBe(1.67);
    expect(precisionOf('What is it?', 1)).toBeNull();
    expect(precisionOf('Give the exact value.', -0.5)).toEqual({ decimals: 1 });
    expect(precisionOf('Give three significant figures.', 1)).toEqual({ significant: 3 });
  });
});
