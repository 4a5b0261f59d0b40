/**
 * A from-scratch engine in the classic object-per-neuron style that
 * TensorFlow Playground's nn.ts popularised (written for the benchmark only,
 * from a description of that design; no code is copied from it):
 *
 * - a `Node` per neuron with its id, input and output `Link`s, bias,
 *   totalInput, output, outputDer, inputDer, accInputDer, numAccumulatedDers
 *   and an activation object with `output(x)` and `der(x)`;
 * - a `Link` per connection with source, dest, weight, errorDer, accErrorDer
 *   and numAccumulatedDers;
 * - an error function object with `error(output, target)` and `der(output, target)`;
 * - `forwardProp` and `backProp` walk the layers and links one sample at a
 *   time; `backProp` accumulates the derivatives and `updateWeights` applies
 *   their averages once per batch.
 *
 * It is the "object per neuron and per link" engine the targets are
 * phrased against. bench/baseline-object-engine.ts is a leaner variant of the
 * same idea (fewer fields per node and link, no per-node and per-link
 * counters); both are reported.
 *
 * Initialisation matches the engine's default for dense layers: Xavier/Glorot
 * uniform weights on ±√(6 / (nIn + nOut)) drawn with `rng.uniform` one
 * destination unit at a time (unit-major, input-minor, the row-major order of
 * the engine's W), biases zero. With the same seed the initial network is
 * bit-identical to `createNetwork` with Xavier init and zero biases.
 */
import { createRng } from '../src/engine/index.ts';
import type { Rng } from '../src/engine/index.ts';

/** An activation as a function and its derivative, both taken at the total input x. */
export interface ActivationFunction {
  output(x: number): number;
  der(x: number): number;
}

/** An error function of one output and its target, and its derivative in the output. */
export interface ErrorFunction {
  error(output: number, target: number): number;
  der(output: number, target: number): number;
}

/** Hyperbolic tangent; der recomputes tanh from the total input, as this design does. */
export const TANH: ActivationFunction = {
  output: (x) => Math.tanh(x),
  der: (x) => {
    const t = Math.tanh(x);
    return 1 - t * t;
  },
};

/** Identity (for a linear output, or the input layer). */
export const LINEAR: ActivationFunction = {
  output: (x) => x,
  der: () => 1,
};

/** Squared error (output − target)², the same loss as the engine's 'mse' for one output. */
export const SQUARE: ErrorFunction = {
  error: (output, target) => (output - target) * (output - target),
  der: (output, target) => 2 * (output - target),
};

/** One neuron. */
export class Node {
  id: string;
  inputLinks: Link[] = [];
  outputs: Link[] = [];
  bias = 0;
  /** Σ weight · source.output + bias, from the last forward pass. */
  totalInput = 0;
  /** activation.output(totalInput). */
  output = 0;
  /** ∂error/∂output for the current sample. */
  outputDer = 0;
  /** ∂error/∂totalInput for the current sample. */
  inputDer = 0;
  /** Sum of inputDer over the current batch (the bias gradient). */
  accInputDer = 0;
  /** How many inputDers accInputDer holds. */
  numAccumulatedDers = 0;
  activation: ActivationFunction;

  constructor(id: string, activation: ActivationFunction) {
    this.id = id;
    this.activation = activation;
  }

