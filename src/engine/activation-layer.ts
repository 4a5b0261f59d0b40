import { Matrix } from './matrix.ts';
import type { Activation } from './activations.ts';
import type { Layer, Param } from './layer.ts';
import { checkRows } from './layer.ts';

/**
 * A layer that only applies g, for use after batch norm (dense with a linear
 * activation → batch norm → activation). Its input plays the role of Z:
 * H = g(Z) forward, DZ = dH ⊙ g'(Z) backward, and DZ is what it sends down.
 */
export class ActivationLayer implements Layer {
  readonly type = 'activation';
  readonly nIn: number;
  readonly nOut: number;
  readonly activation: Activation;
  readonly params: readonly Param[] = [];
  /** The input of the last forward (a reference). */
  Z: Matrix;
  readonly H: Matrix;
  /** DZ = dH ⊙ g'(Z); this is also dH for the layer below. */
  readonly dHprev: Matrix;

  constructor(n: number, activation: Activation) {
    this.nIn = n;
    this.nOut = n;
    this.activation = activation;
    this.Z = new Matrix(n, 0);
    this.H = new Matrix(n, 0);
    this.dHprev = new Matrix(n, 0);
  }

  /** H = g(Z). */
  forward(Z: Matrix, _training: boolean): Matrix {
    checkRows('activation', this.nIn, Z);
    this.Z = Z;
    this.H.resizeCols(Z.cols);
    this.activation.fAll(Z.data, this.H.data, 0, this.nIn * Z.cols);
    return this.H;
  }

  /** DZ = dH ⊙ g'(Z). */
  backward(dH: Matrix): Matrix {
    checkRows('activation backward', this.nOut, dH, 'dH');
    this.dHprev.resizeCols(dH.cols);
    this.activation.dfAll(this.Z.data, this.H.data, dH.data, this.dHprev.data, this.nIn * dH.cols);
    return this.dHprev;
  }
}
