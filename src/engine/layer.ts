import type { Matrix } from './matrix.ts';

/** A learnable tensor and its gradient: W with DW, b with Db, γ with Dgamma, β with Dbeta. */
export interface Param {
  /** 'W', 'b', 'gamma' or 'beta'. */
  readonly name: string;
  readonly value: Matrix;
  /** ∂cost/∂value after the last backward pass (already includes the 1/m). */
  readonly grad: Matrix;
  /** Whether L2 weight decay applies (weights yes, biases and BN's γ/β no). */
  readonly decay: boolean;
}

/** The contract every layer keeps: forward and backward next to each other, buffers reused. */
export interface Layer {
  readonly type: string;
  /** Units coming in (rows of H^(l-1)). */
  readonly nIn: number;
  /** Units going out (rows of H^l). */
  readonly nOut: number;
  readonly params: readonly Param[];
  /** The last output H^l (nOut × m), owned by the layer and overwritten by the next forward. */
  readonly H: Matrix;
  /** dH^(l-1), what backward sent to the layer below (nIn × m). */
  readonly dHprev: Matrix;
  /** Computes H^l from H^(l-1) = X; `training` switches dropout and batch norm to their training behaviour. */
  forward(X: Matrix, training: boolean): Matrix;
  /** Given dH^l (per example, ∂loss/∂H^l), fills the parameter gradients and returns dH^(l-1). */
  backward(dH: Matrix): Matrix;
}

/** Throws a teaching error when a layer receives the wrong number of rows. */
export function checkRows(layer: string, expected: number, X: Matrix, what = 'input'): void {
  if (X.rows !== expected) {
    throw new Error(
      `${layer}: expected ${what} with ${expected} rows (one per unit, one column per example), got ${X.shape}`,
    );
  }
}
