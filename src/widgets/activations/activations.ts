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

// ---- The explorer's state: which activation, its parameters, and the cursor.

/** The lecture's maxout example, ℓ₁ = z and ℓ₂ = −0.5z − 1, plus a flat third piece. */
export const PIECES: readonly Piece[] = Object.freeze([
  { w: 1, b: 0 },
  { w: -0.5, b: -1 },
  { w: 0, b: -0.5 },
]);

/** The explorer's choice, with k, the number of maxout pieces in use (2 or 3). */
export type ExplorerState = Choice & { k: number };

/** Sigmoid first, leaky slope 0.1, ELU α = 1, the lecture's two maxout pieces. */
export const initialChoice = (): ExplorerState => ({
  name: 'sigmoid',
  slope: 0.1,
  alpha: 1,
  pieces: PIECES.map((p) => ({ ...p })),
  k: 2,
});

/** Maxout piece i's weight or bias set to v. */
export const setPiece = (
  c: ExplorerState,
  i: number,
  key: keyof Piece,
  v: number,
): ExplorerState => ({
  ...c,
  pieces: c.pieces.map((p, j) => (j === i ? { ...p, [key]: v } : p)),
});

/** The choice as the curves need it: only the k pieces in use. */
export const inUse = (c: ExplorerState): Choice => ({ ...c, pieces: c.pieces.slice(0, c.k) });

/** The cursor kept to tenths, the slider's step, so the read-out shows what the slider says. */
export const snapCursor = (z: number): number => Math.round(z * 10) / 10;

/** f(z), f′(z) and (for maxout) the winning piece at one z. */
export function readAt(c: ExplorerState, z: number) {
  const at = curve(inUse(c), [z]);
  return { f: at.f[0], df: at.df[0], winner: at.winner[0] ?? null };
}

// ---- "Stack n layers": the same chain for sigmoid, tanh and ReLU side by side.

/** The activations the stack compares, in the order of its bars. */
export const STACK_UNITS = ['sigmoid', 'tanh', 'relu'] as const;
export type StackUnit = (typeof STACK_UNITS)[number];

/** The stack's settings: layers n, input x, and the weight and bias every layer shares. */
export interface StackState {
  n: number;
  x: number;
  w: number;
  b: number;
}

/** Five layers, as in the lesson's 0.25⁵; w = 1 (the lesson's "neither help nor hurt"), x = 1, b = 0.5. */
export const STACK_START: Readonly<StackState> = Object.freeze({ n: 5, x: 1, w: 1, b: 0.5 });

/** The stack as it starts (also what its Reset returns to). */
export const initialStack = (): StackState => ({ ...STACK_START });

/** The most layers the stack offers. */
export const MAX_LAYERS = 10;

/** One setting of the stack changed; n is kept a whole number from 1 to MAX_LAYERS. */
export const setStack = (s: StackState, key: keyof StackState, v: number): StackState => ({
  ...s,
  [key]: key === 'n' ? Math.min(MAX_LAYERS, Math.max(1, Math.round(v))) : v,
});

/** The smallest gradient the bars tell apart (as a power of ten); anything below sits at the left end. */
export const FLOOR_EXP = -12;

/** Each unit's gradient and bar length (0 to 100 on a log scale), and the scale's ticks. */
export function stackReadout(s: StackState) {
  const results = STACK_UNITS.map((name) => ({ name, ...chainGradient(name, s.n, s.x, s.w, s.b) }));
  const finite = results.every((r) => Number.isFinite(r.gradient));
  const topExp = Math.max(
    0,
    ...results.map((r) => (r.gradient !== 0 ? Math.ceil(Math.log10(Math.abs(r.gradient))) : 0)),
  );
  const width = (g: number) => {
    if (!(g > 0)) return 0;
    const e = Math.min(topExp, Math.max(FLOOR_EXP, Math.log10(g)));
    return ((e - FLOOR_EXP) / (topExp - FLOOR_EXP)) * 100;
  };
  return {
    results: results.map((r) => ({ ...r, width: width(Math.abs(r.gradient)) })),
    finite,
    ticks: [FLOOR_EXP, ...[-8, -4, 0].filter((k) => k > FLOOR_EXP && k < topExp), topExp],
  };
}

/** The activation, leaky slope, ELU α or maxout piece count set (a piece count is 2 or 3). */
export function setOption<K extends 'name' | 'slope' | 'alpha' | 'k'>(
  c: ExplorerState,
  key: K,
  v: ExplorerState[K],
): ExplorerState {
  if (key === 'k') return { ...c, k: Math.min(PIECES.length, Math.max(2, Number(v))) };
  return { ...c, [key]: v };
}
