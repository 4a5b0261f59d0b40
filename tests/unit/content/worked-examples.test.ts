// Every worked numeric example of the nine lessons, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment. The fragment must still be in the lesson, and each printed number
// must be the engine's value rounded to the decimals printed. So the test fails
// if the lesson text drifts from the computation, or the computation from it.
// Where the lesson prints the inputs of an example as a matrix, the inputs are
// read from the lesson too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BatchNorm,
  Dense,
  Descent,
  Dropout,
  Matrix,
  Maxout,
  Network,
  Optimizer,
  Trainer,
  cce,
  checkGradients,
  cost,
  createNetwork,
  createPerceptron,
  createRng,
  elu,
  getActivation,
  leakyRelu,
  linear,
  logSumExpColumn,
  matmul,
  mse,
  perceptronEpoch,
  perceptronOutput,
  relu,
  sigmoid,
  softmaxColumns,
  softplus,
  step,
  tanh,
  trainPerceptron,
  type Activation,
  type Surface,
} from '../../../src/engine/index.ts';

// ---------------------------------------------------------------------------
// Reading the lessons

const norm = (s: string): string => s.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

interface Source {
  name: string;
  text: string;
}

function source(path: string): Source {
  return {
    name: path,
    text: norm(readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8')),
  };
}

const lesson = (file: string): Source => source(`lessons/${file}.mdx`);

/** Every number in a fragment, in order; a minus sign (ASCII or U+2212) directly before the digits belongs to it. */
function numbersIn(fragment: string): string[] {
  return fragment.match(/[−-]?\d+(?:\.\d+)?/g) ?? [];
}

/**
 * The fragment is printed in the lesson, and its last values.length numbers are
 * the given values rounded to the decimals printed.
 */
function shows(src: Source, fragment: string, ...values: number[]): void {
  const f = norm(fragment);
  expect(src.text.includes(f), `${src.name} no longer contains: ${fragment}`).toBe(true);
  const printed = numbersIn(f).slice(-values.length);
  expect(printed.length, `fewer than ${values.length} numbers in: ${fragment}`).toBe(values.length);
  printed.forEach((p, k) => {
    const decimals = p.split('.')[1]?.length ?? 0;
    const x = Number(p.replace('−', '-'));
    const tolerance = 0.5 * 10 ** -decimals + 1e-12;
    expect(
      Math.abs(x - values[k]) <= tolerance,
      `${src.name}: "${p}" in "${fragment}" should be ${values[k]} rounded to ${decimals} decimals`,
    ).toBe(true);
  });
}

/** The matrix printed as `name = \begin{bmatrix} … \end{bmatrix}` in the lesson. */
function bmatrix(src: Source, name: string): number[][] {
  const start = src.text.indexOf(norm(`${name} = \\begin{bmatrix}`));
  expect(start, `${src.name} has no matrix ${name}`).toBeGreaterThanOrEqual(0);
  const body = src.text.slice(
    src.text.indexOf('\\begin{bmatrix}', start) + 15,
    src.text.indexOf('\\end{bmatrix}', start),
  );
  return body.split('\\\\').map((row) => row.split('&').map((x) => Number(x.trim())));
}

// ---------------------------------------------------------------------------
// Small engine helpers

const col = (...v: number[]): Matrix => Matrix.column(v);
const row = (...v: number[]): Matrix => new Matrix(1, v.length, Float64Array.from(v));
const values = (M: Matrix): number[] => Array.from(M.data.subarray(0, M.rows * M.cols));

/** A dense layer with the given weights (rows of W) and biases. */
function dense(W: number[][], b: number[], activation: Activation | 'softmax'): Dense {
  const layer = new Dense(W[0].length, W.length, activation);
  layer.W.data.set(W.flat());
  layer.b.data.set(b);
  return layer;
}

/** A 2-D surface for Descent from its value and gradient. */
function surface(
  f: (x: number, y: number) => number,
  grad: (x: number, y: number) => [number, number],
  start: [number, number],
): Surface {
  return {
    name: 'lesson',
    label: 'lesson',
    f,
    grad: (x, y, out) => {
      [out[0], out[1]] = grad(x, y);
    },
    start,
    minimum: [0, 0],
    view: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  };
}

// ---------------------------------------------------------------------------

describe('Lesson 1 · What deep learning is', () => {
  const src = lesson('01-what-is-deep-learning');
  const X = row(1, 2, 3);
  const Y = row(2.1, 3.9, 6.0);
  /** The model ŷ = w·x as a one-weight linear layer, and its cost J(w) (mean squared error). */
  const fit = (w: number) => {
    const P = dense([[w]], [0], linear)
      .forward(X, false)
      .clone();
    return { P, J: cost(mse, P, Y) };
  };

  describe('A worked example: one weight, three data points', () => {
    it('the table of three guesses: errors, squared errors and J(w)', () => {
      const rows: Record<number, string> = {
        1: '| 1 | 1.1, 1.9, 3.0 | 1.21, 3.61, 9.00 | 4.607 |',
        2: '| 2 | 0.1, −0.1, 0.0 | 0.01, 0.01, 0.00 | 0.0067 |',
        3: '| 3 | −0.9, −2.1, −3.0 | 0.81, 4.41, 9.00 | 4.740 |',
      };
      for (const w of [1, 2, 3]) {
        const { P, J } = fit(w);
        const errors = [0, 1, 2].map((j) => Y.get(0, j) - P.get(0, j));
        const squared = [0, 1, 2].map((j) => mse.loss(P, Y, j));
        shows(src, rows[w], w, ...errors, ...squared, J);
      }
    });

    it('the best weight Σxy / Σx² = 27.9 / 14 ≈ 1.993, its cost 0.0064 and the prediction for 4 kg', () => {
      const sxy = matmul(X, Y, new Matrix(1, 1), false, true).get(0, 0);
      const sxx = matmul(X, X, new Matrix(1, 1), false, true).get(0, 0);
      const w = sxy / sxx;
      shows(src, '&= \\frac{27.9}{14} \\approx 1.993', sxy, sxx, w);
      shows(
        src,
        'with $J \\approx 0.0064$, a little below the 0.0067 of $w = 2$',
        fit(w).J,
        fit(2).J,
        2,
      );
      expect(fit(w).J).toBeLessThan(Math.min(fit(1.99).J, fit(1.995).J));
      const price = dense([[w]], [0], linear)
        .forward(col(4), false)
        .get(0, 0);
      shows(src, '$1.993 \\times 4 \\approx 7.97$', w, 4, price);
      shows(src, 'the best price per kilogram is $27.9 / 14 \\approx 1.993$', sxy, sxx, w);
    });
  });
});

describe('Lesson 2 · The perceptron', () => {
  const src = lesson('02-perceptron');
  const X4 = Matrix.fromRows([
    [0, 0, 1, 1],
    [0, 1, 0, 1],
  ]);

  describe('The weighted sum and the activation function', () => {
    it('x = (2, 1, 3), w = (0.5, −1, 0.25), b = 0.5 give z = 1.25 and a step output of 1', () => {
      const z = dense([[0.5, -1, 0.25]], [0.5], linear)
        .forward(col(2, 1, 3), false)
        .get(0, 0);
      shows(src, '&= 1 - 1 + 0.75 + 0.5 = 1.25', z);
      const y = dense([[0.5, -1, 0.25]], [0.5], step)
        .forward(col(2, 1, 3), false)
        .get(0, 0);
      shows(src, 'In the example above, $z = 1.25 > 0$, so $y = 1$', z, 0, y);
    });
  });

  describe('A worked example: AND', () => {
    it('w = (1, 1), b = −1.5 through a unit step: every row of the truth table', () => {
      const layerZ = dense([[1, 1]], [-1.5], linear).forward(X4, false);
      const layerY = dense([[1, 1]], [-1.5], step).forward(X4, false);
      const rows = [
        '| 0 | 0 | −1.5 | 0 | 0 |',
        '| 0 | 1 | −0.5 | 0 | 0 |',
        '| 1 | 0 | −0.5 | 0 | 0 |',
        '| 1 | 1 | 0.5 | 1 | 1 |',
      ];
      rows.forEach((r, j) => {
        const x1 = X4.get(0, j);
        const x2 = X4.get(1, j);
        shows(src, r, x1, x2, layerZ.get(0, j), layerY.get(0, j), x1 && x2 ? 1 : 0);
      });
    });

    it('b = −0.5 turns the same unit into OR: only (0, 0) gives 0', () => {
      const y = values(dense([[1, 1]], [-0.5], step).forward(X4, false));
      expect(y).toEqual([0, 1, 1, 1]);
      shows(
        src,
        'Change the bias to $b = -0.5$ and the line moves to $x_1 + x_2 = 0.5$',
        -0.5,
        1,
        2,
        0.5,
      );
    });
  });

  describe('The perceptron learning rule · One epoch, worked through', () => {
    const examples: [number, number, number][] = [
      [0, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [1, 1, 1],
    ];
    const start = () => {
      const p = createPerceptron(2, 0.2);
      p.w.set([0.5, 0.5]);
      p.b = 0.2;
      return p;
    };
    const z = (p: ReturnType<typeof start>, x: Matrix, j = 0) =>
      dense([Array.from(p.w)], [p.b], linear)
        .forward(x, false)
        .get(0, j);

    it('each row of the table: z, y, t − y and the weights after the update', () => {
      const rows = [
        '| (0, 0) | 0 | 0.2 | 1 | −1 | (0.5, 0.5) | 0.0 |',
        '| (0, 1) | 0 | 0.5 | 1 | −1 | (0.5, 0.3) | −0.2 |',
        '| (1, 0) | 0 | 0.3 | 1 | −1 | (0.3, 0.3) | −0.4 |',
        '| (1, 1) | 1 | 0.2 | 1 | 0 | (0.3, 0.3) | −0.4 |',
      ];
      const p = start();
      examples.forEach(([x1, x2, t], k) => {
        const x = col(x1, x2);
        const zk = z(p, x);
        const y = perceptronOutput(p, x, 0);
        const after = perceptronEpoch(p, x, [t]); // one example: one step of the rule
        shows(src, rows[k], x1, x2, t, zk, y, t - y, after.w[0], after.w[1], after.b);
      });
    });

    it('the whole epoch makes three mistakes; in the second, the sums −0.4, −0.1, −0.1, 0.2 are all correct', () => {
      const p = start();
      const first = perceptronEpoch(p, X4, [0, 0, 0, 1]);
      expect(first.errors).toBe(3);
      shows(
        src,
        'In the second epoch, with $w = (0.3, 0.3)$ and $b = -0.4$',
        first.w[0],
        first.w[1],
        first.b,
      );
      const sums = [0, 1, 2, 3].map((j) => z(p, X4, j));
      shows(src, 'the four weighted sums are $-0.4$, $-0.1$, $-0.1$ and $0.2$', ...sums);
      expect([0, 1, 2, 3].map((j) => perceptronOutput(p, X4, j))).toEqual([0, 0, 0, 1]);
      expect(perceptronEpoch(p, X4, [0, 0, 0, 1]).errors).toBe(0);
    });

    it('the second row: w = (0.5, 0.5), b = 0 give z = 0.5, and the update subtracts (0, 0.2)', () => {
      const p = start();
      perceptronEpoch(p, col(0, 0), [0]);
      shows(
        src,
        'with $w = (0.5, 0.5)$ and $b = 0$, the weighted sum is $z = 0.5 \\cdot 0 + 0.5 \\cdot 1 + 0 = 0.5$',
        p.w[0],
        p.w[1],
        p.b,
        p.w[0],
        0,
        p.w[1],
        1,
        p.b,
        z(p, col(0, 1)),
      );
      expect(perceptronOutput(p, col(0, 1), 0)).toBe(1);
      const before = Array.from(p.w);
      perceptronEpoch(p, col(0, 1), [0]);
      shows(src, 'subtracts $\\alpha \\cdot x = (0, 0.2)$', before[0] - p.w[0], before[1] - p.w[1]);
    });
  });

  describe('What one perceptron cannot do: XOR', () => {
    it('the rule converges on AND and OR but cycles forever on XOR', () => {
      const run = (y: number[]) => trainPerceptron(createPerceptron(2, 0.2), X4, y, 200);
      expect(run([0, 0, 0, 1]).converged).toBe(true);
      expect(run([0, 1, 1, 1]).converged).toBe(true);
      expect(run([0, 1, 1, 0]).converged).toBe(false);
    });
  });

  describe('Hidden layers fix XOR', () => {
    it('OR and AND hidden units and the output h₁ − h₂ − 0.5: every row of the table', () => {
      const H = dense(
        [
          [1, 1],
          [1, 1],
        ],
        [-0.5, -1.5],
        step,
      )
        .forward(X4, false)
        .clone();
      const Z = dense([[1, -1]], [-0.5], linear)
        .forward(H, false)
        .clone();
      const Y = dense([[1, -1]], [-0.5], step).forward(H, false);
      const rows = [
        '| 0 | 0 | 0 | 0 | −0.5 | 0 | 0 |',
        '| 0 | 1 | 1 | 0 | 0.5 | 1 | 1 |',
        '| 1 | 0 | 1 | 0 | 0.5 | 1 | 1 |',
        '| 1 | 1 | 1 | 1 | −0.5 | 0 | 0 |',
      ];
      rows.forEach((r, j) => {
        const x1 = X4.get(0, j);
        const x2 = X4.get(1, j);
        shows(
          src,
          r,
          x1,
          x2,
          H.get(0, j),
          H.get(1, j),
          Z.get(0, j),
          Y.get(0, j),
          x1 !== x2 ? 1 : 0,
        );
      });
    });
  });
});

describe('Lesson 3 · Weights, bias and activation functions', () => {
  const src = lesson('03-weights-bias-activations');

  describe("What a weight's size and sign mean", () => {
    it('x = 0.3 through σ(wx): w = 1 gives 0.574, w = 10 gives 0.953', () => {
      const out = (w: number) =>
        dense([[w]], [0], sigmoid)
          .forward(col(0.3), false)
          .get(0, 0);
      shows(src, 'the weight $w = 1$ gives $\\sigma(0.3) \\approx 0.574$', 1, 0.3, out(1));
      shows(src, 'while $w = 10$ gives $\\sigma(3) \\approx 0.953$', 10, 3, out(10));
    });
  });

  describe('What the bias does', () => {
    it('w = 2, b = −4: midpoint at x = 2, σ(−2) ≈ 0.119 at x = 1 and σ(2) ≈ 0.881 at x = 3', () => {
      const H = dense([[2]], [-4], sigmoid).forward(row(1, 2, 3), false);
      shows(src, 'With $w = 2$ and $b = -4$, the midpoint sits at $x = 2$', 2, -4, 4 / 2);
      shows(src, 'There the output is $\\sigma(0) = 0.5$', H.get(0, 1));
      shows(src, 'at $x = 1$ it is $\\sigma(-2) \\approx 0.119$', H.get(0, 0));
      shows(src, 'at $x = 3$ it is $\\sigma(2) \\approx 0.881$', H.get(0, 2));
    });
  });

  describe('Why activations must be non-linear · Two linear layers make one', () => {
    it('2x + 1 then 3z − 1 is 6x + 2: both give 8 at x = 1', () => {
      const L1 = dense([[2]], [1], linear);
      const L2 = dense([[3]], [-1], linear);
      const h1 = L1.forward(col(1), false);
      const first = h1.get(0, 0);
      const second = L2.forward(h1, false).get(0, 0);
      const Wp = matmul(L2.W, L1.W, new Matrix(1, 1)).get(0, 0);
      const bp = matmul(L2.W, L1.b, new Matrix(1, 1)).get(0, 0) + L2.b.get(0, 0);
      shows(src, 'Together that is $3(2x + 1) - 1 = 6x + 2$', Wp, bp);
      shows(
        src,
        'the first layer gives 3, the second gives $3 \\cdot 3 - 1 = 8$, and $6 \\cdot 1 + 2 = 8$',
        first,
        L2.W.get(0, 0),
        first,
        -L2.b.get(0, 0),
        second,
        Wp,
        1,
        bp,
        Wp * 1 + bp,
      );
    });
  });

  describe('The activation functions of the lecture (the table)', () => {
    // Each row's formula and derivative, exactly as the table prints them, against the engine's f and a central difference of it.
    const rows: [Activation, (z: number) => number, (z: number) => number][] = [
      [step, (z) => (z < 0 ? 0 : z === 0 ? 0.5 : 1), () => 0],
      [getActivation('sign'), (z) => (z < 0 ? -1 : z === 0 ? 0 : 1), () => 0],
      [linear, (z) => z, () => 1],
      [
        getActivation('piecewise'),
        (z) => (z >= 0.5 ? 1 : z > -0.5 ? z + 0.5 : 0),
        (z) => (Math.abs(z) < 0.5 ? 1 : 0),
      ],
      [sigmoid, (z) => 1 / (1 + Math.exp(-z)), (z) => sigmoid.f(z) * (1 - sigmoid.f(z))],
      [
        tanh,
        (z) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)),
        (z) => 1 - Math.tanh(z) ** 2,
      ],
      [relu, (z) => Math.max(0, z), (z) => (z < 0 ? 0 : 1)],
      [leakyRelu(0.1), (z) => Math.max(0.1 * z, z), (z) => (z < 0 ? 0.1 : 1)],
      [softplus, (z) => Math.log(1 + Math.exp(z)), (z) => sigmoid.f(z)],
      [elu(1), (z) => (z >= 0 ? z : Math.exp(z) - 1), (z) => (z > 0 ? 1 : Math.exp(z))],
    ];
    const zs = [-2.7, -1.3, -0.7, -0.3, -0.1, 0.2, 0.45, 0.8, 1.6, 2.9];
    it('formula and derivative of every row agree with the engine (away from kinks)', () => {
      const h = 1e-6;
      for (const [act, phi, dphi] of rows) {
        for (const z of zs) {
          expect(act.f(z), `${act.name}(${z})`).toBeCloseTo(phi(z), 12);
          const numeric = (act.f(z + h) - act.f(z - h)) / (2 * h);
          expect(dphi(z), `${act.name}'(${z})`).toBeCloseTo(numeric, 6);
          expect(act.df(z, act.f(z)), `engine ${act.name}'(${z})`).toBeCloseTo(dphi(z), 12);
        }
        expect(act.f(0), `${act.name}(0)`).toBeCloseTo(phi(0), 14);
      }
    });

    it('ranges: sigmoid in (0, 1) with σ′ ≤ 1/4, tanh′ ≤ 1, ELU above −α; the ELU derivative for z < 0 is φ(z) + α', () => {
      let maxSig = 0;
      let maxTanh = 0;
      for (let z = -8; z <= 8; z += 0.001) {
        maxSig = Math.max(maxSig, sigmoid.df(z, sigmoid.f(z)));
        maxTanh = Math.max(maxTanh, tanh.df(z, tanh.f(z)));
      }
      expect(maxSig).toBeCloseTo(0.25, 12);
      expect(maxTanh).toBeCloseTo(1, 12);
      for (const alpha of [0.5, 1, 2]) {
        const e = elu(alpha);
        expect(e.f(-30)).toBeGreaterThan(-alpha);
        expect(e.f(-30)).toBeCloseTo(-alpha, 10);
        for (const z of [-3, -1, -0.2])
          expect(e.df(z, e.f(z))).toBeCloseTo(alpha * Math.exp(z), 12);
      }
      shows(
        src,
        "where $\\sigma'(0) = 0.5 \\cdot 0.5 = 0.25$",
        sigmoid.f(0),
        sigmoid.f(0),
        sigmoid.df(0, sigmoid.f(0)),
      );
    });
  });

  describe('Maxout', () => {
    const unit = (Wp: number[], bp: number[]) => {
      const m = new Maxout(1, 1, 2);
      m.W.data.set(Wp);
      m.b.data.set(bp);
      return (z: number) => m.forward(col(z), false).get(0, 0);
    };
    it('the pieces z and −0.5z − 1 cross at z = −2/3', () => {
      const m = new Maxout(1, 1, 2);
      m.W.data.set([1, -0.5]);
      m.b.data.set([0, -1]);
      m.forward(col(-2 / 3), false);
      expect(m.Z.get(0, 0)).toBeCloseTo(m.Z.get(1, 0), 14);
      m.forward(col(-1), false);
      expect(m.winner[0]).toBe(1); // ℓ₂ on the left
      m.forward(col(0), false);
      expect(m.winner[0]).toBe(0); // ℓ₁ on the right
      shows(src, 'They cross where $z = -0.5 z - 1$, at $z = -\\frac{2}{3}$', -0.5, 1, 2, 3);
    });
    it('the pieces z and 0 make ReLU; z and 0.1z make the leaky ReLU', () => {
      const asRelu = unit([1, 0], [0, 0]);
      const asLeaky = unit([1, 0.1], [0, 0]);
      for (const z of [-2, -0.5, 0.3, 1.7]) {
        expect(asRelu(z)).toBeCloseTo(relu.f(z), 14);
        expect(asLeaky(z)).toBeCloseTo(leakyRelu(0.1).f(z), 14);
      }
    });
  });

  describe('Vanishing gradients', () => {
    it('five sigmoid units in a chain with every z = 0 and every weight 1: ∂h⁵/∂z¹ = 0.25⁵ ≈ 0.000977', () => {
      // Layer 1 sees x = 0; layers 2–5 get h = 0.5 and a bias of −0.5, so every z is 0.
      const layers = [
        dense([[1]], [0], sigmoid),
        ...[1, 2, 3, 4].map(() => dense([[1]], [-0.5], sigmoid)),
      ];
      let H = col(0);
      for (const l of layers) H = l.forward(H, false);
      for (const l of layers) expect(l.Z.get(0, 0)).toBe(0);
      let dH = col(1);
      for (let l = layers.length - 1; l >= 0; l--) dH = layers[l].backward(dH);
      const product = dH.get(0, 0) / layers[0].W.get(0, 0); // dH⁰ = ∂h⁵/∂z¹ · w¹
      expect(product).toBeCloseTo(0.25 ** 5, 15);
      shows(src, '0.25^5 \\approx 0.000977', 0.25, 5, product);
      shows(src, 'gradients shrink like $0.25^5 \\approx 0.001$', 0.25, 5, product);
    });

    it('σ′(5) ≈ 0.00665, tanh′(0) = 1 and tanh′(2) ≈ 0.0707', () => {
      shows(src, "$\\sigma'(5) \\approx 0.00665$", 5, sigmoid.df(5, sigmoid.f(5)));
      shows(src, "since $\\tanh'(0) = 1$", 0, tanh.df(0, tanh.f(0)));
      shows(src, "$\\tanh'(2) \\approx 0.0707$", 2, tanh.df(2, tanh.f(2)));
    });
  });

  describe('Dead ReLUs and their remedies', () => {
    it('a ReLU with z < 0 passes no gradient; the leaky ReLU passes 0.1 of it', () => {
      expect(relu.df(-1, relu.f(-1))).toBe(0);
      expect(leakyRelu(0.1).df(-1, leakyRelu(0.1).f(-1))).toBe(0.1);
    });
  });

  describe('Choosing the output activation', () => {
    it('(tanh z + 1)/2 is σ(2z)', () => {
      for (const z of [-3, -0.4, 0, 0.9, 2.5])
        expect((tanh.f(z) + 1) / 2).toBeCloseTo(sigmoid.f(2 * z), 14);
    });
  });

  describe('Initialization · Why all-zero weights fail', () => {
    it('a 2-3-1 tanh/sigmoid network started at all zeros stays at 0.5 on XOR, a cost of ln 2 ≈ 0.693', () => {
      const net = createNetwork(
        {
          inputs: 2,
          layers: [
            { type: 'dense', units: 3, activation: 'tanh', init: 'zeros', biasInit: 'zeros' },
            { type: 'dense', units: 1, activation: 'sigmoid', init: 'zeros', biasInit: 'zeros' },
          ],
          loss: 'bce',
        },
        createRng(1),
      );
      const X = Matrix.fromRows([
        [0, 0, 1, 1],
        [0, 1, 0, 1],
      ]);
      const Y = row(0, 1, 1, 0);
      const trainer = new Trainer(net, X, Y, {
        alpha: 1,
        batchSize: 4,
        shuffle: false,
        rng: createRng(2),
      });
      for (let s = 0; s < 5000; s++) trainer.step();
      const P = net.forward(X, false);
      for (const p of values(P)) expect(p).toBe(0.5);
      const J = net.cost(Y);
      shows(src, 'a cost of $\\ln 2 \\approx 0.693$', 2, J);
      expect(J).toBeCloseTo(Math.LN2, 14);
    });

    it('the same network with random weights and zero biases brings its XOR cost below 0.001 in 5000 steps', () => {
      expect(src.text).toContain(
        norm(
          'with the same learning rate and Xavier-random weights and zero biases, brought its cost on XOR below $0.001$ in 5000 steps (for each of the three seeds we tried)',
        ),
      );
      for (const seed of [1, 2, 3]) {
        const net = createNetwork(
          {
            inputs: 2,
            layers: [
              { type: 'dense', units: 3, activation: 'tanh', init: 'xavier', biasInit: 'zeros' },
              { type: 'dense', units: 1, activation: 'sigmoid', init: 'xavier', biasInit: 'zeros' },
            ],
            loss: 'bce',
          },
          createRng(seed),
        );
        const X = Matrix.fromRows([
          [0, 0, 1, 1],
          [0, 1, 0, 1],
        ]);
        const Y = row(0, 1, 1, 0);
        const trainer = new Trainer(net, X, Y, {
          alpha: 1,
          batchSize: 4,
          shuffle: false,
          rng: createRng(2),
        });
        for (let s = 0; s < 5000; s++) trainer.step();
        net.forward(X, false);
        expect(net.cost(Y)).toBeLessThan(0.001);
      }
    });
  });
});

