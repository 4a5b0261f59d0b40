// Networks as plain data: what createNetwork builds from and networkToJSON saves.
// Kept apart from build.ts so that network.ts can name the type without
// importing the builder (which imports network.ts).
import type { ActivationSpec } from './activations.ts';
import type { InitSpec } from './init.ts';
import type { LossName } from './losses.ts';

/** One layer of a network description. */
export type LayerSpec =
  | {
      type: 'dense';
      units: number;
      activation: ActivationSpec | 'softmax';
      init?: InitSpec;
      biasInit?: InitSpec;
    }
  | { type: 'dropout'; rate: number }
  | { type: 'batchnorm'; epsilon?: number; momentum?: number }
  | { type: 'activation'; activation: ActivationSpec }
  | { type: 'maxout'; units: number; pieces: number; init?: InitSpec; biasInit?: InitSpec };

/** A whole network as plain data (shareable, serialisable). */
export interface NetworkSpec {
  inputs: number;
  layers: LayerSpec[];
  loss: LossName;
}

/** The layer types the engine knows. */
export const layerTypes: readonly string[] = [
  'dense',
  'dropout',
  'batchnorm',
  'activation',
  'maxout',
];
