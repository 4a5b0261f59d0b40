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
 *   forward:  Z^l = W^l·H^(l-1) + b^l, H^l = g(Z^l)
 *   backward: DW^l = (1/m) DZ^l·H^(l-1)ᵀ, Db^l = (1/m) ΣDZ^l, DZ^(l-1) = ((W^l)ᵀ·DZ^l) ⊙ g'(Z^(l-1))
 * It fills the same buffers as the layer-by-layer path (Z, H, DZ, DW, Db of
 * every layer) with the same numbers, bit for bit: every sum adds its terms in
 * the order the layers add them. What it saves: the generic matmul and its
 * zero-fill, separate passes for ×1/m and the bias mean, one activation call
 * per unit, and dH^0 (the first layer's dHprev), which nothing uses in
 * training; step-by-step views use the layer-by-layer path, which fills it.
 */
export class FusedDense {
  readonly net: Network;
  private readonly dense: readonly Dense[];

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
    for (let l = L; l >= 0; l--) backLayer(this.dense[l], l > 0 ? this.dense[l - 1] : null);
  }
}

/**
 * One layer's DW = (1/m) DZ·Xᵀ and Db = (1/m) ΣDZ and, when a layer lies below,
 * its dH = Wᵀ·DZ and DZ = dH ⊙ g'(Z), in one sweep over DZ. A pass over the
 * batch takes four units (then single units) and one input k, so each loaded
 * entry serves several products. Each DW sum runs over the examples from 0 and
 * each dH entry adds unit after unit from 0, as matmul does: the same numbers.
 */
export function backLayer(layer: Dense, below: Dense | null): void {
  const m = layer.DZ.cols;
  const nOut = layer.nOut;
  const dH = layer.dHprev;
  if (below) dH.resizeCols(m);
  const dh = below ? dH.data : null;
  let i = 0;
  for (; i + 3 < nOut; i += 4) fourUnits(layer, i, dh);
  for (; i < nOut; i++) oneUnit(layer, i, dh);
  if (!below) return;
  below.dH = dH;
  below.DZ.resizeCols(m);
  const g = below.activation;
  if (g === 'softmax') softmaxBackward(below.H, dH, below.DZ);
  else g.dfAll(below.Z.data, below.H.data, dh!, below.DZ.data, layer.nIn * m);
}

/**
 * Units i … i+3 of backLayer; dh is null for the first layer, whose dH nothing uses.
 */
function fourUnits(layer: Dense, i: number, dh: Float64Array | null): void {
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
  for (let k = 0; k < nIn; k++) {
    const xk = k * m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    if (dh) {
      const w0 = w[i * nIn + k];
      const w1 = w[(i + 1) * nIn + k];
      const w2 = w[(i + 2) * nIn + k];
      const w3 = w[(i + 3) * nIn + k];
      for (let j = 0; j < m; j++) {
        const d0 = dz[r0 + j];
        const d1 = dz[r1 + j];
        const d2 = dz[r2 + j];
        const d3 = dz[r3 + j];
        const xkj = x[xk + j];
        s0 += d0 * xkj;
        s1 += d1 * xkj;
        s2 += d2 * xkj;
        s3 += d3 * xkj;
        // The first units start from 0, as matmul's zero-filled result does (0 + −0 is +0).
        dh[xk + j] = (i === 0 ? 0 : dh[xk + j]) + w0 * d0 + w1 * d1 + w2 * d2 + w3 * d3;
      }
    } else {
      for (let j = 0; j < m; j++) {
        const xkj = x[xk + j];
        s0 += dz[r0 + j] * xkj;
        s1 += dz[r1 + j] * xkj;
        s2 += dz[r2 + j] * xkj;
        s3 += dz[r3 + j] * xkj;
      }
    }
    dw[i * nIn + k] = s0 / m;
    dw[(i + 1) * nIn + k] = s1 / m;
    dw[(i + 2) * nIn + k] = s2 / m;
    dw[(i + 3) * nIn + k] = s3 / m;
  }
}

/** Unit i of backLayer, for the units left over after groups of four (arguments as fourUnits'). */
function oneUnit(layer: Dense, i: number, dh: Float64Array | null): void {
  const m = layer.DZ.cols;
  const nIn = layer.nIn;
  const w = layer.W.data;
  const dz = layer.DZ.data;
  const x = layer.X.data;
  const r0 = i * m;
  let b0 = 0;
  for (let j = 0; j < m; j++) b0 += dz[r0 + j];
  layer.Db.data[i] = b0 / m;
  for (let k = 0; k < nIn; k++) {
    const xk = k * m;
    let s0 = 0;
    if (dh) {
      const w0 = w[i * nIn + k];
      for (let j = 0; j < m; j++) {
        const d0 = dz[r0 + j];
        s0 += d0 * x[xk + j];
        dh[xk + j] = (i === 0 ? 0 : dh[xk + j]) + w0 * d0;
      }
    } else {
      for (let j = 0; j < m; j++) s0 += dz[r0 + j] * x[xk + j];
    }
    layer.DW.data[i * nIn + k] = s0 / m;
  }
}
