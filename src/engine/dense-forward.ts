/**
 * Rows i0 and i1 of Z = W·X + b (X: nIn × m, Z: nOut × m, row-major), the
 * inner loop of Dense.forward; i1 may equal i0 for an odd last unit (the row
 * is then computed twice, the same both times). Each entry is summed in one
 * fixed order, the layer's, which the fused training path relies on:
 *   b_i + W[i,0]·X[0,j] + W[i,1]·X[1,j]
 *   + (W[i,k]·X[k,j] + W[i,k+1]·X[k+1,j])   for each further pair of inputs
 *   + W[i,k]·X[k,j]                         for an odd last input.
 * A pass over the batch takes two units and up to two pairs of inputs, so each
 * X entry loaded serves both units and Z is written back fewer times. Only
 * the examples (columns) j0 ≤ j < j1 are computed, so that a big batch can go
 * tile by tile; each entry's sum is the same whatever the tiles.
 */
export function linearRows(
  w: Float64Array,
  b: Float64Array,
  x: Float64Array,
  z: Float64Array,
  nIn: number,
  m: number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): void {
  const m2 = 2 * m;
  const m3 = 3 * m;
  const r0 = i0 * m;
  const r1 = i1 * m;
  const a = i0 * nIn;
  const c = i1 * nIn;
  const b0 = b[i0];
  const b1 = b[i1];
  let k = 0;
  if (nIn >= 4) {
    const a0 = w[a];
    const a1 = w[a + 1];
    const a2 = w[a + 2];
    const a3 = w[a + 3];
    const c0 = w[c];
    const c1 = w[c + 1];
    const c2 = w[c + 2];
    const c3 = w[c + 3];
    for (let j = j0; j < j1; j++) {
      const x0 = x[j];
      const x1 = x[m + j];
      const x2 = x[m2 + j];
      const x3 = x[m3 + j];
      z[r0 + j] = b0 + a0 * x0 + a1 * x1 + (a2 * x2 + a3 * x3);
      z[r1 + j] = b1 + c0 * x0 + c1 * x1 + (c2 * x2 + c3 * x3);
    }
    k = 4;
  } else if (nIn >= 2) {
    const a0 = w[a];
    const a1 = w[a + 1];
    const c0 = w[c];
    const c1 = w[c + 1];
    for (let j = j0; j < j1; j++) {
      const x0 = x[j];
      const x1 = x[m + j];
      z[r0 + j] = b0 + a0 * x0 + a1 * x1;
      z[r1 + j] = b1 + c0 * x0 + c1 * x1;
    }
    k = 2;
  } else {
    for (let j = j0; j < j1; j++) {
      z[r0 + j] = b0;
      z[r1 + j] = b1;
    }
  }
  for (; k + 3 < nIn; k += 4) {
    const a0 = w[a + k];
    const a1 = w[a + k + 1];
    const a2 = w[a + k + 2];
    const a3 = w[a + k + 3];
    const c0 = w[c + k];
    const c1 = w[c + k + 1];
    const c2 = w[c + k + 2];
    const c3 = w[c + k + 3];
    const xk = k * m;
    for (let j = j0; j < j1; j++) {
      const x0 = x[xk + j];
      const x1 = x[xk + m + j];
      const x2 = x[xk + m2 + j];
      const x3 = x[xk + m3 + j];
      // Both old values are read before either is written (i1 may be i0), and
      // (z + pair) + pair is what two one-pair passes would add.
      const z0 = z[r0 + j];
      const z1 = z[r1 + j];
      z[r0 + j] = z0 + (a0 * x0 + a1 * x1) + (a2 * x2 + a3 * x3);
      z[r1 + j] = z1 + (c0 * x0 + c1 * x1) + (c2 * x2 + c3 * x3);
    }
  }
  if (k + 1 < nIn) {
    const a0 = w[a + k];
    const a1 = w[a + k + 1];
    const c0 = w[c + k];
    const c1 = w[c + k + 1];
    const xk = k * m;
    for (let j = j0; j < j1; j++) {
      const x0 = x[xk + j];
      const x1 = x[xk + m + j];
      const z0 = z[r0 + j];
      const z1 = z[r1 + j];
      z[r0 + j] = z0 + (a0 * x0 + a1 * x1);
      z[r1 + j] = z1 + (c0 * x0 + c1 * x1);
    }
    k += 2;
  }
  if (k < nIn) {
    const a0 = w[a + k];
    const c0 = w[c + k];
    const xk = k * m;
    for (let j = j0; j < j1; j++) {
      const x0 = x[xk + j];
      const z0 = z[r0 + j];
      const z1 = z[r1 + j];
      z[r0 + j] = z0 + a0 * x0;
      z[r1 + j] = z1 + c0 * x0;
    }
  }
}

/** Row i of Z = W·X + b alone (columns j0 ≤ j < j1), summed in linearRows' order: an odd last unit (an output of one unit). */
export function linearRow(
  w: Float64Array,
  b: Float64Array,
  x: Float64Array,
  z: Float64Array,
  nIn: number,
  m: number,
  i: number,
  j0: number,
  j1: number,
): void {
  const m2 = 2 * m;
  const m3 = 3 * m;
  const r = i * m;
  const a = i * nIn;
  const bi = b[i];
  let k = 0;
  if (nIn >= 4) {
    const a0 = w[a];
    const a1 = w[a + 1];
    const a2 = w[a + 2];
    const a3 = w[a + 3];
    for (let j = j0; j < j1; j++) {
      z[r + j] = bi + a0 * x[j] + a1 * x[m + j] + (a2 * x[m2 + j] + a3 * x[m3 + j]);
    }
    k = 4;
  } else if (nIn >= 2) {
    const a0 = w[a];
    const a1 = w[a + 1];
    for (let j = j0; j < j1; j++) z[r + j] = bi + a0 * x[j] + a1 * x[m + j];
    k = 2;
  } else {
    for (let j = j0; j < j1; j++) z[r + j] = bi;
  }
  for (; k + 3 < nIn; k += 4) {
    const a0 = w[a + k];
    const a1 = w[a + k + 1];
    const a2 = w[a + k + 2];
    const a3 = w[a + k + 3];
    const xk = k * m;
    for (let j = j0; j < j1; j++) {
      z[r + j] =
        z[r + j] +
        (a0 * x[xk + j] + a1 * x[xk + m + j]) +
        (a2 * x[xk + m2 + j] + a3 * x[xk + m3 + j]);
    }
  }
  if (k + 1 < nIn) {
    const a0 = w[a + k];
    const a1 = w[a + k + 1];
    const xk = k * m;
    for (let j = j0; j < j1; j++) z[r + j] = z[r + j] + (a0 * x[xk + j] + a1 * x[xk + m + j]);
    k += 2;
  }
  if (k < nIn) {
    const a0 = w[a + k];
    const xk = k * m;
    for (let j = j0; j < j1; j++) z[r + j] = z[r + j] + a0 * x[xk + j];
  }
}
