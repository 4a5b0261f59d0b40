// The worked numeric examples of Lesson 3: Weights, bias and activation functions, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import {
  Matrix,
  Maxout,
  Trainer,
  createRng,
  elu,
  getActivation,
  leakyRelu,
  linear,
  matmul,
  relu,
  sigmoid,
  softplus,
  step,
  tanh,
  type Activation,
} from '../../../../src/engine/index.ts';
import {
  col,
  row,
  values,
  dense,
  lesson,
  shows,
  norm,
  truthTableInputs,
  xorNet,
} from '../../helpers.ts';

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
      const net = xorNet('zeros', 1);
      const X = truthTableInputs();
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
        const net = xorNet('xavier', seed);
        const X = truthTableInputs();
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
