import { Matrix } from './matrix.ts';
import type { Network } from './network.ts';
import type { Rng } from './rng.ts';
import { Optimizer } from './optimizer.ts';
import type { OptimizerOptions } from './optimizer.ts';
import { FusedDense, fusedPathApplies } from './fused-dense.ts';

/** Where training stands (a snapshot). */
export interface TrainStatus {
  status: 'running' | 'diverged';
  /** Why training stopped, e.g. 'loss became NaN at step 42'; '' while running. */
  reason: string;
  steps: number;
  epochs: number;
  /** Cost of the last mini-batch (before its update). */
  cost: number;
}

/** Mini-batch settings on top of the optimiser's. */
export interface TrainerOptions extends OptimizerOptions {
  batchSize: number;
  /** Shuffle the examples at the start of every epoch (default true). */
  shuffle?: boolean;
  /** Take the fused path when every layer is dense (default true); false keeps the layer-by-layer path. */
  fused?: boolean;
  rng: Rng;
}

/**
 * Mini-batch gradient descent on a fixed data set (X: features × N, Y: outputs × N).
 * Buffers for one batch are allocated here; once warmed up a step allocates nothing.
 * A NaN or infinite cost or gradient stops training before any weight changes.
 * A network of dense layers only trains on the fused path (same numbers, bit
 * for bit, in less time); any other network goes layer by layer.
 */
export class Trainer {
  readonly net: Network;
  readonly optimizer: Optimizer;
  readonly batchSize: number;
  /** 'diverged' once a NaN or infinite cost or gradient appeared; training then stays stopped. */
  state: 'running' | 'diverged' = 'running';
  /** Why training stopped, e.g. 'loss became NaN at step 42'; '' while running. */
  reason = '';
  /** Completed steps (updates) and epochs. */
  steps = 0;
  epochs = 0;
  // Numbers that change every step live in a typed array: storing a double in
  // an object field would allocate a fresh number box on every step.
  private readonly numbers = new Float64Array(1);
  /** The current mini-batch (one column per example), readable for step-by-step views. */
  readonly Xb: Matrix;
  readonly Yb: Matrix;
  /** 'fused' when every step runs FusedDense, 'layers' when it runs the layers' own forward and backward. */
  readonly path: 'fused' | 'layers';
  private readonly fusedPass: FusedDense | null;
  private readonly X: Matrix;
  private readonly Y: Matrix;
  private readonly order: Int32Array;
  private readonly shuffle: boolean;
  private readonly rng: Rng;
  private cursor = 0;

  constructor(net: Network, X: Matrix, Y: Matrix, options: TrainerOptions) {
    if (X.cols !== Y.cols)
      throw new Error(
        `trainer: X is ${X.shape} but Y is ${Y.shape}: one column per example in both`,
      );
    if (X.rows !== net.inputs)
      throw new Error(`trainer: the network takes ${net.inputs} inputs but X is ${X.shape}`);
    if (Y.rows !== net.outputs)
      throw new Error(`trainer: the network gives ${net.outputs} outputs but Y is ${Y.shape}`);
    if (X.cols === 0) throw new Error('trainer: the data set is empty');
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
      throw new Error(`trainer: batchSize must be a positive integer, got ${options.batchSize}`);
    }
    this.net = net;
    this.optimizer = new Optimizer(net.params(), options);
    this.batchSize = Math.min(options.batchSize, X.cols);
    this.X = X;
    this.Y = Y;
    this.Xb = new Matrix(X.rows, this.batchSize);
    this.Yb = new Matrix(Y.rows, this.batchSize);
    this.order = new Int32Array(X.cols);
    for (let i = 0; i < X.cols; i++) this.order[i] = i;
    this.shuffle = options.shuffle ?? true;
    this.rng = options.rng;
    this.fusedPass = (options.fused ?? true) && fusedPathApplies(net) ? new FusedDense(net) : null;
    this.path = this.fusedPass ? 'fused' : 'layers';
  }

  /** Cost of the last mini-batch, measured before its update. */
  get cost(): number {
    return this.numbers[0];
  }

  /** A snapshot of where training stands, e.g. { status: 'diverged', reason: 'loss became NaN at step 42', … }. */
  get status(): TrainStatus {
    return {
      status: this.state,
      reason: this.reason,
      steps: this.steps,
      epochs: this.epochs,
      cost: this.cost,
    };
  }

  /**
   * One mini-batch: forward, cost, backward, update. Returns false (changing
   * nothing) once training has diverged. Read the batch cost from `cost`; it is
   * not returned because a returned double would be boxed, allocating per step.
   */
  step(): boolean {
    if (this.state === 'diverged') return false;
    const N = this.X.cols;
    if (this.cursor === 0 && this.shuffle) this.rng.shuffle(this.order, N);
    const m = Math.min(this.batchSize, N - this.cursor);
    gather(this.X, this.order, this.cursor, m, this.Xb);
    gather(this.Y, this.order, this.cursor, m, this.Yb);
    this.cursor += m;
    const net = this.net;
    const fusedPass = this.fusedPass;
    if (fusedPass) fusedPass.forward(this.Xb);
    else net.forward(this.Xb, true);
    net.measureCost(this.Yb);
    const c = net.lastCost[0];
    this.numbers[0] = c;
    if (!Number.isFinite(c)) return this.diverge(`loss became ${c} at step ${this.steps + 1}`);
    if (fusedPass) fusedPass.backward(this.Yb);
    else net.backward(this.Yb);
    if (!(fusedPass ? fusedPass.gradientsFinite() : this.optimizer.gradientsFinite())) {
      return this.diverge(`a gradient became NaN or infinite at step ${this.steps + 1}`);
    }
    this.optimizer.step();
    this.steps++;
    if (this.cursor >= N) {
      this.cursor = 0;
      this.epochs++;
    }
    return true;
  }

  /** Runs steps until the current epoch ends; returns the mean batch cost over it (NaN if it diverged). */
  runEpoch(): number {
    let total = 0;
    let batches = 0;
    do {
      if (!this.step()) return NaN;
      total += this.numbers[0];
      batches++;
    } while (this.cursor !== 0);
    return total / batches;
  }

  /** Runs up to `epochs` epochs (stopping early on divergence); returns a copy of the status. */
  train(epochs: number): TrainStatus {
    for (let e = 0; e < epochs && this.state === 'running'; e++) this.runEpoch();
    return this.status;
  }

  private diverge(reason: string): boolean {
    this.state = 'diverged';
    this.reason = reason;
    return false;
  }
}

/** Copies columns order[from … from + m − 1] of A into B (mutates B). */
function gather(A: Matrix, order: Int32Array, from: number, m: number, B: Matrix): void {
  B.resizeCols(m);
  const n = A.cols;
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < m; j++) B.data[i * m + j] = A.data[i * n + order[from + j]];
  }
}
