// The softmax explorer's numbers, all from the engine: softmax, cross-entropy
// and squared error against a one-hot label. Only rounding for display is here.
import { Matrix, cce, mse, oneHot, softmaxColumns } from '../../engine/index.ts';

/** P = softmax(z) for one column of logits (the engine's max-shifted softmax). */
export function probabilities(z: readonly number[]): number[] {
  const Z = Matrix.column(z);
  return Array.from(softmaxColumns(Z, new Matrix(z.length, 1)).data);
}

/** Cross-entropy −log S_true and squared error Σ(S − L)² of softmax(z) against the one-hot label L. */
export function lossesAt(z: readonly number[], trueClass: number): { ce: number; mse: number } {
  const P = softmaxColumns(Matrix.column(z), new Matrix(z.length, 1));
  const Y = oneHot([trueClass], z.length);
  return { ce: cce.loss(P, Y, 0), mse: mse.loss(P, Y, 0) };
}

/** A probability as a percentage to 0.1, e.g. 0.659 → "65.9%". */
export const percentText = (p: number): string => `${(Math.round(p * 1000) / 10).toFixed(1)}%`;

/** The sum of the probabilities as a percentage, with a note when the rounded values shown add up to something else. */
export function sumText(P: readonly number[]): { sum: string; note: string | null } {
  const sum = percentText(P.reduce((a, b) => a + b, 0));
  const shown = P.reduce((a, p) => a + Math.round(p * 1000), 0);
  return {
    sum,
    note:
      shown === 1000
        ? null
        : `each is rounded to 0.1%, so the values shown add up to ${(shown / 10).toFixed(1)}%`,
  };
}

/**
 * Cross-entropy and squared error as curves over p, the probability of the true class,
 * from pMin to 1 with the rest of the probability shared evenly by the other k − 1 classes
 * (which gives the smallest squared error for that p). One column per p, through the engine's losses.
 */
export function lossCurves(
  k: number,
  n = 120,
  pMin = 0.01,
): { p: number[]; ce: number[]; mse: number[] } {
  const P = new Matrix(k, n);
  const p: number[] = [];
  for (let j = 0; j < n; j++) {
    const pj = pMin + ((1 - pMin) * j) / (n - 1);
    p.push(pj);
    for (let i = 0; i < k; i++) P.set(i, j, i === 0 ? pj : (1 - pj) / (k - 1));
  }
  const Y = oneHot(new Array<number>(n).fill(0), k);
  return {
    p,
    ce: p.map((_, j) => cce.loss(P, Y, j)),
    mse: p.map((_, j) => mse.loss(P, Y, j)),
  };
}

// ---- The explorer's state: the logits and (in loss mode) the true class.

/** The logits z and the true class (counted from 0). */
export interface SoftmaxState {
  z: number[];
  trueClass: number;
}

/** The lessons' worked example: logits (2, 1, 0.1), true class 1 (index 0). */
export const START: Readonly<SoftmaxState> = Object.freeze({ z: [2, 1, 0.1], trueClass: 0 });

/** The class counts offered, and the range of a logit slider. */
export const CLASS_COUNTS = [3, 4] as const;
export const LOGIT_LIMIT = 5;

/** The starting state (also what Reset returns to). */
export const initial = (): SoftmaxState => ({ ...START, z: [...START.z] });

/** Logit i set to v, kept within ±LOGIT_LIMIT. */
export const setLogit = (s: SoftmaxState, i: number, v: number): SoftmaxState => ({
  ...s,
  z: s.z.map((old, j) => (j === i ? Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, v)) : old)),
});

/** k classes: a new class gets logit 0, a removed one takes the true class with it to the last one left. */
export function setClassCount(s: SoftmaxState, k: number): SoftmaxState {
  const z =
    k > s.z.length ? [...s.z, ...new Array<number>(k - s.z.length).fill(0)] : s.z.slice(0, k);
  return { z, trueClass: Math.min(s.trueClass, k - 1) };
}

/** Class c (from 0) made the true class. */
export const setTrueClass = (s: SoftmaxState, c: number): SoftmaxState => ({
  ...s,
  trueClass: Math.max(0, Math.min(s.z.length - 1, c)),
});