describe('Lesson 4 · Layers and the feed-forward pass', () => {
  const src = lesson('04-layers-feed-forward');
  const W1 = bmatrix(src, 'W^1');
  const b1 = bmatrix(src, 'b^1').map((r) => r[0]);
  const W2 = bmatrix(src, 'W^2');
  const b2 = bmatrix(src, 'b^2').map((r) => r[0]);
  const net = new Network(2, [dense(W1, b1, sigmoid), dense(W2, b2, 'softmax')], 'cce');
  const [L1, L2] = net.layers as Dense[];
  const P = net.forward(col(1.0, 0.5), false).clone();
  const h = values(L1.H);
  const z2 = values(L2.Z);

  describe('A worked forward pass', () => {
    it('reads the parameters of the 2-3-2 network from the lesson, with the shapes it states', () => {
      expect(W1).toEqual([
        [0.5, -1.0],
        [1.0, 1.0],
        [-0.5, 2.0],
      ]);
      expect(W2).toEqual([
        [1.0, -1.0, 2.0],
        [-1.0, 1.0, 0.5],
      ]);
      expect(L1.W.shape).toBe('3×2');
      expect(L2.W.shape).toBe('2×3');
      shows(
        src,
        '$W^1$ is $3 \\times 2$ (three hidden units, two inputs), and $W^2$ is $2 \\times 3$',
        1,
        L1.W.rows,
        L1.W.cols,
        2,
        L2.W.rows,
        L2.W.cols,
      );
    });

    it('hidden layer: Z¹ = (0, 0.5, 1.0) and H¹ ≈ (0.5, 0.6225, 0.7311)', () => {
      shows(src, 'z^1_1 &= 0.5 \\cdot 1.0 + (-1.0) \\cdot 0.5 + 0 = 0', L1.Z.get(0, 0));
      shows(src, 'z^1_2 &= 1.0 \\cdot 1.0 + 1.0 \\cdot 0.5 - 1.0 = 0.5', L1.Z.get(1, 0));
      shows(src, 'z^1_3 &= -0.5 \\cdot 1.0 + 2.0 \\cdot 0.5 + 0.5 = 1.0', L1.Z.get(2, 0));
      shows(src, 'So $Z^1 = (0,\\ 0.5,\\ 1.0)$', ...values(L1.Z));
      shows(src, '\\approx \\begin{bmatrix} 0.5 \\\\ 0.6225 \\\\ 0.7311 \\end{bmatrix}', ...h);
    });

    it('output layer: the products of each row and Z² ≈ (1.340, 0.9880)', () => {
      shows(
        src,
        'z^2_1 &= 0.5 - 0.6225 + 1.4621 + 0 \\approx 1.340',
        W2[0][0] * h[0],
        -W2[0][1] * h[1],
        W2[0][2] * h[2],
        b2[0],
        z2[0],
      );
      shows(
        src,
        'z^2_2 &= -0.5 + 0.6225 + 0.3655 + 0.5 \\approx 0.9880',
        W2[1][0] * h[0],
        W2[1][1] * h[1],
        W2[1][2] * h[2],
        b2[1],
        z2[1],
      );
      shows(src, 'So $Z^2 \\approx (1.340,\\ 0.9880)$', ...z2);
      shows(src, 'and logits $(1.340, 0.9880)$', ...z2);
    });
  });

  describe('Logits', () => {
    it('the logits do not add up to 1: 1.340 + 0.9880 ≈ 2.328', () => {
      shows(src, 'here $1.340 + 0.9880 \\approx 2.328$', z2[0], z2[1], z2[0] + z2[1]);
    });
  });

  describe('Softmax: from logits to probabilities', () => {
    it('a worked softmax of (2.0, 1.0, 0.1): every row of the table', () => {
      const Z = col(2.0, 1.0, 0.1);
      const S = softmaxColumns(Z, new Matrix(3, 1));
      const sum = Math.exp(logSumExpColumn(Z, 0));
      const rows = [
        '| 1 | 2.0 | 7.389 | $7.389 / 11.21 \\approx 0.659$ |',
        '| 2 | 1.0 | 2.718 | $2.718 / 11.21 \\approx 0.242$ |',
        '| 3 | 0.1 | 1.105 | $1.105 / 11.21 \\approx 0.0986$ |',
      ];
      rows.forEach((r, i) => {
        const z = Z.get(i, 0);
        shows(src, r, i + 1, z, Math.exp(z), Math.exp(z), sum, S.get(i, 0));
      });
      shows(
        src,
        '| Sum | | 11.21 | 1.000 |',
        sum,
        values(S).reduce((a, b) => a + b),
      );
      shows(
        src,
        'becomes a probability ratio of $e^1 \\approx 2.718$',
        1,
        S.get(0, 0) / S.get(1, 0),
      );
    });

    it('the 2-3-2 network: P ≈ (0.5870, 0.4130) = σ(z₁ − z₂)', () => {
      shows(src, 'gives $P \\approx (0.5870,\\ 0.4130)$', ...values(P));
      shows(
        src,
        '$P_1 = \\sigma(z_1 - z_2) = \\sigma(0.3517) \\approx 0.5870$',
        1,
        1,
        2,
        z2[0] - z2[1],
        sigmoid.f(z2[0] - z2[1]),
      );
      expect(sigmoid.f(z2[0] - z2[1])).toBeCloseTo(P.get(0, 0), 14);
    });
  });

  describe('Softmax · The numerically stable form', () => {
    it("e^710 overflows a double; the naive softmax of (1000, 999, 998) fails, the engine's gives (0.665, 0.245, 0.0900)", () => {
      expect(Math.exp(709)).toBeLessThan(Infinity);
      expect(Math.exp(710)).toBe(Infinity);
      shows(src, 'In standard double precision, $e^{710}$', 710);
      const naive = [1000, 999, 998].map(
        (z) => Math.exp(z) / (Math.exp(1000) + Math.exp(999) + Math.exp(998)),
      );
      expect(naive.every(Number.isNaN)).toBe(true);
      const Z = col(1000, 999, 998);
      const S = values(softmaxColumns(Z, new Matrix(3, 1)));
      const shifted = [0, -1, -2].map(Math.exp);
      shows(
        src,
        'with exponentials $1$, $0.3679$ and $0.1353$, summing to $1.503$',
        ...shifted,
        Math.exp(logSumExpColumn(Z, 0) - 1000),
      );
      shows(src, 'The probabilities are $(0.665,\\ 0.245,\\ 0.0900)$', ...S);
    });

    it('the 2-3-2 logits shifted by their maximum: (0, −0.3517), exponentials 1 and 0.7035, P₁ = 1 / 1.7035', () => {
      const shifted = z2.map((z) => z - Math.max(...z2));
      shows(src, '(1.340,\\ 0.9880) - 1.340 = (0,\\ -0.3517)', ...z2, z2[0], ...shifted);
      shows(src, 'with exponentials $1$ and $0.7035$', ...shifted.map(Math.exp));
      const denom = shifted.map(Math.exp).reduce((a, b) => a + b);
      shows(src, 'so $P_1 = 1 / 1.7035 \\approx 0.5870$', 1, 1, denom, P.get(0, 0));
    });
  });

  describe('Many examples at once', () => {
    it('a batch of m columns: H⁰ is n₀ × m, Z¹ is n₁ × m, and each column is what that example alone gives', () => {
      const X = Matrix.fromRows([
        [1.0, -0.3, 2.0, 0.1, 0.7],
        [0.5, 0.8, -1.0, 0.0, 0.2],
      ]);
      const batch = net.forward(X, false).clone();
      expect(L1.Z.shape).toBe('3×5');
      expect(batch.shape).toBe('2×5');
      for (let j = 0; j < 5; j++) {
        const one = net.forward(col(X.get(0, j), X.get(1, j)), false);
        expect(one.get(0, 0)).toBeCloseTo(batch.get(0, j), 14);
      }
    });
  });
});

