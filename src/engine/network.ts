import { Matrix } from './matrix.ts';
import type { Layer, Param } from './layer.ts';
import type { NetworkSpec } from './spec.ts';
import { Dense } from './dense.ts';
import type { Loss, LossName } from './losses.ts';
import {
  costInto,
  fusedDZ,
  getLoss,
  sigmoidBceCostFromLogits,
  softmaxCceCostFromLogits,
} from './losses.ts';

/**
 * A sequential network: H^0 = X, then each layer in turn, then the loss.
 * The last layer's output is P. When the output and the loss belong together
 * (sigmoid with binary cross-entropy, softmax with categorical cross-entropy)
 * backward starts from the lecture's DZ^L = P − Y directly and the cost is
 * computed from the logits Z^L, which is both exact and stable.
 */
export class Network {
  readonly inputs: number;
  readonly layers: readonly Layer[];
  readonly loss: Loss;
  /** Which output + loss pair is fused, if any. */
  readonly fused: 'sigmoid-bce' | 'softmax-cce' | null;
  /** ∂loss/∂P per example, the start of backward when nothing is fused. */
  readonly dP: Matrix;
  /** The description the network was built from, if any (needed to save it); createNetwork passes it. */
  readonly spec: NetworkSpec | null;
  /** The cost from the last cost/measureCost call. */
  readonly lastCost = new Float64Array(1);
  private readonly allParams: Param[];

  constructor(
    inputs: number,
    layers: readonly Layer[],
    loss: LossName,
    spec: NetworkSpec | null = null,
  ) {
    if (layers.length === 0) throw new Error('network: needs at least one layer');
    let n = inputs;
    for (let l = 0; l < layers.length; l++) {
      if (layers[l].nIn !== n) {
        throw new Error(
          `network: layer ${l} (${layers[l].type}) expects ${layers[l].nIn} inputs but receives ${n}`,
        );
      }
      n = layers[l].nOut;
    }
    this.inputs = inputs;
    this.layers = layers;
    this.spec = spec;
    this.loss = getLoss(loss);
    const last = layers[layers.length - 1];
    const act = last instanceof Dense ? last.activation : null;
    const actName = act === 'softmax' ? 'softmax' : act?.name;
    this.fused =
      actName === 'sigmoid' && loss === 'bce'
        ? 'sigmoid-bce'
        : actName === 'softmax' && loss === 'cce'
          ? 'softmax-cce'
          : null;
    this.dP = new Matrix(n, 0);
    this.allParams = layers.flatMap((layer) => layer.params);
  }

  /** Units in the output layer. */
  get outputs(): number {
    return this.layers[this.layers.length - 1].nOut;
  }

  /** P, the output of the last forward pass (owned by the network). */
  get output(): Matrix {
    return this.layers[this.layers.length - 1].H;
  }

  /** Runs every layer on X (features × m); `training` enables dropout and batch statistics. Returns P. */
  forward(X: Matrix, training = false): Matrix {
    let H = X;
    for (let l = 0; l < this.layers.length; l++) H = this.layers[l].forward(H, training);
    return H;
  }

  /** Evaluation-mode forward pass over a whole batch (e.g. every point of a decision map); afterwards each layer's H holds every unit's output for every column. */
  predict(X: Matrix): Matrix {
    return this.forward(X, false);
  }

  /** One unit's outputs from the last pass (a view, no copy): for a hidden unit's own heatmap. */
  unitOutput(layer: number, unit: number): Float64Array {
    const L = this.layers[layer];
    if (!L) throw new Error(`unitOutput: no layer ${layer}; the network has ${this.layers.length}`);
    if (!(unit >= 0 && unit < L.nOut))
      throw new Error(`unitOutput: layer ${layer} has ${L.nOut} units, no unit ${unit}`);
    return L.H.row(unit);
  }

  /** The cost (mean loss) of the last forward pass against targets Y (outputs × m); also kept in lastCost[0]. */
  cost(Y: Matrix): number {
    this.measureCost(Y);
    return this.lastCost[0];
  }

  /** Like cost, but only stores it in lastCost[0]: a returned double is boxed, and the trainer must not allocate. */
  measureCost(Y: Matrix): void {
    this.checkTargets('cost', Y);
    const last = this.layers[this.layers.length - 1] as Dense;
    if (this.fused === 'sigmoid-bce') sigmoidBceCostFromLogits(last.Z, Y, this.lastCost);
    else if (this.fused === 'softmax-cce') softmaxCceCostFromLogits(last.Z, Y, this.lastCost);
    else costInto(this.loss, this.output, Y, this.lastCost);
  }

  /** Backward pass after forward: fills every layer's DZ, DW, Db, dH (mutates the layers' buffers). */
  backward(Y: Matrix): void {
    this.checkTargets('backward', Y);
    const L = this.layers.length - 1;
    let dH: Matrix;
    if (this.fused) {
      const last = this.layers[L] as Dense;
      fusedDZ(this.output, Y, last.DZ);
      dH = last.backwardFromDZ();
    } else {
      this.loss.dP(this.output, Y, this.dP);
      dH = this.layers[L].backward(this.dP);
    }
    for (let l = L - 1; l >= 0; l--) dH = this.layers[l].backward(dH);
  }

  /** Every learnable parameter with its gradient, first layer first. */
  params(): readonly Param[] {
    return this.allParams;
  }

  /** The number of learnable numbers (weights, biases, γ, β). */
  paramCount(): number {
    let n = 0;
    for (const p of this.allParams) n += p.value.rows * p.value.cols;
    return n;
  }

  private checkTargets(op: string, Y: Matrix): void {
    const P = this.output;
    if (Y.rows !== P.rows || Y.cols !== P.cols) {
      throw new Error(`${op}: targets Y are ${Y.shape} but the output P is ${P.shape}`);
    }
  }
}
