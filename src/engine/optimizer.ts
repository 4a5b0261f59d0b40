import type { Param } from './layer.ts';

/** Settings for gradient descent. */
export interface OptimizerOptions {
  /** Learning rate α in W ← W − α·DW. */
  alpha: number;
  /** Momentum μ in [0, 1): v ← μ·v − α·DW, W ← W + v. 0 (the default) is plain gradient descent. */
  momentum?: number;
  /** L2 strength λ ≥ 0: adds λ·W to DW for weights (not biases), the gradient of (λ/2)·ΣW². */
  l2?: number;
  /** L1 strength λ₁ ≥ 0: adds λ₁·sign(W) to DW for weights (not biases), the gradient of λ₁·Σ|W| (0 at W = 0). */
  l1?: number;
}

function checkStrength(name: string, v: number): void {
  if (!(v >= 0 && Number.isFinite(v)))
    throw new Error(`${name} must be a non-negative finite number, got ${v}`);
}

/** Throws a teaching error unless alpha is a non-negative finite number. */
export function checkLearningRate(alpha: number): void {
  if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha < 0) {
    throw new Error(
      `learning rate alpha must be a non-negative finite number, got ${alpha} (a negative α would climb the cost instead of descending it)`,
    );
  }
}

/**
 * Gradient descent with optional momentum and L2, over a fixed list of
 * parameters. Velocity buffers are allocated once, here; `step` allocates nothing.
 */
export class Optimizer {
  /** Learning rate and penalty strengths: changeable between steps with setRates (a live control). */
  alpha: number;
  readonly momentum: number;
  l2: number;
  l1: number;
  private readonly params: readonly Param[];
  private readonly velocity: Float64Array[];

  constructor(params: readonly Param[], options: OptimizerOptions) {
    checkLearningRate(options.alpha);
    const momentum = options.momentum ?? 0;
    const l2 = options.l2 ?? 0;
    const l1 = options.l1 ?? 0;
    if (!(momentum >= 0 && momentum < 1))
      throw new Error(`momentum must be in [0, 1), got ${momentum}`);
    checkStrength('l2', l2);
    checkStrength('l1', l1);
    this.alpha = options.alpha;
    this.momentum = momentum;
    this.l2 = l2;
    this.l1 = l1;
    this.params = params;
    this.velocity = params.map((p) => new Float64Array(p.value.rows * p.value.cols));
  }

  /**
   * Changes the learning rate and penalty strengths for the steps to come,
   * keeping weights and velocities (so a run goes on where it was). Checked
   * like the constructor's options; on a bad value nothing changes.
   */
  setRates(rates: { alpha?: number; l2?: number; l1?: number }): void {
    if (rates.alpha !== undefined) checkLearningRate(rates.alpha);
    if (rates.l2 !== undefined) checkStrength('l2', rates.l2);
    if (rates.l1 !== undefined) checkStrength('l1', rates.l1);
    this.alpha = rates.alpha ?? this.alpha;
    this.l2 = rates.l2 ?? this.l2;
    this.l1 = rates.l1 ?? this.l1;
  }

  /** True when every gradient is finite (checked before any update so a NaN never reaches the weights). */
  gradientsFinite(): boolean {
    for (let q = 0; q < this.params.length; q++) {
      const g = this.params[q].grad;
      const n = g.rows * g.cols;
      for (let k = 0; k < n; k++) if (!Number.isFinite(g.data[k])) return false;
    }
    return true;
  }

  /** One update of every parameter from its gradient (mutates the parameters and velocities). */
  step(): void {
    const { alpha, momentum: mu } = this;
    for (let q = 0; q < this.params.length; q++) {
      const p = this.params[q];
      const w = p.value.data;
      const g = p.grad.data;
      const v = this.velocity[q];
      const lambda = p.decay ? this.l2 : 0;
      const n = p.value.rows * p.value.cols;
      if (p.decay && this.l1 > 0) {
        // L1 adds λ₁·sign(w); kept out of the plain loops so runs without it stay bit-identical.
        const l1 = this.l1;
        for (let k = 0; k < n; k++) {
          const sgn = w[k] > 0 ? 1 : w[k] < 0 ? -1 : 0;
          if (mu === 0) w[k] -= alpha * (g[k] + lambda * w[k] + l1 * sgn);
          else {
            v[k] = mu * v[k] - alpha * (g[k] + lambda * w[k] + l1 * sgn);
            w[k] += v[k];
          }
        }
      } else if (mu === 0) {
        for (let k = 0; k < n; k++) w[k] -= alpha * (g[k] + lambda * w[k]);
      } else {
        for (let k = 0; k < n; k++) {
          v[k] = mu * v[k] - alpha * (g[k] + lambda * w[k]);
          w[k] += v[k];
        }
      }
    }
  }
}
