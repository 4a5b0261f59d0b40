// The activation explorer's logic, all of its maths on the engine: f and f′
// sampled over z, maxout through the engine's Maxout layer, and the gradient
// that backprop sends down a chain of one-unit Dense layers.
import { Dense, Matrix, Maxout, activationNames, getActivation } from '../../engine/index.ts';

/** One linear piece w·z + b of a maxout unit. */
export interface Piece {
  w: number;
  b: number;
}

/** Which activation, with its parameters. */
export interface Choice {
  name: string;
  /** Leaky ReLU's slope for z < 0. */
  slope: number;
  /** ELU's α. */
  alpha: number;
  /** Maxout's pieces (2 or 3 used). */
  pieces: Piece[];
}

/** Every activation of the lecture, maxout last. */
export const explorerNames: readonly string[] = [...activationNames, 'maxout'];

/** The values over zs: f(z), f′(z), and for maxout each piece and which one won. */
export interface Curve {
  f: number[];
  df: number[];
  pieces: number[][];
  winner: number[];
}

function maxoutCurve(pieces: Piece[], zs: readonly number[]): Curve {
  const k = pieces.length;
  const m = zs.length;
  const unit = new Maxout(1, 1, k);
  pieces.forEach((p, i) => {
    unit.W.set(i, 0, p.w);
    unit.b.set(i, 0, p.b);
  });
  const H = unit.forward(new Matrix(1, m, Float64Array.from(zs)), false);
  // Backward with dH = 1 gives dHprev = Wᵀ·DZ = ∂h/∂z per example: the winning piece's slope.
  const dz = unit.backward(new Matrix(1, m, new Float64Array(m).fill(1)));
  return {
    f: Array.from(H.data.subarray(0, m)),
    df: Array.from(dz.data.subarray(0, m)),
    pieces: pieces.map((_, i) => Array.from(unit.Z.row(i))),
    winner: Array.from(unit.winner.subarray(0, m)),
  };
}

/** f and f′ of the chosen activation at each z. */
export function curve(c: Choice, zs: readonly number[]): Curve {
  if (c.name === 'maxout') return maxoutCurve(c.pieces, zs);
  const act = getActivation({ name: c.name, slope: c.slope, alpha: c.alpha });
  const f = zs.map((z) => act.f(z));
  return { f, df: zs.map((z, i) => act.df(z, f[i])), pieces: [], winner: [] };
}

/** n + 1 evenly spaced values from lo to hi. */
export function grid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
}

/** A y range that holds every finite value with a little room, and always 0 to 1. */
export function yRange(series: readonly (readonly number[])[]): [number, number] {
  let lo = 0;
  let hi = 1;
  for (const s of series)
    for (const v of s) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const pad = 0.08 * (hi - lo);
  return [lo - pad, hi + pad];
}

/** The gradient chain: n one-unit layers h = g(w·h_prev + b), the first fed x. */
export interface Chain {
  /** ∂h_n/∂x, the product of the n factors w·g′(z) that backprop multiplies. */
  gradient: number;
  /** The pre-activations z of the layers, first to last. */
  zs: number[];
}

/** Forwards x through n Dense(1, 1, g) layers with weight w and bias b, then backpropagates 1 from the top. */
export function chainGradient(name: string, n: number, x: number, w: number, b: number): Chain {
  const act = getActivation(name);
  const layers = Array.from({ length: n }, () => {
    const layer = new Dense(1, 1, act);
    layer.W.set(0, 0, w);
    layer.b.set(0, 0, b);
    return layer;
  });
  let H = new Matrix(1, 1, Float64Array.of(x));
  for (const layer of layers) H = layer.forward(H, false);
  let dH = new Matrix(1, 1, Float64Array.of(1));
  for (let l = n - 1; l >= 0; l--) dH = layers[l].backward(dH);
  return { gradient: dH.get(0, 0), zs: layers.map((layer) => layer.Z.get(0, 0)) };
}