describe('Lesson 5 · Measuring error: loss and cost', () => {
  const src = lesson('05-loss-and-cost');

  describe('Mean squared error · Worked example: MSE', () => {
    it('three predictions against their labels: losses 0.01, 0.04, 0.16 and cost 0.07', () => {
      const P = row(0.9, 0.2, 0.6);
      const Y = row(1, 0, 1);
      const rows = [
        '| 1 | 0.9 | 1 | −0.1 | 0.01 |',
        '| 2 | 0.2 | 0 | 0.2 | 0.04 |',
        '| 3 | 0.6 | 1 | −0.4 | 0.16 |',
      ];
      rows.forEach((r, j) =>
        shows(
          src,
          r,
          j + 1,
          P.get(0, j),
          Y.get(0, j),
          P.get(0, j) - Y.get(0, j),
          mse.loss(P, Y, j),
        ),
      );
      const losses = [0, 1, 2].map((j) => mse.loss(P, Y, j));
      shows(
        src,
        '\\text{Cost} = \\frac{0.01 + 0.04 + 0.16}{3} = \\frac{0.21}{3} = 0.07',
        ...losses,
        3,
        losses[0] + losses[1] + losses[2],
        3,
        cost(mse, P, Y),
      );
    });
  });

  describe('Cross-entropy · Why the log', () => {
    it('−log S_c is 0.693 at S_c = 0.5 and 2.303 at S_c = 0.1', () => {
      shows(src, 'At $S_c = 0.5$ it is $0.693$', 0.5, cce.term(0.5, 1));
      shows(src, 'At $S_c = 0.1$ it is $2.303$', 0.1, cce.term(0.1, 1));
      expect(cce.term(1, 1)).toBeCloseTo(0, 10);
    });
  });

  describe('Cross-entropy · Worked example: cross-entropy', () => {
    const Z = col(2.0, 1.0, 0.1);
    const S = softmaxColumns(Z, new Matrix(3, 1));
    it('softmax of (2.0, 1.0, 0.1): exponentials, their sum and S = (0.659, 0.242, 0.0986)', () => {
      shows(src, 'e^{2.0} &= 7.389', Math.exp(2));
      shows(src, 'e^{1.0} &= 2.718', Math.exp(1));
      shows(src, 'e^{0.1} &= 1.105', Math.exp(0.1));
      shows(src, '\\text{sum} &= 11.21', Math.exp(logSumExpColumn(Z, 0)));
      shows(src, '&= (0.659,\\ 0.242,\\ 0.0986)', ...values(S));
    });

    it('the loss for each true class: 0.417, 1.417, 2.317, differing by the logit gaps 1.0 and 0.9', () => {
      const rows = [
        '| 1 | (1, 0, 0) | 0.6590 | 0.417 |',
        '| 2 | (0, 1, 0) | 0.2424 | 1.417 |',
        '| 3 | (0, 0, 1) | 0.09857 | 2.317 |',
      ];
      const losses: number[] = [];
      rows.forEach((r, c) => {
        const L = col(...[0, 1, 2].map((i) => (i === c ? 1 : 0)));
        const loss = cce.loss(S, L, 0);
        losses.push(loss);
        shows(src, r, c + 1, ...values(L), S.get(c, 0), loss);
        // −log of the printed, rounded S_c gives the printed loss too.
        const printedS = Number(numbersIn(norm(r)).at(-2));
        shows(src, r, -Math.log(printedS));
      });
      expect(losses[1] - losses[0]).toBeCloseTo(1.0, 12);
      expect(losses[2] - losses[1]).toBeCloseTo(0.9, 12);
    });
  });

  describe('Why cross-entropy pairs with softmax · The gradient with respect to the logits', () => {
    it('DZ = S − y = (−0.341, 0.242, 0.0986) for class 1, confirmed by finite differences to six decimals', () => {
      // One softmax layer whose weighted sums ARE the logits: W = I, b = 0, input z.
      const layer = dense(
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        [0, 0, 0],
        'softmax',
      );
      const net = new Network(3, [layer], 'cce');
      const X = col(2.0, 1.0, 0.1);
      const L = col(1, 0, 0);
      net.forward(X, true);
      net.backward(L);
      const DZ = values(layer.DZ);
      shows(src, '&= (-0.341,\\ 0.242,\\ 0.0986)', ...DZ);
      const S = values(net.output);
      shows(
        src,
        'S - y &= (0.659 - 1,\\ \\ 0.242 - 0,\\ \\ 0.0986 - 0)',
        S[0],
        1,
        S[1],
        0,
        S[2],
        0,
      );
      // ∂D/∂b = ∂D/∂z here, and checkGradients nudges b by ±1e-5.
      const numeric = checkGradients(net, X, L)
        .filter((e) => e.param === 'b')
        .map((e) => e.numeric);
      numeric.forEach((n, i) => expect(Math.abs(n - DZ[i])).toBeLessThan(5e-7));
    });

    it('a sigmoid output with binary cross-entropy: ∂L/∂z = p − y', () => {
      const net = new Network(1, [dense([[1]], [0], sigmoid)], 'bce');
      for (const [z, y] of [
        [0.7, 1],
        [-1.2, 0],
        [2.5, 0],
      ]) {
        net.forward(col(z), true);
        net.backward(col(y));
        const dz = (net.layers[0] as Dense).DZ.get(0, 0);
        expect(dz).toBeCloseTo(sigmoid.f(z) - y, 14);
        const numeric = checkGradients(net, col(z), col(y)).find((e) => e.param === 'b')!.numeric;
        expect(numeric).toBeCloseTo(dz, 8);
      }
    });
  });

  describe('Why cross-entropy pairs with softmax · What goes wrong with MSE and sigmoid', () => {
    const X = col(-4);
    const Y = col(1);
    const squared = new Network(1, [dense([[1]], [0], sigmoid)], 'mse');
    const crossEntropy = new Network(1, [dense([[1]], [0], sigmoid)], 'bce');
    const run = (net: Network) => {
      const p = net.forward(X, true).get(0, 0);
      const loss = net.cost(Y);
      net.backward(Y);
      return { p, loss, dz: (net.layers[0] as Dense).DZ.get(0, 0) };
    };
    const se = run(squared);
    const ce = run(crossEntropy);
    const p = se.p;
    const dsig = sigmoid.df(-4, p);

    it('z = −4, y = 1: p = 0.0180 and σ′(−4) = 0.0177', () => {
      shows(src, 'Then $\\hat{y} = \\sigma(-4) = 0.0180$', -4, p);
      shows(src, "Here $\\sigma'(-4) = 0.0180 \\times 0.9820 = 0.0177$", -4, p, 1 - p, dsig);
    });

    it('the table: squared error 0.964 and −0.0347, cross-entropy 4.018 and −0.982', () => {
      shows(src, '| squared error | 0.964 | −0.0347 |', se.loss, se.dz);
      shows(src, '| cross-entropy | 4.018 | −0.982 |', ce.loss, ce.dz);
      expect(se.dz).toBeCloseTo(2 * (p - 1) * dsig, 14);
      expect(ce.dz).toBeCloseTo(p - 1, 14);
    });

    it('the lines the numbers come from, with p and σ′ to four significant figures', () => {
      shows(src, '(0.01799 - 1)^2 = 0.964', p, 1, 2, se.loss);
      shows(src, '& 2(0.01799 - 1)(0.01766) = -0.0347', 2, p, 1, dsig, se.dz);
      shows(src, '-\\log 0.01799 = 4.018', p, ce.loss);
      shows(src, '& 0.01799 - 1 = -0.982', p, 1, ce.dz);
      // And from the printed, rounded inputs the printed results follow.
      expect(Math.abs(2 * (0.01799 - 1) * 0.01766 - -0.0347)).toBeLessThan(5e-5);
      expect(Math.abs(-Math.log(0.01799) - 4.018)).toBeLessThan(5e-4);
    });

    it('squared error learns about 28 times more slowly', () => {
      shows(src, 'about 28 times more slowly', Math.round(ce.dz / se.dz));
    });
  });
});

