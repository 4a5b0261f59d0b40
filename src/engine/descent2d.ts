import type { Surface } from './surfaces.ts';
import { checkLearningRate } from './optimizer.ts';

/** Settings for gradient descent on a 2-D surface. */
export interface DescentOptions {
  alpha: number;
  /** Momentum μ in [0, 1) (default 0). */
  momentum?: number;
  start?: readonly [number, number];
  /** An iteration "improves" only if it lowers the best value by more than tol (default 1e-8). */
  tol?: number;
  /** Stop after this many iterations in a row without improvement (default 10, as the lecture suggests). */
  patience?: number;
  maxIterations?: number;
  /** Leaving |x| or |y| ≤ bound, or a non-finite value, counts as diverging (default 1e6). */
  bound?: number;
}

/**
 * Why a run stopped, as data (the words live with the UI): each kind carries
 * the numbers a sentence about it needs. `iteration` is the iteration it stopped at.
 */
export type DescentStop =
  | { kind: 'left-region'; iteration: number; bound: number; x: number; y: number; value: number }
  | { kind: 'not-finite'; iteration: number; value: number }
  | {
      kind: 'rose';
      iteration: number;
      patience: number;
      from: number;
      to: number;
      x: number;
      y: number;
    }
  | { kind: 'converged'; iteration: number; patience: number; tol: number; value: number }
  | { kind: 'limit'; iteration: number; value: number };

/** One recorded point of the path. */
export interface PathPoint {
  x: number;
  y: number;
  value: number;
}

/**
 * Gradient descent on a surface, one iteration per `step()`, with the path
 * recorded and the lecture's stopping rule: converged when the value has not
 * improved by more than tol for `patience` iterations in a row.
 */
export class Descent {
  readonly surface: Surface;
  readonly alpha: number;
  readonly momentum: number;
  readonly tol: number;
  readonly patience: number;
  readonly maxIterations: number;
  readonly bound: number;
  x: number;
  y: number;
  value: number;
  /** The last gradient (gx, gy). */
  readonly gradient = new Float64Array(2);
  readonly path: PathPoint[];
  iterations = 0;
  best: number;
  /** Iterations in a row without improvement beyond tol. */
  stale = 0;
  status: 'running' | 'converged' | 'diverged' | 'max-iterations' = 'running';
  reason = '';
  /** Why the run stopped, with its numbers; null while running. */
  stop: DescentStop | null = null;
  private vx = 0;
  private vy = 0;

  constructor(surface: Surface, options: DescentOptions) {
    checkLearningRate(options.alpha);
    this.surface = surface;
    this.alpha = options.alpha;
    this.momentum = options.momentum ?? 0;
    if (!(this.momentum >= 0 && this.momentum < 1))
      throw new Error(`momentum must be in [0, 1), got ${this.momentum}`);
    this.tol = options.tol ?? 1e-8;
    this.patience = options.patience ?? 10;
    this.maxIterations = options.maxIterations ?? 10000;
    this.bound = options.bound ?? 1e6;
    [this.x, this.y] = options.start ?? surface.start;
    this.value = surface.f(this.x, this.y);
    this.best = this.value;
    this.path = [{ x: this.x, y: this.y, value: this.value }];
  }

  /** One iteration (mutates this). Returns false once stopped. */
  step(): boolean {
    if (this.status !== 'running') return false;
    const g = this.gradient;
    this.surface.grad(this.x, this.y, g);
    this.vx = this.momentum * this.vx - this.alpha * g[0];
    this.vy = this.momentum * this.vy - this.alpha * g[1];
    this.x += this.vx;
    this.y += this.vy;
    this.value = this.surface.f(this.x, this.y);
    this.iterations++;
    this.path.push({ x: this.x, y: this.y, value: this.value });
    const n = this.iterations;
    const { x, y, value } = this;
    if (!Number.isFinite(value) || Math.abs(x) > this.bound || Math.abs(y) > this.bound) {
      this.status = 'diverged';
      this.stop = Number.isFinite(value)
        ? { kind: 'left-region', iteration: n, bound: this.bound, x, y, value }
        : { kind: 'not-finite', iteration: n, value };
      this.reason = Number.isFinite(value)
        ? `diverged: left the region |x|, |y| ≤ ${this.bound} at iteration ${n}`
        : `diverged: the value became ${value} at iteration ${n}`;
    } else if (value < this.best - this.tol) {
      this.best = value;
      this.stale = 0;
    } else if (++this.stale >= this.patience) {
      // Out of patience. Ending higher than the start means each step overshot
      // further (α too large), which is divergence, not convergence.
      const start = this.path[0].value;
      if (value > start) {
        this.status = 'diverged';
        this.stop = {
          kind: 'rose',
          iteration: n,
          patience: this.patience,
          from: start,
          to: value,
          x,
          y,
        };
        this.reason = `diverged: the value rose from ${start} to ${value} without improving for ${this.patience} iterations (α too large?)`;
      } else {
        this.status = 'converged';
        this.stop = {
          kind: 'converged',
          iteration: n,
          patience: this.patience,
          tol: this.tol,
          value,
        };
        this.reason = `converged: no improvement beyond ${this.tol} for ${this.patience} iterations (stopped at iteration ${n})`;
      }
    }
    if (this.status === 'running' && n >= this.maxIterations) {
      this.status = 'max-iterations';
      this.stop = { kind: 'limit', iteration: n, value };
      this.reason = `stopped: reached the limit of ${this.maxIterations} iterations while still improving`;
    }
    return this.status === 'running';
  }

  /** Steps until stopped. */
  run(): this {
    while (this.step());
    return this;
  }
}

/** Runs gradient descent on a surface to a stop and returns the finished run (path, status, reason). */
export function runDescent(surface: Surface, options: DescentOptions): Descent {
  return new Descent(surface, options).run();
}
