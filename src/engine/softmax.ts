import { Matrix } from './matrix.ts';

function check(op: string, Z: Matrix, out: Matrix): void {
  if (out.rows !== Z.rows) throw new Error(`${op}: cannot write ${Z.shape} into ${out.shape}`);
  out.resizeCols(Z.cols);
}

/** P = softmax(Z) column by column (one column per example), subtracting each column's max first so e^z never overflows (mutates P). */
export function softmaxColumns(Z: Matrix, P: Matrix): Matrix {
  check('softmax', Z, P);
  const n = Z.rows;
  const m = Z.cols;
  const z = Z.data;
  const p = P.data;
  for (let j = 0; j < m; j++) {
    let max = -Infinity;
    for (let i = 0; i < n; i++) if (z[i * m + j] > max) max = z[i * m + j];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(z[i * m + j] - max);
      p[i * m + j] = e;
      sum += e;
    }
    for (let i = 0; i < n; i++) p[i * m + j] /= sum;
  }
  return P;
}

/** log softmax(Z) column by column: z − max − ln Σ e^(z − max) (mutates out). */
export function logSoftmaxColumns(Z: Matrix, out: Matrix): Matrix {
  check('logSoftmax', Z, out);
  const n = Z.rows;
  const m = Z.cols;
  const z = Z.data;
  for (let j = 0; j < m; j++) {
    const lse = logSumExpColumn(Z, j);
    for (let i = 0; i < n; i++) out.data[i * m + j] = z[i * m + j] - lse;
  }
  return out;
}

/** ln Σ_i e^(Z[i, j]) for one column j, computed stably. */
export function logSumExpColumn(Z: Matrix, j: number): number {
  const n = Z.rows;
  const m = Z.cols;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (Z.data[i * m + j] > max) max = Z.data[i * m + j];
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp(Z.data[i * m + j] - max);
  return max + Math.log(sum);
}

/**
 * Backward through softmax for one batch when the loss is not fused:
 * DZ[:, j] = P[:, j] ⊙ (dH[:, j] − P[:, j]·dH[:, j]) (mutates DZ).
 */
export function softmaxBackward(P: Matrix, dH: Matrix, DZ: Matrix): Matrix {
  check('softmaxBackward', P, DZ);
  const n = P.rows;
  const m = P.cols;
  for (let j = 0; j < m; j++) {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += P.data[i * m + j] * dH.data[i * m + j];
    for (let i = 0; i < n; i++) {
      DZ.data[i * m + j] = P.data[i * m + j] * (dH.data[i * m + j] - dot);
    }
  }
  return DZ;
}