  /** Recomputes totalInput and output from the input links; returns the output. */
  updateOutput(): number {
    this.totalInput = this.bias;
    for (let j = 0; j < this.inputLinks.length; j++) {
      const link = this.inputLinks[j];
      this.totalInput += link.weight * link.source.output;
    }
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

/** One weighted connection. */
export class Link {
  id: string;
  source: Node;
  dest: Node;
  weight: number;
  /** ∂error/∂weight for the current sample. */
  errorDer = 0;
  /** Sum of errorDer over the current batch. */
  accErrorDer = 0;
  /** How many errorDers accErrorDer holds. */
  numAccumulatedDers = 0;

  constructor(source: Node, dest: Node, weight: number) {
    this.id = source.id + '-' + dest.id;
    this.source = source;
    this.dest = dest;
    this.weight = weight;
  }
}

/**
 * A fully connected network of the given shape (inputs first), as layers of
 * nodes. Hidden nodes use `activation`, output nodes `outputActivation`;
 * weights are Xavier uniform from `rng`, biases zero.
 */
export function buildNetwork(
  shape: number[],
  activation: ActivationFunction,
  outputActivation: ActivationFunction,
  rng: Rng = createRng(1),
): Node[][] {
  const network: Node[][] = [];
  let id = 1;
  for (let layerIdx = 0; layerIdx < shape.length; layerIdx++) {
    const isOutputLayer = layerIdx === shape.length - 1;
    const isInputLayer = layerIdx === 0;
    const currentLayer: Node[] = [];
    network.push(currentLayer);
    for (let i = 0; i < shape[layerIdx]; i++) {
      const node = new Node(
        String(id++),
        isInputLayer ? LINEAR : isOutputLayer ? outputActivation : activation,
      );
      currentLayer.push(node);
      if (layerIdx >= 1) {
        const limit = Math.sqrt(6 / (shape[layerIdx - 1] + shape[layerIdx]));
        const prevLayer = network[layerIdx - 1];
        for (let j = 0; j < prevLayer.length; j++) {
          const prevNode = prevLayer[j];
          const link = new Link(prevNode, node, rng.uniform(-limit, limit));
          prevNode.outputs.push(link);
          node.inputLinks.push(link);
        }
      }
    }
  }
  return network;
}

/** Forward pass of one sample; returns the (first) output node's output. */
export function forwardProp(network: Node[][], inputs: number[]): number {
  const inputLayer = network[0];
  if (inputs.length !== inputLayer.length) {
    throw new Error(
      `forwardProp: the network has ${inputLayer.length} inputs, got ${inputs.length}`,
    );
  }
  for (let i = 0; i < inputLayer.length; i++) inputLayer[i].output = inputs[i];
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) currentLayer[i].updateOutput();
  }
  return network[network.length - 1][0].output;
}

/**
 * Backward pass of one sample (after its forwardProp) against `target` for the
 * (single) output node: sets every node's outputDer and inputDer and every
 * link's errorDer, and adds them to the accumulators.
 */
export function backProp(network: Node[][], target: number, errorFunc: ErrorFunction): void {
  const outputNode = network[network.length - 1][0];
  outputNode.outputDer = errorFunc.der(outputNode.output, target);
  for (let layerIdx = network.length - 1; layerIdx >= 1; layerIdx--) {
    const currentLayer = network[layerIdx];
    // ∂error/∂totalInput of each node, and the bias gradient.
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      node.inputDer = node.outputDer * node.activation.der(node.totalInput);
      node.accInputDer += node.inputDer;
      node.numAccumulatedDers++;
    }
    // ∂error/∂weight of each link into this layer.
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      for (let j = 0; j < node.inputLinks.length; j++) {
        const link = node.inputLinks[j];
        link.errorDer = node.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (layerIdx === 1) continue;
    // ∂error/∂output of each node in the layer below.
    const prevLayer = network[layerIdx - 1];
    for (let i = 0; i < prevLayer.length; i++) {
      const node = prevLayer[i];
      node.outputDer = 0;
      for (let j = 0; j < node.outputs.length; j++) {
        const output = node.outputs[j];
        node.outputDer += output.weight * output.dest.inputDer;
      }
    }
  }
}

/** Gradient descent with the mean accumulated derivatives; resets the accumulators. */
export function updateWeights(network: Node[][], learningRate: number): void {
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      if (node.numAccumulatedDers > 0) {
        node.bias -= (learningRate * node.accInputDer) / node.numAccumulatedDers;
        node.accInputDer = 0;
        node.numAccumulatedDers = 0;
      }
      for (let j = 0; j < node.inputLinks.length; j++) {
        const link = node.inputLinks[j];
        if (link.numAccumulatedDers > 0) {
          link.weight -= (learningRate * link.accErrorDer) / link.numAccumulatedDers;
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

/** Mean error of the network over samples (one input array and one target each). */
export function meanError(
  network: Node[][],
  inputs: number[][],
  targets: number[],
  errorFunc: ErrorFunction,
): number {
  let sum = 0;
  for (let k = 0; k < inputs.length; k++)
    sum += errorFunc.error(forwardProp(network, inputs[k]), targets[k]);
  return sum / inputs.length;
}
