// The worked numeric examples of Lesson 8: Training better: dropout and batch normalization, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import { BatchNorm, Dropout, Matrix, createRng } from '../../../../src/engine/index.ts';
import { col, row, values, lesson, shows } from '../../helpers.ts';

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
