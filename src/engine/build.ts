import type { Layer } from './layer.ts';
import type { LayerSpec, NetworkSpec } from './spec.ts';
import { layerTypes } from './spec.ts';
import { getActivation } from './activations.ts';
import { initialise } from './init.ts';
import type { Rng } from './rng.ts';
import { Dense } from './dense.ts';
import { Dropout } from './dropout.ts';
import { BatchNorm } from './batchnorm.ts';
import { ActivationLayer } from './activation-layer.ts';
import { Maxout } from './maxout.ts';
import { Network } from './network.ts';

function checkUnits(what: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new Error(`${what}: units must be a positive integer, got ${JSON.stringify(n)}`);
  }
  return n;
}

/** Builds one layer with nIn inputs, drawing initial weights from rng. */
export function buildLayer(spec: LayerSpec, nIn: number, rng: Rng): Layer {
  switch (spec.type) {
    case 'dense': {
      const units = checkUnits('dense', spec.units);
      const act = spec.activation === 'softmax' ? 'softmax' : getActivation(spec.activation);
      const layer = new Dense(nIn, units, act);
      initialise(layer.W, spec.init ?? 'xavier', nIn, units, rng);
      initialise(layer.b, spec.biasInit ?? 'zeros', nIn, units, rng);
      return layer;
    }
    case 'maxout': {
      const units = checkUnits('maxout', spec.units);
      const layer = new Maxout(nIn, units, spec.pieces);
      initialise(layer.W, spec.init ?? 'xavier', nIn, units, rng);
      initialise(layer.b, spec.biasInit ?? 'zeros', nIn, units, rng);
      return layer;
    }
    case 'dropout':
      return new Dropout(nIn, spec.rate, rng);
    case 'batchnorm':
      return new BatchNorm(nIn, spec.epsilon, spec.momentum);
    case 'activation':
      return new ActivationLayer(nIn, getActivation(spec.activation));
    default: {
      const type = (spec as { type?: unknown }).type;
      throw new Error(
        `unknown layer type ${JSON.stringify(type)}; known: ${layerTypes.join(', ')}`,
      );
    }
  }
}

/** A network built from its description; all initial weights (and later dropout masks) come from rng. */
export function createNetwork(spec: NetworkSpec, rng: Rng): Network {
  checkUnits('inputs', spec.inputs);
  const layers: Layer[] = [];
  let n = spec.inputs;
  for (const layerSpec of spec.layers) {
    const layer = buildLayer(layerSpec, n, rng);
    layers.push(layer);
    n = layer.nOut;
  }
  return new Network(spec.inputs, layers, spec.loss, spec);
}
