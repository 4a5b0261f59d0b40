// The worked numeric examples of Lesson 7: Backpropagation, recomputed with the engine.
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
  Optimizer,
  checkGradients,
  sigmoid,
} from '../../../../src/engine/index.ts';
import { col, values, dense, denseNet, lesson, shows, bmatrix } from '../../helpers.ts';

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
      const net = denseNet(
        3,
        [
          [4, 'tanh'],
          [2, 'softmax'],
        ],
        'cce',
        5,
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
