import { Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';
import type { Layer, Param } from './layer.ts';
import { checkRows } from './layer.ts';

/** Throws unless 0 ≤ rate < 1 (a rate of 1 would drop every unit and divide by zero). */
export function checkDropoutRate(rate: number): void {
  if (!(rate >= 0 && rate < 1)) {
    throw new Error(
      `dropout: rate must be in [0, 1) (the fraction of units shut down), got ${rate}`,
    );
  }
}

/**
 * Inverted dropout, as in the lecture: on each training pass every unit is shut
 * down with probability `rate`, in the forward and the backward pass alike.
 * Survivors are scaled by 1/(1 − rate) so the expected output is unchanged and
 * evaluation needs no rescaling: in eval mode the layer passes X through.
 */
export class Dropout implements Layer {
  readonly type = 'dropout';
  readonly nIn: number;
  readonly nOut: number;
  readonly rate: number;
  readonly params: readonly Param[] = [];
  /** The last mask: 0 for a dropped unit, 1/(1 − rate) for a kept one (one column per example). */
  readonly mask: Matrix;
  /** When true, training passes reuse the current mask instead of drawing a new one (for gradient checks and step-by-step views). */
  frozen = false;
  readonly H: Matrix;
  readonly dHprev: Matrix;
  private training = false;
  private readonly rng: Rng;

  constructor(n: number, rate: number, rng: Rng) {
    checkDropoutRate(rate);
    this.nIn = n;
    this.nOut = n;
    this.rate = rate;
    this.rng = rng;
    this.mask = new Matrix(n, 0);
    this.H = new Matrix(n, 0);
    this.dHprev = new Matrix(n, 0);
  }

  /** H = X ⊙ mask when training (drawing a new mask unless frozen); H = X in eval mode. */
  forward(X: Matrix, training: boolean): Matrix {
    checkRows('dropout', this.nIn, X);
    this.training = training;
    const n = this.nIn * X.cols;
    this.H.resizeCols(X.cols);
    if (!training) {
      this.H.data.set(X.data.subarray(0, n));
      return this.H;
    }
    if (!this.frozen || this.mask.cols !== X.cols) {
      this.mask.resizeCols(X.cols);
      const keep = 1 / (1 - this.rate);
      for (let k = 0; k < n; k++) this.mask.data[k] = this.rng.next() < this.rate ? 0 : keep;
    }
    for (let k = 0; k < n; k++) this.H.data[k] = X.data[k] * this.mask.data[k];
    return this.H;
  }

  /** dHprev = dH ⊙ mask (a dropped unit passes no gradient back). */
  backward(dH: Matrix): Matrix {
    checkRows('dropout backward', this.nOut, dH, 'dH');
    const n = this.nIn * dH.cols;
    this.dHprev.resizeCols(dH.cols);
    if (!this.training) {
      this.dHprev.data.set(dH.data.subarray(0, n));
    } else {
      for (let k = 0; k < n; k++) this.dHprev.data[k] = dH.data[k] * this.mask.data[k];
    }
    return this.dHprev;
  }
}
