// The worked numeric examples of Lesson 5: Measuring error: loss and cost, recomputed with the engine.
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
  cce,
  checkGradients,
  cost,
  logSumExpColumn,
  mse,
  sigmoid,
  softmaxColumns,
} from '../../../../src/engine/index.ts';
import { col, row, values, dense, lesson, shows, numbersIn, norm } from '../../helpers.ts';

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
