import { Matrix } from './matrix.ts';

function effective(M: Matrix, t: boolean): string {
  return t ? `${M.cols}×${M.rows} (${M.shape} transposed)` : M.shape;
}

/**
 * C = op(A) · op(B), where op transposes when the flag is set; writes into C
 * (mutates C, resizing its columns within capacity). Loops are ordered so the
 * innermost one runs along contiguous rows.
 */
export function matmul(A: Matrix, B: Matrix, C: Matrix, transA = false, transB = false): Matrix {
  const n = transA ? A.cols : A.rows;
  const inA = transA ? A.rows : A.cols;
  const inB = transB ? B.cols : B.rows;
  const p = transB ? B.rows : B.cols;
  if (inA !== inB) {
    throw new Error(
      `matmul: cannot multiply ${effective(A, transA)} by ${effective(B, transB)}: inner sizes ${inA} and ${inB} differ`,
    );
  }
  if (C.rows !== n) {
    throw new Error(`matmul: the result of ${n}×${p} cannot go into a matrix with ${C.rows} rows`);
  }
  if (C === A || C === B) throw new Error('matmul: the output must not be one of the inputs');
  C.resizeCols(p);
  const a = A.data;
  const b = B.data;
  const c = C.data;
  const ac = A.cols;
  const bc = B.cols;
  if (!transA && !transB) {
    c.fill(0, 0, n * p);
    // C[i,:] += A[i,k] · B[k,:]
    for (let i = 0; i < n; i++) {
      const ci = i * p;
      for (let k = 0; k < inA; k++) {
        const aik = a[i * ac + k];
        const bk = k * bc;
        for (let j = 0; j < p; j++) c[ci + j] += aik * b[bk + j];
      }
    }
  } else if (!transA && transB) {
    // C[i,j] = A[i,:] · B[j,:]
    for (let i = 0; i < n; i++) {
      const ai = i * ac;
      for (let j = 0; j < p; j++) {
        const bj = j * bc;
        let s = 0;
        for (let k = 0; k < inA; k++) s += a[ai + k] * b[bj + k];
        c[i * p + j] = s;
      }
    }
  } else if (transA && !transB) {
    // C[i,:] += A[k,i] · B[k,:]
    c.fill(0, 0, n * p);
    for (let k = 0; k < inA; k++) {
      const bk = k * bc;
      for (let i = 0; i < n; i++) {
        const aki = a[k * ac + i];
        const ci = i * p;
        for (let j = 0; j < p; j++) c[ci + j] += aki * b[bk + j];
      }
    }
  } else {
    // C[i,j] = Σ_k A[k,i] · B[j,k]
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) {
        let s = 0;
        for (let k = 0; k < inA; k++) s += a[k * ac + i] * b[j * bc + k];
        c[i * p + j] = s;
      }
    }
  }
  return C;
}
