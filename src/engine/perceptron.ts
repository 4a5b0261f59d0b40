import type { Matrix } from './matrix.ts';
import { step } from './activations.ts';
import { checkLearningRate } from './optimizer.ts';

/** A single perceptron: y = step(w·x + b), with the lecture's unit step (0.5 at exactly 0). */
export interface Perceptron {
  w: Float64Array;
  b: number;
  alpha: number;
}

/** A perceptron with n inputs, weights and bias starting at 0. */
export function createPerceptron(n: number, alpha = 1): Perceptron {
  checkLearningRate(alpha);
  return { w: new Float64Array(n), b: 0, alpha };
}

/** The perceptron's output for column j of X (features × m). */
export function perceptronOutput(p: Perceptron, X: Matrix, j: number): number {
  let z = p.b;
  for (let i = 0; i < p.w.length; i++) z += p.w[i] * X.get(i, j);
  return step.f(z);
}

/** What one epoch did. */
export interface PerceptronEpoch {
  /** Examples misclassified when they were visited (a point exactly on the line counts, its output being 0.5). */
  errors: number;
  w: number[];
  b: number;
}

/**
 * One pass over the examples in column order with the perceptron rule
 * w ← w + α(y − ŷ)x, b ← b + α(y − ŷ) (mutates p). Call it repeatedly to step epoch by epoch.
 */
export function perceptronEpoch(p: Perceptron, X: Matrix, y: ArrayLike<number>): PerceptronEpoch {
  if (X.rows !== p.w.length || y.length !== X.cols) {
    throw new Error(
      `perceptron: expected X of ${p.w.length}×m and m labels, got X ${X.shape} and ${y.length} labels`,
    );
  }
  let errors = 0;
  for (let j = 0; j < X.cols; j++) {
    const delta = y[j] - perceptronOutput(p, X, j);
    if (delta === 0) continue;
    errors++;
    for (let i = 0; i < p.w.length; i++) p.w[i] += p.alpha * delta * X.get(i, j);
    p.b += p.alpha * delta;
  }
  return { errors, w: Array.from(p.w), b: p.b };
}

/** The outcome of running the rule to convergence or to the epoch limit. */
export interface PerceptronReport {
  converged: boolean;
  epochs: number;
  /** Why it stopped, in words. */
  reason: string;
  history: PerceptronEpoch[];
}

/**
 * Runs epochs until one makes no error (converged), the weights return to a
 * state already seen at the end of an earlier epoch (the rule is cycling and can
 * never converge), or maxEpochs pass. Mutates p.
 */
export function trainPerceptron(
  p: Perceptron,
  X: Matrix,
  y: ArrayLike<number>,
  maxEpochs = 100,
): PerceptronReport {
  const history: PerceptronEpoch[] = [];
  const seen = new Map<string, number>();
  for (let e = 1; e <= maxEpochs; e++) {
    const epoch = perceptronEpoch(p, X, y);
    history.push(epoch);
    if (epoch.errors === 0) {
      return {
        converged: true,
        epochs: e,
        reason: `converged: epoch ${e} classified every example correctly`,
        history,
      };
    }
    const key = `${epoch.w.join(',')};${epoch.b}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return {
        converged: false,
        epochs: e,
        reason:
          `did not converge: the weights after epoch ${e} equal those after epoch ${earlier}, so the rule repeats ` +
          `forever, misclassifying ${epoch.errors} example(s) every round; no straight line separates the classes ` +
          `(they are not linearly separable, as with XOR)`,
        history,
      };
    }
    seen.set(key, e);
  }
  const last = history[history.length - 1];
  return {
    converged: false,
    epochs: maxEpochs,
    reason: `did not converge within ${maxEpochs} epochs: the last epoch still misclassified ${last.errors} example(s); if no line separates the classes it never will`,
    history,
  };
}
