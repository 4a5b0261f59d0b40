import { Matrix } from './matrix.ts';
import { matmul } from './matmul.ts';
import { addBias, meanOverBatch, scaleInPlace } from './ops.ts';
import type { Layer, Param } from './layer.ts';
import { checkRows } from './layer.ts';

/**
 * Maxout (the lecture's max(w₁ᵀx + b₁, w₂ᵀx + b₂), with k pieces): each output
 * unit u owns k linear pieces, rows u·k … u·k + k − 1 of W and b, and outputs the
 * largest. Backward sends each unit's dH to its winning piece only.
 *   forward:  Z = W·X + b  ((units·k) × m) ;  H[u, j] = max_p Z[u·k + p, j]
 *   backward: DZ[u·k + p, j] = dH[u, j] if p won else 0 ; then DW, Db, dHprev as in dense.
 * Ties go to the first piece (lowest p).
 */
export class Maxout implements Layer {
  readonly type = 'maxout';
  readonly nIn: number;
  readonly nOut: number;
  readonly pieces: number;
  readonly W: Matrix;
  readonly b: Matrix;
  readonly DW: Matrix;
  readonly Db: Matrix;
  X: Matrix;
  /** All pieces' values, (units·k) × m. */
  readonly Z: Matrix;
  readonly H: Matrix;
  /** Which piece won, per unit and example (units × m, row-major like H). */
  winner: Int32Array;
  dH: Matrix;
  readonly DZ: Matrix;
  readonly dHprev: Matrix;
  readonly params: readonly Param[];

  constructor(nIn: number, nOut: number, pieces: number) {
    if (!Number.isInteger(pieces) || pieces < 1) {
      throw new Error(`maxout: pieces must be a positive integer, got ${pieces}`);
    }
    this.nIn = nIn;
    this.nOut = nOut;
    this.pieces = pieces;
    const rows = nOut * pieces;
    this.W = new Matrix(rows, nIn);
    this.b = new Matrix(rows, 1);
    this.DW = new Matrix(rows, nIn);
    this.Db = new Matrix(rows, 1);
    this.X = new Matrix(nIn, 0);
    this.Z = new Matrix(rows, 0);
    this.H = new Matrix(nOut, 0);
    this.winner = new Int32Array(0);
    this.dH = new Matrix(nOut, 0);
    this.DZ = new Matrix(rows, 0);
    this.dHprev = new Matrix(nIn, 0);
    this.params = [
      { name: 'W', value: this.W, grad: this.DW, decay: true },
      { name: 'b', value: this.b, grad: this.Db, decay: false },
    ];
  }

  /** H[u, j] = the largest of unit u's k pieces. */
  forward(X: Matrix, _training: boolean): Matrix {
    checkRows('maxout', this.nIn, X);
    this.X = X;
    const m = X.cols;
    matmul(this.W, X, this.Z);
    addBias(this.Z, this.b);
    this.H.resizeCols(m);
    if (this.winner.length < this.nOut * m) this.winner = new Int32Array(this.nOut * m);
    const k = this.pieces;
    const z = this.Z.data;
    for (let u = 0; u < this.nOut; u++) {
      for (let j = 0; j < m; j++) {
        let best = 0;
        let value = z[u * k * m + j];
        for (let p = 1; p < k; p++) {
          const v = z[(u * k + p) * m + j];
          if (v > value) {
            value = v;
            best = p;
          }
        }
        this.H.data[u * m + j] = value;
        this.winner[u * m + j] = best;
      }
    }
    return this.H;
  }

  /** Routes dH to the winning pieces, then DW = (1/m) DZ·Xᵀ, Db = (1/m) ΣDZ, dHprev = Wᵀ·DZ. */
  backward(dH: Matrix): Matrix {
    checkRows('maxout backward', this.nOut, dH, 'dH');
    this.dH = dH;
    const m = dH.cols;
    const k = this.pieces;
    this.DZ.resizeCols(m);
    this.DZ.data.fill(0, 0, this.DZ.rows * m);
    for (let u = 0; u < this.nOut; u++) {
      for (let j = 0; j < m; j++) {
        const p = this.winner[u * m + j];
        this.DZ.data[(u * k + p) * m + j] = dH.data[u * m + j];
      }
    }
    matmul(this.DZ, this.X, this.DW, false, true);
    scaleInPlace(this.DW, 1 / m);
    meanOverBatch(this.DZ, this.Db);
    return matmul(this.W, this.DZ, this.dHprev, true, false);
  }
}
