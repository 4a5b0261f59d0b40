// Loading saved weights into the training playground: the engine validates the
// file (networkFromJSON); this module checks that the network is one the
// playground's controls can describe, and returns those settings.
import { createRng, networkFromJSON, type Network } from '../../engine/index.ts';
import { FIELDS, type Settings } from './url.ts';

/** Either the loaded network with the settings that describe it, or a message saying what is wrong. */
export type Loaded =
  { ok: true; net: Network; settings: Settings } | { ok: false; message: string };

const ACTIVATIONS = (FIELDS.activation as { values: readonly string[] }).values;

/** Reads a saved-weights file's text against the current settings (whose data set it must fit). */
export function loadWeights(text: string, current: Settings, classes: number): Loaded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file is not JSON; nothing was changed.' };
  }
  let net: Network;
  try {
    net = networkFromJSON(json, createRng(current.seed + 2));
  } catch (e) {
    return {
      ok: false,
      message: `That file is not a saved network (${(e as Error).message}); nothing was changed.`,
    };
  }
  const fit = describe(net, classes, current.features.length);
  if (typeof fit === 'string') return { ok: false, message: `${fit}; nothing was changed.` };
  return { ok: true, net, settings: { ...current, ...fit } };
}

type Arch = Pick<
  Settings,
  'layers' | 'units' | 'activation' | 'output' | 'loss' | 'bn' | 'dropout' | 'rate'
>;

/** The playground settings that build this network's shape, or why none do. */
export function describe(net: Network, classes: number, inputs = 2): Arch | string {
  const spec = net.spec!;
  const ls = spec.layers;
  if (spec.inputs !== inputs)
    return `the network takes ${spec.inputs} inputs, the playground's chosen features are ${inputs}`;
  const arch: Arch = {
    layers: 0,
    units: 1,
    activation: 'tanh',
    output: 'sigmoid',
    loss: 'ce',
    bn: false,
    dropout: false,
    rate: 0,
  };
  let i = 0;
  while (i < ls.length - 1) {
    const d = ls[i];
    if (d.type !== 'dense')
      return `layer ${i + 1} is a ${d.type} layer where a dense layer was expected`;
    const bn = ls[i + 1]?.type === 'batchnorm';
    const actLayer = bn ? ls[i + 2] : d;
    const act = actLayer && 'activation' in actLayer ? actLayer.activation : null;
    if (typeof act !== 'string' || !ACTIVATIONS.includes(act))
      return `hidden layer ${arch.layers + 1} uses an activation the playground does not offer`;
    if (arch.layers > 0 && (d.units !== arch.units || act !== arch.activation || bn !== arch.bn)) {
      return 'the hidden layers differ from each other, and the playground builds them all alike';
    }
    arch.units = d.units;
    arch.activation = act as Settings['activation'];
    arch.bn = bn;
    i += bn ? 3 : 1;
    const drop = ls[i];
    if (drop?.type === 'dropout') {
      if (drop.rate > 0.9)
        return `the dropout rate ${drop.rate} is above the playground's limit of 0.9`;
      arch.dropout = true;
      arch.rate = drop.rate;
      i++;
    }
    arch.layers++;
  }
  const out = ls[ls.length - 1];
  if (arch.layers > FIELDS.layers.max || arch.units > FIELDS.units.max)
    return `the network is bigger than the playground allows (${FIELDS.layers.max} hidden layers of ${FIELDS.units.max} units)`;
  if (out.type !== 'dense' || (out.activation !== 'sigmoid' && out.activation !== 'softmax')) {
    return 'the output layer is not a sigmoid or softmax layer';
  }
  arch.output = out.activation;
  const outUnits = out.activation === 'sigmoid' ? (out.units === 1 ? 2 : -1) : out.units;
  if (outUnits !== classes)
    return `the network has ${out.units} output units, but the data set has ${classes} classes`;
  arch.loss = spec.loss === 'mse' ? 'mse' : 'ce';
  return arch;
}
