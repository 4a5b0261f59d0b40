import { Matrix, assertSameShape } from './matrix.ts';

/** Z ← Z + b, adding the column vector b (n × 1) to every column of Z (mutates Z). */
export function addBias(Z: Matrix, b: Matrix): Matrix {
  if (b.cols !== 1 || b.rows !== Z.rows) {
    throw new Error(`addBias: cannot add a ${b.shape} bias to ${Z.shape}: need ${Z.rows}×1`);
  }
  const z = Z.data;
  const m = Z.cols;
  for (let i = 0; i < Z.rows; i++) {
    const bi = b.data[i];
    const row = i * m;
    for (let j = 0; j < m; j++) z[row + j] += bi;
  }
  return Z;
}

/** out[i] = (1/m) Σ_j A[i, j]: the mean over the batch, as in Db = (1/m) ΣDZ (mutates out). */
export function meanOverBatch(A: Matrix, out: Matrix): Matrix {
  if (out.rows !== A.rows || out.cols !== 1) {
    throw new Error(`meanOverBatch: the mean of ${A.shape} is ${A.rows}×1, not ${out.shape}`);
  }
  const m = A.cols;
  const a = A.data;
  for (let i = 0; i < A.rows; i++) {
    let s = 0;
    const row = i * m;
    for (let j = 0; j < m; j++) s += a[row + j];
    out.data[i] = m === 0 ? 0 : s / m;
  }
  return out;
}

/** A ← s · A (mutates A). */
export function scaleInPlace(A: Matrix, s: number): Matrix {
  const a = A.data;
  const n = A.rows * A.cols;
  for (let i = 0; i < n; i++) a[i] *= s;
  return A;
}

/** out ← A ⊙ B, the element-wise product (mutates out). */
export function hadamard(A: Matrix, B: Matrix, out: Matrix): Matrix {
  assertSameShape('hadamard', A, B);
  if (out.rows !== A.rows) throw new Error(`hadamard: cannot write ${A.shape} into ${out.shape}`);
  out.resizeCols(A.cols);
  const n = A.rows * A.cols;
  for (let i = 0; i < n; i++) out.data[i] = A.data[i] * B.data[i];
  return out;
}

/** out ← f(A) element by element (mutates out). */
export function mapInto(A: Matrix, f: (x: number) => number, out: Matrix): Matrix {
  if (out.rows !== A.rows) throw new Error(`mapInto: cannot write ${A.shape} into ${out.shape}`);
  out.resizeCols(A.cols);
  const n = A.rows * A.cols;
  for (let i = 0; i < n; i++) out.data[i] = f(A.data[i]);
  return out;
}

/** dst ← src, same shape (mutates dst). */
export function copyInto(src: Matrix, dst: Matrix): Matrix {
  if (dst.rows !== src.rows)
    throw new Error(`copyInto: cannot copy ${src.shape} into ${dst.shape}`);
  dst.resizeCols(src.cols);
  dst.data.set(src.data.subarray(0, src.rows * src.cols));
  return dst;
}
