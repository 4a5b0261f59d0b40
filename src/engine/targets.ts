import { Matrix } from './matrix.ts';

/** One-hot targets Y (k × N): Y[c, j] = 1 when labels[j] = c. */
export function oneHot(labels: ArrayLike<number>, k: number): Matrix {
  const Y = new Matrix(k, labels.length);
  for (let j = 0; j < labels.length; j++) {
    const c = labels[j];
    if (!(Number.isInteger(c) && c >= 0 && c < k))
      throw new Error(`oneHot: label ${c} at ${j} is not in 0…${k - 1}`);
    Y.set(c, j, 1);
  }
  return Y;
}

/** Targets for one output unit (1 × N): `low` for label 0, `high` otherwise (use −1, 1 with a tanh output). */
export function binaryTargets(labels: ArrayLike<number>, low = 0, high = 1): Matrix {
  const Y = new Matrix(1, labels.length);
  for (let j = 0; j < labels.length; j++) Y.data[j] = labels[j] === 0 ? low : high;
  return Y;
}

/** The predicted class of column j: with one output, 1 when above threshold; otherwise the largest output. */
export function predictedClass(P: Matrix, j: number, threshold = 0.5): number {
  if (P.rows === 1) return P.get(0, j) > threshold ? 1 : 0;
  let best = 0;
  for (let i = 1; i < P.rows; i++) if (P.get(i, j) > P.get(best, j)) best = i;
  return best;
}

/** The fraction of columns of P whose predicted class equals the label. */
export function accuracy(P: Matrix, labels: ArrayLike<number>, threshold = 0.5): number {
  if (labels.length !== P.cols)
    throw new Error(`accuracy: ${P.cols} predictions but ${labels.length} labels`);
  let right = 0;
  for (let j = 0; j < P.cols; j++) if (predictedClass(P, j, threshold) === labels[j]) right++;
  return right / P.cols;
}
