// The worked numeric examples of Lesson 1: What deep learning is, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import { Matrix, cost, linear, matmul, mse } from '../../../../src/engine/index.ts';
import { col, row, dense, lesson, shows } from '../../helpers.ts';

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
