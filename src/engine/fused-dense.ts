import type { Matrix } from './matrix.ts';
import type { Network } from './network.ts';
import { Dense } from './dense.ts';
import { fusedDZ } from './losses.ts';
import { softmaxBackward } from './softmax.ts';

/** True when every layer is dense, so training can take the fused path (dropout, batch norm, maxout cannot). */
export function fusedPathApplies(net: Network): boolean {
  return net.layers.every((layer) => layer instanceof Dense);
}

/**
 * The training pass of a network of dense layers, written out in one place:
 *   forward:  Z^l = W^l·H^(l-1) + b^l, H^l = g(Z^l)   (each layer's own forward)
 *   backward: DW^l = (1/m) DZ^l·H^(l-1)ᵀ, Db^l = (1/m) ΣDZ^l, DZ^(l-1) = ((W^l)ᵀ·DZ^l) ⊙ g'(Z^(l-1))
 * It fills the same buffers as the layer-by-layer path (Z, H, DZ, DW, Db of
 * every layer) with the same numbers, bit for bit: every sum adds its terms in
 * the order matmul and the layers add them. What it saves: the generic matmul
 * (two per layer, with their checks and zero-fill), separate passes for ×1/m
 * and the bias mean, the optimizer's extra pass to look for NaN, and dH^0 (the
 * first layer's dHprev), which nothing uses in training. Step-by-step views use
 * the layer-by-layer path, which also fills dH^0.
 */
export class FusedDense {
  readonly net: Network;
  private readonly dense: readonly Dense[];
  // Sum of s·0 over every gradient sum of the last backward: 0 when all are
  // finite, NaN once one is ±∞ or NaN (DW = s/m is finite exactly when s is,
  // for m ≥ 1). Checked inside the sweep, which saves a pass over every gradient.
  private readonly nonFinite = new Float64Array(1);

  constructor(net: Network) {
    if (!fusedPathApplies(net)) {
      const other = net.layers.find((layer) => !(layer instanceof Dense));
      throw new Error(`fused path: only dense layers qualify, this network has ${other?.type}`);
    }
    this.net = net;
    this.dense = net.layers as readonly Dense[];
  }

  /** Training forward pass on X (features × m): every layer's Z and H; returns P. */
  forward(X: Matrix): Matrix {
    let H = X;
    for (let l = 0; l < this.dense.length; l++) H = this.dense[l].forward(H, true);
    return H;
  }

  /** True when every DW and Db of the last backward is finite (what Optimizer.gradientsFinite checks, without the extra pass). */
  gradientsFinite(): boolean {
    return this.nonFinite[0] === 0;
  }

  /** Backward pass after forward against targets Y: every layer's DZ, DW and Db (mutates them). */
  backward(Y: Matrix): void {
    const net = this.net;
    const L = this.dense.length - 1;
    const last = this.dense[L];
    const P = last.H;
    if (Y.rows !== P.rows || Y.cols !== P.cols) {
      throw new Error(`backward: targets Y are ${Y.shape} but the output P is ${P.shape}`);
    }
    // DZ^L exactly as Network.backward starts it.
    if (net.fused) {
      fusedDZ(P, Y, last.DZ);
    } else {
      net.loss.dP(P, Y, net.dP);
      last.dH = net.dP;
      last.DZ.resizeCols(Y.cols);
      if (last.activation === 'softmax') softmaxBackward(P, net.dP, last.DZ);
      else last.activation.dfAll(last.Z.data, P.data, net.dP.data, last.DZ.data, P.rows * Y.cols);
    }
    this.nonFinite[0] = 0;
    for (let l = L; l >= 0; l--)
      backLayer(this.dense[l], l > 0 ? this.dense[l - 1] : null, this.nonFinite);
  }
}

