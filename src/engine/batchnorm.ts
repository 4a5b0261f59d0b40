import { Matrix } from './matrix.ts';
import type { Layer, Param } from './layer.ts';
import { checkRows } from './layer.ts';

/** Added to the variance before the square root, so a constant feature does not divide by zero. */
export const BN_EPSILON = 1e-5;

/**
 * Batch normalization, the lecture's four steps for each unit (row) over the
 * mini-batch (columns): μ = mean, σ² = mean of (x − μ)², x̂ = (x − μ)/√(σ² + ε),
 * y = γ·x̂ + β. Training passes also update running averages of μ and σ²
 * (running ← momentum·running + (1 − momentum)·batch), which eval passes use
 * instead of batch statistics.
 */
export class BatchNorm implements Layer {
  readonly type = 'batchnorm';
  readonly nIn: number;
  readonly nOut: number;
  readonly epsilon: number;
  readonly momentum: number;
  readonly gamma: Matrix;
  readonly beta: Matrix;
  readonly Dgamma: Matrix;
  readonly Dbeta: Matrix;
  readonly runningMean: Matrix;
  readonly runningVar: Matrix;
  /** μ and σ² of the last pass (batch statistics when training, running ones in eval). */
  readonly mean: Matrix;
  readonly variance: Matrix;
  /** x̂ of the last pass. */
  readonly Xhat: Matrix;
  readonly H: Matrix;
  readonly dHprev: Matrix;
  readonly params: readonly Param[];
  private training = false;

  constructor(n: number, epsilon = BN_EPSILON, momentum = 0.9) {
    if (!(epsilon > 0)) throw new Error(`batchnorm: epsilon must be positive, got ${epsilon}`);
    if (!(momentum >= 0 && momentum < 1)) {
      throw new Error(`batchnorm: momentum must be in [0, 1), got ${momentum}`);
    }
    this.nIn = n;
    this.nOut = n;
    this.epsilon = epsilon;
    this.momentum = momentum;
    this.gamma = new Matrix(n, 1, new Float64Array(n).fill(1));
    this.beta = new Matrix(n, 1);
    this.Dgamma = new Matrix(n, 1);
    this.Dbeta = new Matrix(n, 1);
    this.runningMean = new Matrix(n, 1);
    this.runningVar = new Matrix(n, 1, new Float64Array(n).fill(1));
    this.mean = new Matrix(n, 1);
    this.variance = new Matrix(n, 1);
    this.Xhat = new Matrix(n, 0);
    this.H = new Matrix(n, 0);
    this.dHprev = new Matrix(n, 0);
    this.params = [
      { name: 'gamma', value: this.gamma, grad: this.Dgamma, decay: false },
      { name: 'beta', value: this.beta, grad: this.Dbeta, decay: false },
    ];
  }

  /** y = γ·x̂ + β per unit; batch statistics when training, running averages in eval. */
  forward(X: Matrix, training: boolean): Matrix {
    checkRows('batchnorm', this.nIn, X);
    this.training = training;
    const m = X.cols;
    this.Xhat.resizeCols(m);
    this.H.resizeCols(m);
    const x = X.data;
    for (let i = 0; i < this.nIn; i++) {
      const row = i * m;
      let mu: number;
      let v: number;
      if (training) {
        mu = 0;
        for (let j = 0; j < m; j++) mu += x[row + j];
        mu /= m;
        v = 0;
        for (let j = 0; j < m; j++) v += (x[row + j] - mu) * (x[row + j] - mu);
        v /= m;
        const r = this.momentum;
        this.runningMean.data[i] = r * this.runningMean.data[i] + (1 - r) * mu;
        this.runningVar.data[i] = r * this.runningVar.data[i] + (1 - r) * v;
      } else {
        mu = this.runningMean.data[i];
        v = this.runningVar.data[i];
      }
      this.mean.data[i] = mu;
      this.variance.data[i] = v;
      const invStd = 1 / Math.sqrt(v + this.epsilon);
      const g = this.gamma.data[i];
      const b = this.beta.data[i];
      for (let j = 0; j < m; j++) {
        const xh = (x[row + j] - mu) * invStd;
        this.Xhat.data[row + j] = xh;
        this.H.data[row + j] = g * xh + b;
      }
    }
    return this.H;
  }

  /**
   * Complete backward pass (μ and σ² depend on every example, so every column
   * feeds every other): dHprev = γ/√(σ² + ε) · (dH − mean(dH) − x̂ · mean(dH ⊙ x̂)),
   * Dgamma = (1/m) Σ dH ⊙ x̂, Dbeta = (1/m) Σ dH. After an eval pass the
   * statistics are constants and dHprev = γ/√(σ² + ε) · dH.
   */
  backward(dH: Matrix): Matrix {
    checkRows('batchnorm backward', this.nOut, dH, 'dH');
    const m = dH.cols;
    this.dHprev.resizeCols(m);
    const g = dH.data;
    const xh = this.Xhat.data;
    for (let i = 0; i < this.nIn; i++) {
      const row = i * m;
      let sumG = 0;
      let sumGX = 0;
      for (let j = 0; j < m; j++) {
        sumG += g[row + j];
        sumGX += g[row + j] * xh[row + j];
      }
      this.Dbeta.data[i] = sumG / m;
      this.Dgamma.data[i] = sumGX / m;
      const scale = this.gamma.data[i] / Math.sqrt(this.variance.data[i] + this.epsilon);
      for (let j = 0; j < m; j++) {
        this.dHprev.data[row + j] = this.training
          ? scale * (g[row + j] - sumG / m - xh[row + j] * (sumGX / m))
          : scale * g[row + j];
      }
    }
    return this.dHprev;
  }
}
