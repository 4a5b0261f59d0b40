// The worked numeric examples of Lesson 4: Layers and the feed-forward pass, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import {
  Dense,
  Matrix,
  Network,
  logSumExpColumn,
  sigmoid,
  softmaxColumns,
} from '../../../../src/engine/index.ts';
import { col, values, dense, lesson, shows, bmatrix } from '../../helpers.ts';

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