/**
 * One layer's DW = (1/m) DZ·Xᵀ and Db = (1/m) ΣDZ and, when a layer lies below,
 * its dH = Wᵀ·DZ and DZ = dH ⊙ g'(Z), in one sweep over DZ. A pass over the
 * batch takes four units and two inputs (or one unit and four inputs), so each
 * loaded entry serves several products. Each DW sum runs over the examples from
 * 0 and each dH entry adds unit after unit from 0, as matmul does: the same numbers.
 */
function backLayer(layer: Dense, below: Dense | null, nonFinite: Float64Array): void {
  const m = layer.DZ.cols;
  const nOut = layer.nOut;
  const dH = layer.dHprev;
  if (below) dH.resizeCols(m);
  const dh = below ? dH.data : null;
  let i = 0;
  for (; i + 3 < nOut; i += 4) fourUnits(layer, i, dh, nonFinite);
  for (; i < nOut; i++) oneUnit(layer, i, dh, nonFinite);
  if (!below) return;
  below.dH = dH;
  below.DZ.resizeCols(m);
  const g = below.activation;
  if (g === 'softmax') softmaxBackward(below.H, dH, below.DZ);
  else g.dfAll(below.Z.data, below.H.data, dH.data, below.DZ.data, layer.nIn * m);
}

/**
 * Units i … i+3 of backLayer; dh is null for the first layer, whose dH nothing
 * uses. Adds s·0 of each gradient sum to nonFinite[0] (NaN once one is not finite).
 */
function fourUnits(
  layer: Dense,
  i: number,
  dh: Float64Array | null,
  nonFinite: Float64Array,
): void {
  const m = layer.DZ.cols;
  const nIn = layer.nIn;
  const w = layer.W.data;
  const dz = layer.DZ.data;
  const x = layer.X.data;
  const dw = layer.DW.data;
  const db = layer.Db.data;
  const r0 = i * m;
  const r1 = r0 + m;
  const r2 = r1 + m;
  const r3 = r2 + m;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  for (let j = 0; j < m; j++) {
    b0 += dz[r0 + j];
    b1 += dz[r1 + j];
    b2 += dz[r2 + j];
    b3 += dz[r3 + j];
  }
  db[i] = b0 / m;
  db[i + 1] = b1 / m;
  db[i + 2] = b2 / m;
  db[i + 3] = b3 / m;
  let bad = b0 * 0 + b1 * 0 + b2 * 0 + b3 * 0;
  // Two inputs k, k1 per pass (k1 = k for an odd last input: computed twice,
  // the same both times), so each pass runs eight sums side by side.
  for (let k = 0; k < nIn; k += 2) {
    const k1 = k + 1 < nIn ? k + 1 : k;
    const xa = k * m;
    const xb = k1 * m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    if (dh) {
      const a0 = w[i * nIn + k];
      const a1 = w[(i + 1) * nIn + k];
      const a2 = w[(i + 2) * nIn + k];
      const a3 = w[(i + 3) * nIn + k];
      const c0 = w[i * nIn + k1];
      const c1 = w[(i + 1) * nIn + k1];
      const c2 = w[(i + 2) * nIn + k1];
      const c3 = w[(i + 3) * nIn + k1];
      for (let j = 0; j < m; j++) {
        const d0 = dz[r0 + j];
        const d1 = dz[r1 + j];
        const d2 = dz[r2 + j];
        const d3 = dz[r3 + j];
        const p = x[xa + j];
        const q = x[xb + j];
        s0 += d0 * p;
        s1 += d1 * p;
        s2 += d2 * p;
        s3 += d3 * p;
        t0 += d0 * q;
        t1 += d1 * q;
        t2 += d2 * q;
        t3 += d3 * q;
        // The first units start from 0, as matmul's zero-filled result does (0 + −0 is +0).
        const ha = i === 0 ? 0 : dh[xa + j];
        const hb = i === 0 ? 0 : dh[xb + j];
        dh[xa + j] = ha + a0 * d0 + a1 * d1 + a2 * d2 + a3 * d3;
        dh[xb + j] = hb + c0 * d0 + c1 * d1 + c2 * d2 + c3 * d3;
      }
    } else {
      for (let j = 0; j < m; j++) {
        const d0 = dz[r0 + j];
        const d1 = dz[r1 + j];
        const d2 = dz[r2 + j];
        const d3 = dz[r3 + j];
        const p = x[xa + j];
        const q = x[xb + j];
        s0 += d0 * p;
        s1 += d1 * p;
        s2 += d2 * p;
        s3 += d3 * p;
        t0 += d0 * q;
        t1 += d1 * q;
        t2 += d2 * q;
        t3 += d3 * q;
      }
    }
    dw[i * nIn + k] = s0 / m;
    dw[(i + 1) * nIn + k] = s1 / m;
    dw[(i + 2) * nIn + k] = s2 / m;
    dw[(i + 3) * nIn + k] = s3 / m;
    dw[i * nIn + k1] = t0 / m;
    dw[(i + 1) * nIn + k1] = t1 / m;
    dw[(i + 2) * nIn + k1] = t2 / m;
    dw[(i + 3) * nIn + k1] = t3 / m;
    bad += s0 * 0 + s1 * 0 + s2 * 0 + s3 * 0 + (t0 * 0 + t1 * 0 + t2 * 0 + t3 * 0);
  }
  nonFinite[0] += bad;
}