describe('Lesson 6 · Gradient descent', () => {
  const src = lesson('06-gradient-descent');

  describe('The update rule · Worked example: one step in two dimensions', () => {
    const stretched = surface(
      (x, y) => x * x + 4 * y * y,
      (x, y) => [2 * x, 8 * y],
      [-4, 1.5],
    );
    it('J = w₁² + 4w₂² from (−4, 1.5) with α = 0.2: gradient (−8, 12), step (−1.6, 2.4), new point (−2.4, −0.9), cost 25 → 9', () => {
      const d = new Descent(stretched, { alpha: 0.2 });
      shows(
        src,
        'Start at $(w_1, w_2) = (-4,\\ 1.5)$, where $J = 16 + 9 = 25$',
        -4,
        1.5,
        16,
        4 * 1.5 ** 2,
        d.value,
      );
      d.step();
      const [gx, gy] = d.gradient;
      shows(src, 'Gradient at the start: $(2 \\cdot (-4),\\ 8 \\cdot 1.5) = (-8,\\ 12)$', gx, gy);
      shows(src, 'Step: $\\alpha \\nabla J = (-1.6,\\ 2.4)$', 0.2 * gx, 0.2 * gy);
      shows(src, '$(-4 - (-1.6),\\ 1.5 - 2.4) = (-2.4,\\ -0.9)$', d.x, d.y);
      shows(src, 'New cost: $5.76 + 3.24 = 9$', d.x ** 2, 4 * d.y ** 2, d.value);
    });

    it('every step multiplies the cost by 0.36: after eight steps 25 × 0.36⁸ = 0.00705', () => {
      const d = new Descent(stretched, { alpha: 0.2 });
      for (let k = 0; k < 8; k++) {
        const before = d.value;
        d.step();
        expect(d.value / before).toBeCloseTo(0.36, 12);
      }
      shows(src, 'after eight steps it is $25 \\times 0.36^8 = 0.00705$', 25, 0.36, 8, d.value);
    });
  });

  describe('The learning rate · Worked example: a parabola', () => {
    const parabola = surface(
      (x) => x * x,
      (x) => [2 * x, 0],
      [1, 0],
    );
    const run = (alpha: number, steps: number) => {
      const d = new Descent(parabola, { alpha, maxIterations: 100000 });
      for (let k = 0; k < steps; k++) d.step();
      return d;
    };

    it('the first three steps from w = 1 for each learning rate in the table', () => {
      const rows: Record<string, string> = {
        0.01: '| 0.01 | 0.98 | 0.98 | 0.9604 | 0.9412 | very slow |',
        0.1: '| 0.1 | 0.8 | 0.8 | 0.64 | 0.512 | steady |',
        0.75: '| 0.75 | −0.5 | −0.5 | 0.25 | −0.125 | oscillates, converges |',
        1.0: '| 1.0 | −1 | −1 | 1 | −1 | bounces forever |',
        1.1: '| 1.1 | −1.2 | −1.2 | 1.44 | −1.728 | diverges |',
      };
      for (const [alpha, r] of Object.entries(rows)) {
        const d = run(Number(alpha), 3);
        const w = d.path.map((q) => q.x);
        shows(src, r, Number(alpha), w[1] / w[0], w[1], w[2], w[3]);
      }
    });

    it('α = 0.5 lands on the minimum in one step; α = 1.1 diverges; α = 0.75 converges', () => {
      expect(run(0.5, 1).x).toBe(0);
      expect(new Descent(parabola, { alpha: 1.1 }).run().status).toBe('diverged');
      expect(new Descent(parabola, { alpha: 0.75 }).run().status).toBe('converged');
    });

    it('steps to bring |w| below 0.01: 21 with α = 0.1, 228 with α = 0.01, 7 with α = 0.75', () => {
      const stepsBelow = (alpha: number) => {
        const d = new Descent(parabola, { alpha, maxIterations: 100000 });
        while (Math.abs(d.x) >= 0.01) {
          expect(d.status).toBe('running');
          d.step();
        }
        return d.iterations;
      };
      shows(
        src,
        'To get $|w|$ below 0.01, $\\alpha = 0.1$ needs 21 steps, while $\\alpha = 0.01$ needs 228',
        0.1,
        stepsBelow(0.1),
        0.01,
        stepsBelow(0.01),
      );
      shows(src, 'With $\\alpha = 0.75$ it takes 7 steps', 0.75, stepsBelow(0.75));
    });
  });

  describe('When to stop: convergence', () => {
    it('patience 3 and tolerance 0.001: the counts of the table, and the stop after iteration 8', () => {
      const costs = [0.9, 0.62, 0.48, 0.41, 0.385, 0.3845, 0.386, 0.3842];
      // Descent walks x = 0, 1, 2, … and reads the cost of iteration x + 1 from the table.
      const table = surface(
        (x) => costs[Math.round(x)],
        () => [-1, 0],
        [0, 0],
      );
      const d = new Descent(table, { alpha: 1, tol: 0.001, patience: 3 });
      const rows = [
        '| 1 | 0.900 | 0.900 | 0 |',
        '| 2 | 0.620 | 0.620 | 0 |',
        '| 3 | 0.480 | 0.480 | 0 |',
        '| 4 | 0.410 | 0.410 | 0 |',
        '| 5 | 0.385 | 0.385 | 0 |',
        '| 6 | 0.3845 | 0.385 | 1 |',
        '| 7 | 0.386 | 0.385 | 2 |',
        '| 8 | 0.3842 | 0.385 | 3, stop |',
      ];
      rows.forEach((r, k) => {
        if (k > 0) expect(d.step()).toBe(k < rows.length - 1);
        shows(src, r.replace(', stop |', ''), k + 1, d.value, d.best, d.stale);
      });
      expect(d.status).toBe('converged');
      shows(src, '| 8 | 0.3842 | 0.385 | 3, stop |', d.stale);
    });
  });

  describe('Mini-batches and epochs', () => {
    it('1,000 examples in mini-batches of 50: 20 iterations per epoch, 600 updates in 30 epochs', () => {
      const net = createNetwork(
        { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'linear' }], loss: 'mse' },
        createRng(3),
      );
      const X = new Matrix(
        1,
        1000,
        Float64Array.from({ length: 1000 }, (_, k) => k / 1000),
      );
      const trainer = new Trainer(net, X, X.clone(), {
        alpha: 0.01,
        batchSize: 50,
        rng: createRng(4),
      });
      trainer.runEpoch();
      const perEpoch = trainer.steps;
      trainer.train(29);
      shows(
        src,
        'an epoch has $1000 / 50 = 20$ iterations, and 30 epochs make 600 updates',
        1000,
        50,
        perEpoch,
        trainer.epochs,
        trainer.steps,
      );
    });
  });
});

