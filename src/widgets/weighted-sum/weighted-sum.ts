// The weighted-sum calculator's model: one unit y = f(Σ wᵢxᵢ + b) with one to
// four inputs, its actions and its forward pass on the engine.
import { Matrix, activationNames, addBias, getActivation, matmul } from '../../engine/index.ts';
import { formatSum } from '../shared/number.ts';

/** The activations the calculator offers, by engine name. */
export const ACTIVATIONS: readonly string[] = activationNames;

/** The calculator's inputs, weights, bias and activation name. */
export interface WeightedSumModel {
  x: number[];
  w: number[];
  b: number;
  activation: string;
}

/** The most inputs the calculator offers. */
export const MAX_INPUTS = 4;

/** The lesson's AND unit: x = (1, 1), w = (1, 1), b = −1.5 and the unit step (z = 0.5, so y = 1). */
export const START: Readonly<WeightedSumModel> = Object.freeze({
  x: [1, 1],
  w: [1, 1],
  b: -1.5,
  activation: 'step',
});

/** The starting state (also what Reset returns to). */
export const initial = (): WeightedSumModel => ({ ...START, x: [...START.x], w: [...START.w] });

/** Input i set to v. */
export const setInput = (s: WeightedSumModel, i: number, v: number): WeightedSumModel => ({
  ...s,
  x: s.x.map((old, j) => (j === i ? v : old)),
});

/** Weight i set to v. */
export const setWeight = (s: WeightedSumModel, i: number, v: number): WeightedSumModel => ({
  ...s,
  w: s.w.map((old, j) => (j === i ? v : old)),
});

/** The bias set to b. */
export const setBias = (s: WeightedSumModel, b: number): WeightedSumModel => ({ ...s, b });

/** The activation set by name (one of the engine's activation names). */
export const setActivation = (s: WeightedSumModel, activation: string): WeightedSumModel => ({
  ...s,
  activation,
});

/** One more input, with x = 0 and w = 0 so the sum does not change; no-op at MAX_INPUTS. */
export const addInput = (s: WeightedSumModel): WeightedSumModel =>
  s.x.length >= MAX_INPUTS ? s : { ...s, x: [...s.x, 0], w: [...s.w, 0] };

/** The last input removed; no-op when only one is left. */
export const removeInput = (s: WeightedSumModel): WeightedSumModel =>
  s.x.length <= 1 ? s : { ...s, x: s.x.slice(0, -1), w: s.w.slice(0, -1) };

/** The labels of input i's two fields (x and its weight), as the page shows them. */
export const inputLabels = (i: number) => ({ x: `x${i + 1}`, w: `weight w${i + 1}` });

/** The label of the bias field. */
export const BIAS_LABEL = 'bias b';

/** Every field label of the state, in page order (x1, weight w1, …, bias b). */
export const fieldLabels = (s: WeightedSumModel): string[] => [
  ...s.x.flatMap((_, i) => Object.values(inputLabels(i))),
  BIAS_LABEL,
];

/** One unit's forward pass on the engine: Z = W·X + b (1×n times n×1), H = f(Z), and each product wᵢxᵢ. */
export function forward({ x, w, b, activation }: WeightedSumModel) {
  const n = x.length;
  const W = new Matrix(1, n, Float64Array.from(w));
  const X = new Matrix(n, 1, Float64Array.from(x));
  const Z = addBias(matmul(W, X, new Matrix(1, 1)), new Matrix(1, 1, Float64Array.of(b)));
  const z = Z.get(0, 0);
  return { k: w.map((wi, i) => wi * x[i]), z, y: getActivation(activation).f(z) };
}

/** The working as the lesson writes it: "1 − 1 + 0.75 + 0.5" (each product, then the bias). */
export const sumWorking = (s: WeightedSumModel): string => formatSum([...forward(s).k, s.b]);
