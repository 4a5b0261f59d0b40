// The worked numeric examples of the notation reference, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import { Dense, Matrix } from '../../../../src/engine/index.ts';
import { denseNet, source } from '../../helpers.ts';

describe('Reference · Notation', () => {
  const src = source('reference/notation.mdx');
  it("the shapes in the tables of layer and backpropagation quantities hold for the engine's matrices (3-4-2, m = 5)", () => {
    const net = denseNet(
      3,
      [
        [4, 'relu'],
        [2, 'sigmoid'],
      ],
      'bce',
      10,
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