describe('Lesson 7 · Backpropagation', () => {
  const src = lesson('07-backpropagation');

  describe('The chain rule for one unit · Worked example: one unit', () => {
    // x = 1.5, w = 0.8, b = −0.5, y = 1; squared error (y − ŷ)².
    const X = col(1.5);
    const Y = col(1);
    const make = () => new Network(1, [dense([[0.8]], [-0.5], sigmoid)], 'mse');
    const net = make();
    const unit = net.layers[0] as Dense;
    const yhat = net.forward(X, true).get(0, 0);
    const loss = net.cost(Y);
    net.backward(Y);

    it('forward: z = 0.7, ŷ = 0.6682, L = 0.1101', () => {
      shows(src, '| $z$ | $0.8 \\times 1.5 - 0.5$ | 0.7 |', 0.8, 1.5, 0.5, unit.Z.get(0, 0));
      shows(src, '| $\\hat{y}$ | $\\sigma(0.7) = 1/(1 + e^{-0.7})$ | 0.6682 |', yhat);
      shows(src, '| $\\mathcal{L}$ | $(1 - 0.6682)^2$ | 0.1101 |', 1, yhat, 2, loss);
    });

    it('backward: −0.6636, 0.2217, −0.1471, −0.2207, −0.1471', () => {
      const dsig = sigmoid.df(unit.Z.get(0, 0), yhat);
      shows(src, '| $2(0.6682 - 1)$ | −0.6636 |', 2, yhat, 1, net.dP.get(0, 0));
      shows(src, '| $0.6682 \\times (1 - 0.6682)$ | 0.2217 |', yhat, 1, yhat, dsig);
      shows(
        src,
        '| $-0.6636 \\times 0.2217$ | −0.1471 |',
        net.dP.get(0, 0),
        dsig,
        unit.DZ.get(0, 0),
      );
      shows(src, '| $-0.1471 \\times 1.5$ | −0.2207 |', unit.DZ.get(0, 0), 1.5, unit.DW.get(0, 0));
      shows(src, '| $-0.1471 \\times 1$ | −0.1471 |', unit.DZ.get(0, 0), 1, unit.Db.get(0, 0));
      expect(unit.DW.get(0, 0)).toBeCloseTo(2 * (yhat - 1) * dsig * 1.5, 14);
    });

    it('the finite difference with h = 10⁻⁵ and the chain rule both give −0.220701', () => {
      const w = checkGradients(make(), X, Y, 1e-5).find((e) => e.param === 'W')!;
      shows(
        src,
        'With $h = 10^{-5}$ this gives $-0.220701$; the chain rule gave $-0.220701$',
        w.numeric,
        w.analytic,
      );
      expect(Math.abs(w.numeric - w.analytic)).toBeLessThan(5e-7);
    });

    it('one step with α = 0.5: w = 0.9104, b = −0.4264, and the loss drops from 0.1101 to 0.0790', () => {
      const n = make();
      n.forward(X, true);
      n.backward(Y);
      new Optimizer(n.params(), { alpha: 0.5 }).step();
      const u = n.layers[0] as Dense;
      shows(
        src,
        '$w = 0.8 - 0.5 \\times (-0.2207) = 0.9104$',
        0.8,
        0.5,
        unit.DW.get(0, 0),
        u.W.get(0, 0),
      );
      shows(
        src,
        '$b = -0.5 - 0.5 \\times (-0.1471) = -0.4264$',
        -0.5,
        0.5,
        unit.Db.get(0, 0),
        u.b.get(0, 0),
      );
      n.forward(X, false);
      shows(src, 'and the loss drops from 0.1101 to 0.0790', loss, n.cost(Y));
    });

    it("the lecture's version, 2(y − ŷ)·z(1 − z)·x, gives +0.209 instead of −0.221", () => {
      const z = unit.Z.get(0, 0);
      const lecture = 2 * (1 - yhat) * z * (1 - z) * 1.5;
      shows(
        src,
        "the lecture's version gives $2(0.3318)(0.7)(0.3)(1.5) = +0.209$ instead of $-0.221$",
        2,
        1 - yhat,
        z,
        1 - z,
        1.5,
        lecture,
        unit.DW.get(0, 0),
      );
    });
  });

  describe('Backpropagation layer by layer · The shapes', () => {
    it("every row of the shape table holds for the engine's matrices (3-4-2 network, m = 5)", () => {
      const sizes: Record<string, number> = { n_0: 3, n_1: 4, n_2: 2, m: 5 };
      const net = createNetwork(
        {
          inputs: 3,
          layers: [
            { type: 'dense', units: 4, activation: 'tanh' },
            { type: 'dense', units: 2, activation: 'softmax' },
          ],
          loss: 'cce',
        },
        createRng(5),
      );
      const X = new Matrix(
        3,
        5,
        Float64Array.from({ length: 15 }, (_, k) => Math.sin(k)),
      );
      const Y = Matrix.fromRows([
        [1, 0, 0, 1, 0],
        [0, 1, 1, 0, 1],
      ]);
      net.forward(X, true);
      net.backward(Y);
      const [L1, L2] = net.layers as Dense[];
      // symbol in the table → the engine's matrix, for layer l = 2 (so l − 1 = 1) and L = 2.
      const matrices: Record<string, Matrix> = {
        '$X = H^0$': X,
        '$W^l$': L2.W,
        '$b^l$': L2.b,
        '$Z^l$, $H^l$': L2.Z,
        '$P$, $Y$': net.output,
        '$DZ^l$': L2.DZ,
        '$DW^l$': L2.DW,
        '$Db^l$': L2.Db,
        '$dH^{l-1}$': L2.dHprev,
      };
      const sizeOf = (s: string): number => {
        const t = s.trim().replace(/[{}]/g, '');
        if (t === '1') return 1;
        const key = t.replace('n_l-1', 'n_1').replace('n_l', 'n_2').replace('n_L', 'n_2');
        expect(sizes[key], `unknown size ${s}`).toBeDefined();
        return sizes[key];
      };
      for (const [symbol, M] of Object.entries(matrices)) {
        const match = src.text.match(
          new RegExp(`\\| ${symbol.replace(/[$^{}\\]/g, (c) => `\\${c}`)} \\| \\$([^$]+)\\$ \\|`),
        );
        expect(match, `no shape row for ${symbol}`).not.toBeNull();
        const [r, c] = match![1].split('\\times');
        expect(`${sizeOf(r)}×${sizeOf(c)}`, symbol).toBe(M.shape);
      }
      expect(L1.DW.shape).toBe(L1.W.shape);
    });
  });

  describe('Worked example: a 2-2-1 network', () => {
    const X = bmatrix(src, 'X');
    const W1 = bmatrix(src, 'W^1');
    const b1 = bmatrix(src, 'b^1').map((r) => r[0]);
    const W2 = bmatrix(src, 'W^2');
    const make = () => new Network(2, [dense(W1, b1, sigmoid), dense(W2, [0.2], sigmoid)], 'bce');
    const Xm = Matrix.fromRows(X);
    const Y = col(1);
    const net = make();
    const [L1, L2] = net.layers as Dense[];
    const P = net.forward(Xm, true).get(0, 0);
    const loss = net.cost(Y);
    net.backward(Y);

    it('reads X, W¹, b¹, W² and b² = 0.2 from the lesson', () => {
      expect(X).toEqual([[0.5], [1.0]]);
      expect(W1).toEqual([
        [0.1, 0.4],
        [-0.3, 0.2],
      ]);
      expect(b1).toEqual([0, 0.1]);
      expect(W2).toEqual([[0.5, -0.6]]);
      shows(src, '\\quad b^2 = 0.2', L2.b.get(0, 0));
    });

    it('forward: Z¹ = (0.45, 0.15), H¹ = (0.6106, 0.5374), Z² = 0.1829, P = 0.5456, loss 0.6059', () => {
      shows(src, '= \\begin{bmatrix} 0.45 \\\\ 0.15 \\end{bmatrix}', ...values(L1.Z));
      shows(
        src,
        'H^1 = \\sigma(Z^1) = \\begin{bmatrix} 0.6106 \\\\ 0.5374 \\end{bmatrix}',
        ...values(L1.H),
      );
      shows(src, 'Z^2 = 0.5 \\cdot 0.6106 - 0.6 \\cdot 0.5374 + 0.2 = 0.1829', L2.Z.get(0, 0));
      shows(src, 'P = \\sigma(0.1829) = 0.5456', L2.Z.get(0, 0), P);
      shows(src, 'The loss is $-\\log 0.5456 = 0.6059$', P, loss);
    });

    it('the shape tables of the backward pass', () => {
      const shape = (M: Matrix): number[] => [M.rows, M.cols];
      shows(src, '| $DZ^2$ | $1 \\times 1$ |', ...shape(L2.DZ));
      shows(src, '| $DW^2$ | $1 \\times 2$ |', ...shape(L2.DW));
      shows(src, '| $Db^2$ | $1 \\times 1$ |', ...shape(L2.Db));
      shows(src, '| $dH^1$ | $2 \\times 1$ |', ...shape(L2.dHprev));
      shows(src, '| $DZ^1$ | $2 \\times 1$ |', ...shape(L1.DZ));
      shows(src, '| $DW^1$ | $2 \\times 2$ |', ...shape(L1.DW));
      shows(src, '| $Db^1$ | $2 \\times 1$ |', ...shape(L1.Db));
    });

    it('output layer: DZ² = −0.4544, DW² = (−0.2775, −0.2442), Db² = −0.4544, dH¹ = (−0.2272, 0.2726)', () => {
      shows(src, 'DZ^2 = 0.5456 - 1 = -0.4544', P, 1, L2.DZ.get(0, 0));
      shows(src, '= \\begin{bmatrix} -0.2775 & -0.2442 \\end{bmatrix}', ...values(L2.DW));
      shows(src, 'Db^2 = -0.4544', L2.Db.get(0, 0));
      shows(
        src,
        '(-0.4544) = \\begin{bmatrix} -0.2272 \\\\ 0.2726 \\end{bmatrix}',
        L2.DZ.get(0, 0),
        ...values(L2.dHprev),
      );
    });

    it("hidden layer: g'(Z¹), DZ¹ = Db¹ and DW¹", () => {
      const h = values(L1.H);
      const g = h.map((v, i) => sigmoid.df(L1.Z.get(i, 0), v));
      shows(
        src,
        '\\begin{bmatrix} 0.6106 \\times 0.3894 \\\\ 0.5374 \\times 0.4626 \\end{bmatrix} = \\begin{bmatrix} 0.2378 \\\\ 0.2486 \\end{bmatrix}',
        h[0],
        1 - h[0],
        h[1],
        1 - h[1],
        ...g,
      );
      shows(
        src,
        '\\begin{bmatrix} -0.2272 \\times 0.2378 \\\\ 0.2726 \\times 0.2486 \\end{bmatrix} = \\begin{bmatrix} -0.05402 \\\\ 0.06778 \\end{bmatrix}',
        L2.dHprev.get(0, 0),
        g[0],
        L2.dHprev.get(1, 0),
        g[1],
        ...values(L1.DZ),
      );
      expect(values(L1.Db)).toEqual(values(L1.DZ));
      shows(
        src,
        '= \\begin{bmatrix} -0.02701 & -0.05402 \\\\ 0.03389 & 0.06778 \\end{bmatrix}',
        ...values(L1.DW),
      );
    });

    it('the finite difference on W¹₁₂ and backpropagation agree: −0.0540202', () => {
      const entry = checkGradients(make(), Xm, Y, 1e-5).find(
        (e) => e.layer === 0 && e.param === 'W' && e.index === 1,
      )!;
      shows(
        src,
        '\\frac{\\mathcal{L}(0.4 + h) - \\mathcal{L}(0.4 - h)}{2h} = -0.0540202',
        entry.numeric,
      );
      shows(src, 'backpropagation gave $DW^1_{12} = -0.0540202$', entry.analytic);
      expect(entry.analytic).toBe(L1.DW.get(0, 1));
    });

    it('one update with α = 0.5, then the output rises to 0.6408 and the loss falls to 0.4451', () => {
      const n = make();
      n.forward(Xm, true);
      n.backward(Y);
      new Optimizer(n.params(), { alpha: 0.5 }).step();
      const [M1, M2] = n.layers as Dense[];
      shows(
        src,
        'W^2 \\leftarrow \\begin{bmatrix} 0.6387 & -0.4779 \\end{bmatrix}, \\qquad b^2 \\leftarrow 0.4272',
        ...values(M2.W),
        2,
        M2.b.get(0, 0),
      );
      shows(
        src,
        'W^1 \\leftarrow \\begin{bmatrix} 0.1135 & 0.4270 \\\\ -0.3169 & 0.1661 \\end{bmatrix}',
        ...values(M1.W),
      );
      shows(
        src,
        'b^1 \\leftarrow \\begin{bmatrix} 0.02701 \\\\ 0.06611 \\end{bmatrix}',
        ...values(M1.b),
      );
      const after = n.forward(Xm, false).get(0, 0);
      shows(
        src,
        'the output rises from $0.5456$ to $0.6408$ and the loss falls from $0.6059$ to $0.4451$',
        P,
        after,
        loss,
        n.cost(Y),
      );
    });
  });
});

