// The demo's maths on the lesson's worked example: μ_B, σ²_B, x̂ and BN(x) as printed.
import { describe, it } from 'vitest';
import { normalizeBatch, outSpread } from '../../../../src/widgets/batch-norm/batch-norm.ts';
import { contentText, expectShows } from '../../helpers.ts';

const text = contentText('lessons/08-dropout-and-batch-norm.mdx');

describe("the batch-norm demo on lesson 8's worked example", () => {
  it('x = (1, 3, 4, 8), γ = 2, β = 0.5: the printed mean, variance and table rows', () => {
    expectShows(text, 'parameters are $\\gamma = 2$ and $\\beta = 0.5', 2, 0.5);
    const n = normalizeBatch([1, 3, 4, 8], 2, 0.5);
    expectShows(text, '$\\mu_{\\mathcal{B}} = (1 + 3 + 4 + 8)/4 = 4', n.mean);
    expectShows(text, '= 26/4 = 6.5', n.variance);
    expectShows(text, '| 1.0 | −3 | −1.177 | −1.853 |', n.xhat[0], n.y[0]);
    expectShows(text, '| 3.0 | −1 | −0.3922 | −0.2845 |', n.xhat[1], n.y[1]);
    expectShows(text, '| 8.0 | 4 | 1.569 | 3.638 |', n.xhat[3], n.y[3]);
    expectShows(
      text,
      'have mean $\\beta = 0.5$ and standard deviation $\\gamma = 2',
      n.outMean,
      outSpread(n),
    );
  });
});