/** Unit i of backLayer, for the units left over after groups of four (arguments as fourUnits'). */
function oneUnit(layer: Dense, i: number, dh: Float64Array | null, nonFinite: Float64Array): void {
  const m = layer.DZ.cols;
  const nIn = layer.nIn;
  const w = layer.W.data;
  const dz = layer.DZ.data;
  const x = layer.X.data;
  const dw = layer.DW.data;
  const r0 = i * m;
  const wi = i * nIn;
  let b0 = 0;
  for (let j = 0; j < m; j++) b0 += dz[r0 + j];
  layer.Db.data[i] = b0 / m;
  let bad = b0 * 0;
  // Four inputs per pass here, so that each DZ entry still serves several products.
  let k = 0;
  for (; k + 3 < nIn; k += 4) {
    const x0 = k * m;
    const x1 = x0 + m;
    const x2 = x1 + m;
    const x3 = x2 + m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const w0 = w[wi + k];
    const w1 = w[wi + k + 1];
    const w2 = w[wi + k + 2];
    const w3 = w[wi + k + 3];
    for (let j = 0; j < m; j++) {
      const d = dz[r0 + j];
      s0 += d * x[x0 + j];
      s1 += d * x[x1 + j];
      s2 += d * x[x2 + j];
      s3 += d * x[x3 + j];
      if (dh) {
        dh[x0 + j] = (i === 0 ? 0 : dh[x0 + j]) + w0 * d;
        dh[x1 + j] = (i === 0 ? 0 : dh[x1 + j]) + w1 * d;
        dh[x2 + j] = (i === 0 ? 0 : dh[x2 + j]) + w2 * d;
        dh[x3 + j] = (i === 0 ? 0 : dh[x3 + j]) + w3 * d;
      }
    }
    dw[wi + k] = s0 / m;
    dw[wi + k + 1] = s1 / m;
    dw[wi + k + 2] = s2 / m;
    dw[wi + k + 3] = s3 / m;
    bad += s0 * 0 + s1 * 0 + s2 * 0 + s3 * 0;
  }
  for (; k < nIn; k++) {
    const xk = k * m;
    const w0 = w[wi + k];
    let s0 = 0;
    for (let j = 0; j < m; j++) {
      const d = dz[r0 + j];
      s0 += d * x[xk + j];
      if (dh) dh[xk + j] = (i === 0 ? 0 : dh[xk + j]) + w0 * d;
    }
    dw[wi + k] = s0 / m;
    bad += s0 * 0;
  }
  nonFinite[0] += bad;
}