describe('Lesson 8 · Training better: dropout and batch normalization', () => {
  const src = lesson('08-dropout-and-batch-norm');

  describe('Dropout · Worked example: inverted dropout', () => {
    const H = col(0.5, 1.2, 0.8, 2.0);
    const p = 0.25;
    /** The engine's layer with a chosen mask M (1 keep, 0 drop); its stored mask includes the 1/(1 − p). */
    const withMask = (M: number[]) => {
      const d = new Dropout(4, p, createRng(6));
      d.mask.resizeCols(1);
      d.mask.data.set(M.map((k) => k / (1 - p)));
      d.frozen = true;
      return d;
    };

    it('p = 0.25, mask (1, 0, 1, 1): the table, the scale 1.333, and sums 4.4 against 4.5', () => {
      const d = withMask([1, 0, 1, 1]);
      const out = d.forward(H, true);
      shows(src, 'the scale factor is $1/0.75 = 1.333$', 1, 1 - p, Math.max(...values(d.mask)));
      const rows = [
        '| 1 | 0.5 | 1 | 0.6667 |',
        '| 2 | 1.2 | 0 | 0 |',
        '| 3 | 0.8 | 1 | 1.067 |',
        '| 4 | 2.0 | 1 | 2.667 |',
      ];
      const M = [1, 0, 1, 1];
      rows.forEach((r, i) => shows(src, r, i + 1, H.get(i, 0), M[i], out.get(i, 0)));
      const sum = (A: Matrix) => values(A).reduce((a, b) => a + b);
      shows(src, 'The values sum to $4.4$ after dropout against $4.5$ before it', sum(out), sum(H));
    });

    it('over all 16 masks, weighted by their probabilities, each unit and the sum average to exactly their values', () => {
      const mean = new Float64Array(4);
      for (let bits = 0; bits < 16; bits++) {
        const M = [0, 1, 2, 3].map((i) => (bits >> i) & 1);
        const prob = M.reduce((a, k) => a * (k ? 1 - p : p), 1);
        const out = withMask(M).forward(H, true);
        for (let i = 0; i < 4; i++) mean[i] += prob * out.get(i, 0);
      }
      for (let i = 0; i < 4; i++) expect(mean[i]).toBeCloseTo(H.get(i, 0), 14);
      shows(
        src,
        'Over many random masks the sum averages out to exactly $4.5$',
        mean.reduce((a, b) => a + b),
      );
    });

    it('backward uses the same mask and factor; at test time H passes unchanged', () => {
      const d = withMask([1, 0, 1, 1]);
      d.forward(H, true);
      const dH = values(d.backward(col(1, 1, 1, 1)));
      [1, 0, 1, 1].forEach((k, i) => expect(dH[i]).toBeCloseTo(k / (1 - p), 14));
      expect(values(d.forward(H, false))).toEqual(values(H));
    });
  });

  describe('Batch normalization · Worked example: batch normalization', () => {
    const bn = () => {
      const b = new BatchNorm(1, 1e-5, 0.9);
      b.gamma.data[0] = 2;
      b.beta.data[0] = 0.5;
      b.runningMean.data[0] = 3.8;
      b.runningVar.data[0] = 6.0;
      return b;
    };
    const layer = bn();
    const x = row(1.0, 3.0, 4.0, 8.0);
    const y = values(layer.forward(x, true));
    const xhat = values(layer.Xhat);
    const mu = layer.mean.get(0, 0);
    const v = layer.variance.get(0, 0);

    it('mean 4, variance 6.5, √(6.5 + 0.00001) = 2.5495', () => {
      shows(src, '$\\mu_{\\mathcal{B}} = (1 + 3 + 4 + 8)/4 = 4$', 1, 3, 4, 8, 4, mu);
      shows(src, '\\big((-3)^2 + (-1)^2 + 0^2 + 4^2\\big)/4 = 26/4 = 6.5', v * 4, 4, v);
      shows(
        src,
        'Normalize: $\\sqrt{6.5 + 0.00001} = 2.5495$',
        v,
        layer.epsilon,
        Math.sqrt(v + layer.epsilon),
      );
    });

    it('the table: x − μ, x̂ and y = 2x̂ + 0.5', () => {
      const rows = [
        '| 1.0 | −3 | −1.177 | −1.853 |',
        '| 3.0 | −1 | −0.3922 | −0.2845 |',
        '| 4.0 | 0 | 0 | 0.5 |',
        '| 8.0 | 4 | 1.569 | 3.638 |',
      ];
      rows.forEach((r, j) => shows(src, r, x.get(0, j), x.get(0, j) - mu, xhat[j], y[j]));
    });

    it('x̂ has mean 0 and variance 0.999998; y has mean β and standard deviation γ up to ε', () => {
      const mean = (a: number[]) => a.reduce((s, t) => s + t) / a.length;
      const variance = (a: number[]) => mean(a.map((t) => (t - mean(a)) ** 2));
      expect(mean(xhat)).toBeCloseTo(0, 14);
      shows(src, 'variance $0.999998$', variance(xhat));
      expect(mean(y)).toBeCloseTo(0.5, 14);
      expect(Math.sqrt(variance(y))).toBeCloseTo(2, 5);
    });

    it('γ = √(σ² + ε), β = μ give the original values back', () => {
      const b = new BatchNorm(1, 1e-5, 0.9);
      b.gamma.data[0] = Math.sqrt(v + 1e-5);
      b.beta.data[0] = mu;
      const back = values(b.forward(x, true));
      back.forEach((t, j) => expect(t).toBeCloseTo(x.get(0, j), 12));
    });

    it('running averages 3.82 and 6.05, then a test input x = 5 gives 1.459 whatever its batch', () => {
      shows(
        src,
        'updates them to $0.9 \\times 3.8 + 0.1 \\times 4 = 3.82$',
        layer.runningMean.get(0, 0),
      );
      shows(src, '$0.9 \\times 6.0 + 0.1 \\times 6.5 = 6.05$', layer.runningVar.get(0, 0));
      const out = layer.forward(row(5), false).get(0, 0);
      const xh = layer.Xhat.get(0, 0);
      shows(src, '+ 0.5 = 2 \\times 0.4797 + 0.5 = 1.459', 2, xh, 0.5, out);
      expect(layer.forward(row(5, 100, -3), false).get(0, 0)).toBe(out);
    });
  });
});

