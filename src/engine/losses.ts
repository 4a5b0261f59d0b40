import { Matrix, assertSameShape } from './matrix.ts';

/**
 * Losses, named as the lecture names them: the LOSS is the error of one example
 * (one column), the COST is the mean of the losses over the batch. `dP` writes
 * ∂loss_j/∂P[:, j] for every column j, i.e. per example, not divided by m: the
 * 1/m appears once, in DW = (1/m) DZ·Hᵀ and Db = (1/m) ΣDZ.
 */
export interface Loss {
  readonly name: LossName;
  /** loss of example j (column j). */
  loss(P: Matrix, Y: Matrix, j: number): number;
  /** One output's contribution to the loss; a loss is the sum of terms over a column. */
  term(p: number, y: number): number;
  /** ∂loss_j/∂P for every column, written into dP (mutates dP). */
  dP(P: Matrix, Y: Matrix, dP: Matrix): Matrix;
}

/** The loss names the engine knows. */
export type LossName = 'mse' | 'bce' | 'cce';

/** Probabilities are clipped to [EPS_LOG, 1 − EPS_LOG] before a log, so log(0) never appears. */
export const EPS_LOG = 1e-12;

const clip = (p: number): number => (p < EPS_LOG ? EPS_LOG : p > 1 - EPS_LOG ? 1 - EPS_LOG : p);

// Element-wise terms and derivatives, defined once.
const dMse = (p: number, y: number): number => 2 * (p - y);
const dBce = (p: number, y: number): number => (clip(p) - y) / (clip(p) * (1 - clip(p)));
const dCce = (p: number, y: number): number => (y === 0 ? 0 : -y / clip(p));
const sqErr = (p: number, y: number): number => (p - y) * (p - y);
const bceTerm = (p: number, y: number): number =>
  -(y * Math.log(clip(p)) + (1 - y) * Math.log(1 - clip(p)));
const cceTerm = (p: number, y: number): number => (y === 0 ? 0 : -y * Math.log(clip(p)));

/** Squared error: loss = Σ_i (P_i − Y_i)² over the outputs of one example (the lecture's (Y′ − Y)²). */
export const mse: Loss = {
  name: 'mse',
  loss(P, Y, j) {
    let s = 0;
    for (let i = 0; i < P.rows; i++) {
      const d = P.get(i, j) - Y.get(i, j);
      s += d * d;
    }
    return s;
  },
  term: sqErr,
  dP(P, Y, dP) {
    prepare(P, Y, dP);
    for (let k = 0; k < P.rows * P.cols; k++) dP.data[k] = dMse(P.data[k], Y.data[k]);
    return dP;
  },
};

/** Binary cross-entropy: loss = −Σ_i [Y_i ln P_i + (1 − Y_i) ln(1 − P_i)]. */
export const bce: Loss = {
  name: 'bce',
  loss(P, Y, j) {
    let s = 0;
    for (let i = 0; i < P.rows; i++) {
      const p = clip(P.get(i, j));
      const y = Y.get(i, j);
      s -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    }
    return s;
  },
  term: bceTerm,
  dP(P, Y, dP) {
    prepare(P, Y, dP);
    for (let k = 0; k < P.rows * P.cols; k++) dP.data[k] = dBce(P.data[k], Y.data[k]);
    return dP;
  },
};

/** Categorical cross-entropy: loss = −Σ_i Y_i ln P_i (the lecture's D(S, L)). */
export const cce: Loss = {
  name: 'cce',
  loss(P, Y, j) {
    let s = 0;
    for (let i = 0; i < P.rows; i++) {
      const y = Y.get(i, j);
      if (y !== 0) s -= y * Math.log(clip(P.get(i, j)));
    }
    return s;
  },
  term: cceTerm,
  dP(P, Y, dP) {
    prepare(P, Y, dP);
    for (let k = 0; k < P.rows * P.cols; k++) dP.data[k] = dCce(P.data[k], Y.data[k]);
    return dP;
  },
};

