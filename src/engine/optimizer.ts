import type { Param } from './layer.ts';

/** Settings for gradient descent. */
export interface OptimizerOptions {
  /** Learning rate α in W ← W − α·DW. */
  alpha: number;
  /** Momentum μ in [0, 1): v ← μ·v − α·DW, W ← W + v. 0 (the default) is plain gradient descent. */
  momentum?: number;
  /** L2 strength λ ≥ 0: adds λ·W to DW for weights (not biases), the gradient of (λ/2)·ΣW². */
  l2?: number;
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
  readonly alpha: number;
  readonly momentum: number;
  readonly l2: number;
  private readonly params: readonly Param[];
  private readonly velocity: Float64Array[];

  constructor(params: readonly Param[], options: OptimizerOptions) {
    checkLearningRate(options.alpha);
    const momentum = options.momentum ?? 0;
    const l2 = options.l2 ?? 0;
    if (!(momentum >= 0 && momentum < 1))
      throw new Error(`momentum must be in [0, 1), got ${momentum}`);
    if (!(l2 >= 0 && Number.isFinite(l2)))
      throw new Error(`l2 must be a non-negative finite number, got ${l2}`);
    this.alpha = options.alpha;
    this.momentum = momentum;
    this.l2 = l2;
    this.params = params;
    this.velocity = params.map((p) => new Float64Array(p.value.rows * p.value.cols));
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
      if (mu === 0) {
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