describe('Lesson 9 · Putting it together', () => {
  const src = lesson('09-putting-it-together');

  describe('A recipe for training · Choose the pieces', () => {
    it('the 2-16-16-1 network has 48 + 272 + 17 = 337 parameters', () => {
      const net = createNetwork(
        {
          inputs: 2,
          layers: [
            { type: 'dense', units: 16, activation: 'relu', init: 'he' },
            { type: 'dense', units: 16, activation: 'relu', init: 'he' },
            { type: 'dense', units: 1, activation: 'sigmoid', init: 'he' },
          ],
          loss: 'bce',
        },
        createRng(7),
      );
      const perLayer = net.layers.map((l) =>
        l.params.reduce((n, q) => n + q.value.rows * q.value.cols, 0),
      );
      shows(
        src,
        'It has $2 \\cdot 16 + 16 = 48$ parameters in the first layer',
        2,
        16,
        16,
        perLayer[0],
      );
      shows(
        src,
        '$16 \\cdot 16 + 16 = 272$ in the second and $16 + 1 = 17$ in the output layer: 337 in all',
        16,
        16,
        16,
        perLayer[1],
        16,
        1,
        perLayer[2],
        net.paramCount(),
      );
      expect(net.fused).toBe('sigmoid-bce'); // so DZ³ = P − Y
      expect(net.layers.length).toBe(3);
    });

    it('200 examples in batches of 20: 10 iterations per epoch, 3,000 updates in 300 epochs', () => {
      const net = createNetwork(
        { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'bce' },
        createRng(8),
      );
      const X = new Matrix(
        1,
        200,
        Float64Array.from({ length: 200 }, (_, k) => k / 100 - 1),
      );
      const Y = new Matrix(
        1,
        200,
        Float64Array.from({ length: 200 }, (_, k) => (k < 100 ? 0 : 1)),
      );
      const trainer = new Trainer(net, X, Y, { alpha: 0.1, batchSize: 20, rng: createRng(9) });
      trainer.runEpoch();
      shows(
        src,
        '| batch size | $m = 20$ | 200 examples make 10 iterations per epoch |',
        trainer.batchSize,
        X.cols,
        trainer.steps,
      );
      trainer.train(299);
      shows(src, 'for 300 epochs', trainer.epochs);
      expect(src.text).toContain('300 epochs, 3,000 updates in all');
      expect(trainer.steps).toBe(3000);
    });
  });
});