// Each gradient writes its own loop around its own element function: one
// shared loop taking the function as an argument would see several functions
// at one call site, and the JIT would stop inlining them.
function prepare(P: Matrix, Y: Matrix, out: Matrix): void {
  assertSameShape('loss', P, Y);
  if (out.rows !== P.rows) throw new Error(`loss: cannot write ${P.shape} into ${out.shape}`);
  out.resizeCols(P.cols);
}

/** Looks up a loss by name; throws on unknown names. */
export function getLoss(name: string): Loss {
  if (name === 'mse') return mse;
  if (name === 'bce') return bce;
  if (name === 'cce') return cce;
  throw new Error(`unknown loss "${name}"; known: mse, bce, cce`);
}

/** Cost (mean loss over the batch columns). */
export function cost(loss: Loss, P: Matrix, Y: Matrix): number {
  const out = new Float64Array(1);
  costInto(loss, P, Y, out);
  return out[0];
}

// The cost functions below write into out[0] and return nothing: a double
// returned from a call the JIT does not inline is boxed, which would allocate
// on every training step.

/** cost (mean loss) into out[0]. */
export function costInto(loss: Loss, P: Matrix, Y: Matrix, out: Float64Array): void {
  assertSameShape('cost', P, Y);
  const p = P.data;
  const y = Y.data;
  const n = P.rows * P.cols;
  let s = 0;
  // The terms are written out (the same formulas as each loss's `term`) so no
  // call inside the loop can box its arguments.
  if (loss.name === 'mse') {
    for (let k = 0; k < n; k++) s += (p[k] - y[k]) * (p[k] - y[k]);
  } else if (loss.name === 'bce') {
    for (let k = 0; k < n; k++) {
      const q = p[k] < EPS_LOG ? EPS_LOG : p[k] > 1 - EPS_LOG ? 1 - EPS_LOG : p[k];
      s -= y[k] * Math.log(q) + (1 - y[k]) * Math.log(1 - q);
    }
  } else {
    for (let k = 0; k < n; k++) {
      const q = p[k] < EPS_LOG ? EPS_LOG : p[k];
      if (y[k] !== 0) s -= y[k] * Math.log(q);
    }
  }
  out[0] = s / P.cols;
}

/** Fused sigmoid + binary cross-entropy cost from the logits Z into out[0]: loss = Σ_i softplus(z) − y·z, stable for any z. */
export function sigmoidBceCostFromLogits(Z: Matrix, Y: Matrix, out: Float64Array): void {
  assertSameShape('sigmoid + bce cost', Z, Y);
  let s = 0;
  const n = Z.rows * Z.cols;
  for (let k = 0; k < n; k++) {
    const z = Z.data[k];
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    s += softplus - Y.data[k] * z;
  }
  out[0] = s / Z.cols;
}

/** Fused softmax + categorical cross-entropy cost from the logits Z into out[0]: loss = −Σ_i y_i (z_i − ln Σ e^z). */
export function softmaxCceCostFromLogits(Z: Matrix, Y: Matrix, out: Float64Array): void {
  assertSameShape('softmax + cce cost', Z, Y);
  const m = Z.cols;
  const z = Z.data;
  let s = 0;
  for (let j = 0; j < m; j++) {
    let max = -Infinity;
    for (let i = 0; i < Z.rows; i++) if (z[i * m + j] > max) max = z[i * m + j];
    let sum = 0;
    for (let i = 0; i < Z.rows; i++) sum += Math.exp(z[i * m + j] - max);
    const lse = max + Math.log(sum);
    for (let i = 0; i < Z.rows; i++) {
      const y = Y.data[i * m + j];
      if (y !== 0) s -= y * (z[i * m + j] - lse);
    }
  }
  out[0] = s / m;
}

/** The fused gradient DZ = P − Y, exactly as the lecture's backprop step 1 (mutates DZ). */
export function fusedDZ(P: Matrix, Y: Matrix, DZ: Matrix): Matrix {
  prepare(P, Y, DZ);
  for (let k = 0; k < P.rows * P.cols; k++) DZ.data[k] = P.data[k] - Y.data[k];
  return DZ;
}
