// The worked numeric examples of Lesson 2: The perceptron, recomputed with the engine.
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
  createPerceptron,
  linear,
  perceptronEpoch,
  perceptronOutput,
  step,
  trainPerceptron,
} from '../../../../src/engine/index.ts';
import { col, values, dense, lesson, shows, truthTableInputs } from '../../helpers.ts';

describe('Lesson 2 · The perceptron', () => {
  const src = lesson('02-perceptron');
  const X4 = truthTableInputs();

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
