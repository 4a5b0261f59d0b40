// The 3-4-2 network of the forward-pass widget: built, run and described
// through the engine. Only the display (rounding, text) is done here.
import { Matrix, createNetwork, createRng } from '../../engine/index.ts';
import type { Dense, Network } from '../../engine/index.ts';
import { formatNumber as fmt } from '../shared/number.ts';

/** The hidden activations the reader can choose. */
export type Hidden = 'sigmoid' | 'tanh' | 'relu';

/** Reader-facing names of the hidden activations. */
export const hiddenOptions: readonly { value: Hidden; label: string }[] = [
  { value: 'sigmoid', label: 'sigmoid σ' },
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
];

/** Every number of one forward pass, read from the engine's layers. */
export interface Snapshot {
  x: number[];
  W1: number[][];
  b1: number[];
  Z1: number[];
  H1: number[];
  W2: number[][];
  b2: number[];
  Z2: number[];
  P: number[];
}

const column = (M: Matrix): number[] => Array.from(M.data.subarray(0, M.rows * M.cols));

/**
 * A 3-4-2 network (hidden activation of choice, softmax output) with weights from
 * the engine's Xavier initializer and biases uniform on ±0.5, all drawn from `seed`
 * and rounded to one decimal so they can be read and multiplied by hand.
 */
export function buildNetwork(seed: number, hidden: Hidden): Network {
  const biasInit = { name: 'uniform', limit: 0.5 } as const;
  const net = createNetwork(
    {
      inputs: 3,
      layers: [
        { type: 'dense', units: 4, activation: hidden, biasInit },
        { type: 'dense', units: 2, activation: 'softmax', biasInit },
      ],
      loss: 'cce',
    },
    createRng(seed),
  );
  for (const p of net.params()) {
    const d = p.value.data;
    // + 0 turns a rounded −0 into 0, so no "−0" is ever shown.
    for (let k = 0; k < d.length; k++) d[k] = Math.round(d[k] * 10) / 10 + 0;
  }
  return net;
}

/** Runs the engine's forward pass on one example x and copies out W, b, Z, H of both layers and P. */
export function forwardPass(net: Network, x: readonly number[]): Snapshot {
  net.forward(Matrix.column(x));
  const [l1, l2] = net.layers as readonly Dense[];
  return {
    x: [...x],
    W1: l1.W.toRows(),
    b1: column(l1.b),
    Z1: column(l1.Z),
    H1: column(l1.H),
    W2: l2.W.toRows(),
    b2: column(l2.b),
    Z2: column(l2.Z),
    P: column(l2.H),
  };
}

/** One stop of the walk through the pass: the input, one unit of a layer, or the output softmax. */
export type Step =
  { kind: 'input' } | { kind: 'unit'; layer: 1 | 2; unit: number } | { kind: 'softmax' };

/** The walk: the input, the 4 hidden units one by one, the 2 output units, then the softmax. */
export const steps: readonly Step[] = [
  { kind: 'input' },
  ...[0, 1, 2, 3].map((unit) => ({ kind: 'unit', layer: 1, unit }) as const),
  ...[0, 1].map((unit) => ({ kind: 'unit', layer: 2, unit }) as const),
  { kind: 'softmax' },
];

/** What step `at` has made visible: how many Z¹/H¹ entries, how many Z² entries, and whether P. */
export function revealed(at: number): { hidden: number; logits: number; output: boolean } {
  const clamped = Math.max(0, Math.min(steps.length - 1, at));
  return {
    hidden: Math.min(4, clamped),
    logits: Math.max(0, Math.min(2, clamped - 4)),
    output: clamped >= steps.length - 1,
  };
}

const SUP = ['⁰', '¹', '²'];
const SUB = ['₀', '₁', '₂', '₃', '₄', '₅'];

/** A unit's name as the lecture writes it, e.g. z¹₂ (layer 1, unit 2; `unit` counts from 0). */
export const unitName = (letter: string, layer: number, unit: number): string =>
  `${letter}${SUP[layer]}${SUB[unit + 1]}`;

const term = (v: number): string => (v < 0 || Object.is(v, -0) ? `(${fmt(v)})` : fmt(v));

/** How each hidden activation is written in a formula. */
export const activationSymbol: Record<Hidden, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
};

/**
 * The dot product of one unit written out with the actual numbers, e.g.
 * "z¹₂ = 0.5·1 + (−0.3)·0.2 + 0.8·(−1) + 0.1 = −0.26"; the result is the engine's Z.
 */
export function dotProductText(s: Snapshot, layer: 1 | 2, unit: number): string {
  const W = layer === 1 ? s.W1 : s.W2;
  const a = layer === 1 ? s.x : s.H1;
  const b = layer === 1 ? s.b1 : s.b2;
  const z = layer === 1 ? s.Z1 : s.Z2;
  const products = W[unit].map((w, k) => `${term(w)}·${term(a[k])}`).join(' + ');
  return `${unitName('z', layer, unit)} = ${products} + ${term(b[unit])} = ${fmt(z[unit])}`;
}

/** The activation of one hidden unit written out, e.g. "h¹₂ = σ(−0.26) = 0.4354". */
export function activationText(s: Snapshot, unit: number, hidden: Hidden): string {
  return `${unitName('h', 1, unit)} = ${activationSymbol[hidden]}(${fmt(s.Z1[unit])}) = ${fmt(s.H1[unit])}`;
}

/** The output step written out: P = softmax(Z²) with both probabilities. */
export function softmaxText(s: Snapshot): string {
  const [z1, z2] = s.Z2;
  return `P = softmax(Z²) = (e^${term(z1)}, e^${term(z2)}) / (e^${term(z1)} + e^${term(z2)}) = (${fmt(s.P[0])}, ${fmt(s.P[1])})`;
}

// ---- The widget's state: seed, hidden activation, input, and how far the walk has gone.

/** What the reader has set, and the step of the walk on show. */
export interface ForwardPassState {
  seed: number;
  hidden: Hidden;
  x: number[];
  /** Index into `steps`. */
  at: number;
}

/**
 * Seed 5 and sigmoid hidden units; the input starts with the lesson's worked
 * x = (1.0, 0.5) and a third input −1 for the 3-4-2 network.
 */
export const START: Readonly<ForwardPassState> = Object.freeze({
  seed: 5,
  hidden: 'sigmoid',
  x: [1, 0.5, -1],
  at: 0,
});

/** The walk's last step (the softmax). */
export const LAST_STEP = steps.length - 1;

/** The starting state (also what Reset returns to). */
export const initial = (): ForwardPassState => ({ ...START, x: [...START.x] });

/** Input k set to v; the walk stays where it is, so every number shown follows. */
export const setInput = (s: ForwardPassState, k: number, v: number): ForwardPassState => ({
  ...s,
  x: s.x.map((old, i) => (i === k ? v : old)),
});

/** Another seed (a whole number), so another network. */
export const setSeed = (s: ForwardPassState, seed: number): ForwardPassState => ({
  ...s,
  seed: Math.round(seed),
});

/** Another hidden activation. */
export const setHidden = (s: ForwardPassState, hidden: Hidden): ForwardPassState => ({
  ...s,
  hidden,
});

/** The walk moved to step `to`, kept within the first and the last step. */
export const goTo = (s: ForwardPassState, to: number): ForwardPassState => ({
  ...s,
  at: Math.max(0, Math.min(LAST_STEP, to)),
});
