/**
 * A small object-per-neuron-and-per-link engine, written from scratch for the
 * benchmark only: the classic teaching layout, where each neuron is an object
 * holding its links and each link is an object holding one weight. It runs one
 * example at a time and accumulates gradients over a mini-batch. It is the
 * comparison point for the batched Float64Array engine in src/engine.
 */

/** An activation as value and derivative. */
export interface UnitActivation {
  f(z: number): number;
  df(z: number): number;
}

/** tanh, the benchmark's activation. */
export const tanhUnit: UnitActivation = {
  f: (z) => Math.tanh(z),
  df: (z) => {
    const t = Math.tanh(z);
    return 1 - t * t;
  },
};

/** Linear, for inputs. */
export const identityUnit: UnitActivation = { f: (z) => z, df: () => 1 };

/** One weighted connection between two neurons. */
export class Link {
  source: Neuron;
  dest: Neuron;
  weight: number;
  /** ∂loss/∂weight for the current example. */
  grad = 0;
  /** Sum of grad over the current mini-batch. */
  gradSum = 0;

  constructor(source: Neuron, dest: Neuron, weight: number) {
    this.source = source;
    this.dest = dest;
    this.weight = weight;
  }
}

/** One neuron with its own bias, links and cached values. */
export class Neuron {
  bias = 0;
  inputs: Link[] = [];
  outputs: Link[] = [];
  activation: UnitActivation;
  z = 0;
  h = 0;
  /** ∂loss/∂h and ∂loss/∂z for the current example. */
  dh = 0;
  dz = 0;
  dbSum = 0;

  constructor(activation: UnitActivation) {
    this.activation = activation;
  }

  /** z = Σ w·h_in + b, h = g(z). */
  update(): number {
    let z = this.bias;
    for (const link of this.inputs) z += link.weight * link.source.h;
    this.z = z;
    this.h = this.activation.f(z);
    return this.h;
  }
}

/** Builds a fully connected net of neurons; weights uniform in ±√(6/(nIn+nOut)) from `random`. */
export function buildObjectNetwork(
  sizes: number[],
  activation: UnitActivation,
  random: () => number,
): Neuron[][] {
  const layers: Neuron[][] = [];
  for (let l = 0; l < sizes.length; l++) {
    const layer: Neuron[] = [];
    for (let u = 0; u < sizes[l]; u++) {
      const neuron = new Neuron(l === 0 ? identityUnit : activation);
      if (l > 0) {
        const limit = Math.sqrt(6 / (sizes[l - 1] + sizes[l]));
        for (const source of layers[l - 1]) {
          const link = new Link(source, neuron, (2 * random() - 1) * limit);
          neuron.inputs.push(link);
          source.outputs.push(link);
        }
      }
      layer.push(neuron);
    }
    layers.push(layer);
  }
  return layers;
}

/** Forward pass for one example; returns the first output. */
export function forwardOne(net: Neuron[][], x: ArrayLike<number>): number {
  const input = net[0];
  for (let i = 0; i < input.length; i++) input[i].h = x[i];
  for (let l = 1; l < net.length; l++) {
    for (const neuron of net[l]) neuron.update();
  }
  return net[net.length - 1][0].h;
}

/** Backward pass for one example with squared error (p − y)², accumulating gradients. */
export function backwardOne(net: Neuron[][], y: number): void {
  const out = net[net.length - 1][0];
  out.dh = 2 * (out.h - y);
  for (let l = net.length - 1; l >= 1; l--) {
    for (const neuron of net[l]) {
      neuron.dz = neuron.dh * neuron.activation.df(neuron.z);
      neuron.dbSum += neuron.dz;
      for (const link of neuron.inputs) {
        link.grad = neuron.dz * link.source.h;
        link.gradSum += link.grad;
      }
    }
    if (l === 1) continue;
    for (const neuron of net[l - 1]) {
      let dh = 0;
      for (const link of neuron.outputs) dh += link.weight * link.dest.dz;
      neuron.dh = dh;
    }
  }
}

/** Gradient descent with the mean gradient over `batch` examples; resets the sums. */
export function updateWeights(net: Neuron[][], alpha: number, batch: number): void {
  for (let l = 1; l < net.length; l++) {
    for (const neuron of net[l]) {
      neuron.bias -= (alpha * neuron.dbSum) / batch;
      neuron.dbSum = 0;
      for (const link of neuron.inputs) {
        link.weight -= (alpha * link.gradSum) / batch;
        link.gradSum = 0;
      }
    }
  }
}
