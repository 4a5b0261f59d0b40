import { Matrix } from './matrix.ts';
import { matmul } from './matmul.ts';
import { linearRow, linearRows } from './dense-forward.ts';
import { meanOverBatch } from './ops.ts';
import { softmaxColumns, softmaxBackward } from './softmax.ts';
import type { Activation } from './activations.ts';
import type { Layer, Param } from './layer.ts';
import { checkRows } from './layer.ts';

/** Examples per tile when a big batch goes through a layer tile by tile (16 inputs × 256 × 8 bytes = 32 KB). */
const TILE = 256;

/**
 * A fully connected layer in the lecture's notation:
 *   forward:  Z = W·X + b ;  H = g(Z)          (X = H^(l-1))
 *   backward: DZ = dH ⊙ g'(Z) ;  DW = (1/m) DZ·Xᵀ ;  Db = (1/m) ΣDZ ;  dHprev = Wᵀ·DZ
 * With `activation = 'softmax'` H = softmax(Z) column by column (an output layer).
 * Every field below is readable for a step-by-step view of the last pass.
 */
export class Dense implements Layer {
  readonly type = 'dense';
  readonly nIn: number;
  readonly nOut: number;
  readonly activation: Activation | 'softmax';
  readonly W: Matrix;
  readonly b: Matrix;
  readonly DW: Matrix;
  readonly Db: Matrix;
  /** The input of the last forward, H^(l-1) (a reference, not a copy). */
  X: Matrix;
  readonly Z: Matrix;
  readonly H: Matrix;
  /** dH^l received by the last backward (a reference). */
  dH: Matrix;
  readonly DZ: Matrix;
  readonly dHprev: Matrix;
  readonly params: readonly Param[];

  constructor(nIn: number, nOut: number, activation: Activation | 'softmax') {
    this.nIn = nIn;
    this.nOut = nOut;
    this.activation = activation;
    this.W = new Matrix(nOut, nIn);
    this.b = new Matrix(nOut, 1);
    this.DW = new Matrix(nOut, nIn);
    this.Db = new Matrix(nOut, 1);
    this.X = new Matrix(nIn, 0);
    this.Z = new Matrix(nOut, 0);
    this.H = new Matrix(nOut, 0);
    this.dH = new Matrix(nOut, 0);
    this.DZ = new Matrix(nOut, 0);
    this.dHprev = new Matrix(nIn, 0);
    this.params = [
      { name: 'W', value: this.W, grad: this.DW, decay: true },
      { name: 'b', value: this.b, grad: this.Db, decay: false },
    ];
  }

  /** Z = W·X + b, H = g(Z); returns H. */
  forward(X: Matrix, _training: boolean): Matrix {
    checkRows('dense', this.nIn, X);
    this.X = X;
    const m = X.cols;
    const nIn = this.nIn;
    this.Z.resizeCols(m);
    this.H.resizeCols(m);
    const w = this.W.data;
    const x = X.data;
    const z = this.Z.data;
    const h = this.H.data;
    const act = this.activation === 'softmax' ? null : this.activation;
    // Two units (rows) at a time, summed in the order linearRows documents. A
    // small batch (all of Z fits in the cache) goes whole, then g runs once over
    // the layer. A big one (a decision map) goes in tiles of TILE examples, so a
    // tile's inputs stay in the cache while every unit reads them, and g follows
    // each pair's tile; the tiles change no sum.
    const nOut = this.nOut;
    const b = this.b.data;
    const whole = nOut * m <= 4096;
    const tile = whole ? m : TILE;
    for (let j0 = 0; j0 < m; j0 += tile) {
      const j1 = j0 + tile < m ? j0 + tile : m;
      for (let i = 0; i < nOut; i += 2) {
        const i1 = i + 1 < nOut ? i + 1 : i;
        if (i1 > i) linearRows(w, b, x, z, nIn, m, i, i1, j0, j1);
        else linearRow(w, b, x, z, nIn, m, i, j0, j1);
        if (act && !whole) {
          act.fAll(z, h, i * m + j0, i * m + j1);
          if (i1 > i) act.fAll(z, h, i1 * m + j0, i1 * m + j1);
        }
      }
    }
    if (act && whole) act.fAll(z, h, 0, nOut * m);
    if (!act) softmaxColumns(this.Z, this.H);
    return this.H;
  }

  /** DZ = dH ⊙ g'(Z), then the gradients; returns dHprev = Wᵀ·DZ. */
  backward(dH: Matrix): Matrix {
    checkRows('dense backward', this.nOut, dH, 'dH');
    this.dH = dH;
    this.DZ.resizeCols(dH.cols);
    if (this.activation === 'softmax') {
      softmaxBackward(this.H, dH, this.DZ);
    } else {
      this.activation.dfAll(this.Z.data, this.H.data, dH.data, this.DZ.data, this.nOut * dH.cols);
    }
    return this.backwardFromDZ();
  }

  /** The rest of backward once DZ is known (the fused output case sets DZ = P − Y itself). */
  backwardFromDZ(): Matrix {
    const m = this.DZ.cols;
    matmul(this.DZ, this.X, this.DW, false, true);
    // × 1/m inline: passing the double 1/m to a helper would box it on every step.
    const dw = this.DW.data;
    for (let k = 0; k < dw.length; k++) dw[k] /= m;
    meanOverBatch(this.DZ, this.Db);
    return matmul(this.W, this.DZ, this.dHprev, true, false);
  }
}