describe('Reference · Notation', () => {
  const src = source('reference/notation.mdx');
  it("the shapes in the tables of layer and backpropagation quantities hold for the engine's matrices (3-4-2, m = 5)", () => {
    const net = createNetwork(
      {
        inputs: 3,
        layers: [
          { type: 'dense', units: 4, activation: 'relu' },
          { type: 'dense', units: 2, activation: 'sigmoid' },
        ],
        loss: 'bce',
      },
      createRng(10),
    );
    const X = new Matrix(
      3,
      5,
      Float64Array.from({ length: 15 }, (_, k) => Math.cos(k)),
    );
    const Y = new Matrix(
      2,
      5,
      Float64Array.from({ length: 10 }, (_, k) => k % 2),
    );
    net.forward(X, true);
    net.backward(Y);
    const [, L2] = net.layers as Dense[];
    const sizes: Record<string, number> = { n_0: 3, n_l: 2, 'n_l-1': 4, n_L: 2, m: 5, '1': 1 };
    const matrices: Record<string, Matrix> = {
      '$X = H^0$': X,
      '$W^l$': L2.W,
      '$b^l$': L2.b,
      '$Z^l$': L2.Z,
      '$H^l$': L2.H,
      '$Z^L$': L2.Z,
      $P$: net.output,
      $Y$: Y,
      '$DZ^l$': L2.DZ,
      '$DW^l$': L2.DW,
      '$Db^l$': L2.Db,
      '$dH^{l-1}$': L2.dHprev,
    };
    for (const [symbol, M] of Object.entries(matrices)) {
      const line = src.text.split('| ' + symbol + ' |')[1];
      expect(line, `no row for ${symbol}`).toBeDefined();
      const shape = line
        .split(' | | ')[0]
        .match(/\$(n_\{?[0-9lL-]+\}?|m|1) \\times (n_\{?[0-9lL-]+\}?|m|1)\$/);
      expect(shape, `no shape for ${symbol}`).not.toBeNull();
      const [r, c] = [shape![1], shape![2]].map((s) => sizes[s.replace(/[{}]/g, '')]);
      expect(`${r}×${c}`, symbol).toBe(M.shape);
    }
  });
});
