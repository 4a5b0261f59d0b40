// W3 and what the fused training path buys: each network trained on the fused
// path and on the layer-by-layer path in one run (interleaved rounds, process
// CPU time), and networks that do not qualify (dropout, batch norm), which
// keep the layer-by-layer path. Called from bench/engine.ts.
import * as tf from '@tensorflow/tfjs';
import { tfBatches, tfEpoch, tfSequential } from './tfjs-workloads.ts';
import { Trainer, createNetwork, createRng, blobs, oneHot } from '../src/engine/index.ts';
import type { LayerSpec, Matrix, NetworkSpec } from '../src/engine/index.ts';
import { best, round } from './measure.ts';

const SEED = 1;

/** A trainer on (X, Y), fused or forced layer by layer. */
function trainerFor(spec: NetworkSpec, X: Matrix, Y: Matrix, batchSize: number, fused: boolean) {
  return new Trainer(createNetwork(spec, createRng(SEED)), X, Y, {
    batchSize,
    alpha: 0.03,
    rng: createRng(SEED),
    fused,
  });
}

/** Best ms per epoch of each trainer over interleaved rounds. */
function msPerEpoch(trainers: Trainer[], epochsPerRound: number, rounds = 5): number[] {
  for (const t of trainers) for (let e = 0; e < 2 * epochsPerRound; e++) t.runEpoch();
  const ms = trainers.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    trainers.forEach((t, q) => {
      const used = best(1, () => {
        for (let e = 0; e < epochsPerRound; e++) t.runEpoch();
      });
      ms[q] = Math.min(ms[q], used / epochsPerRound);
    });
  }
  return ms;
}

const perSecond = (msPerEpoch: number, n: number): number => Math.round((n / msPerEpoch) * 1000);

const dense = (units: number, activation: string): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  init: activation === 'relu' ? 'he' : 'xavier',
});

/** W3 against tfjs, then each network on both paths; returns the printed figures. */
export function runPathBench(): Record<string, unknown> {
  const blob = blobs(1000, 3, 0.3, createRng(SEED + 1));
  const Y3 = oneHot(blob.labels, 3);
  const w3Spec: NetworkSpec = {
    inputs: 2,
    layers: [
      dense(16, 'relu'),
      dense(16, 'relu'),
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
    loss: 'cce',
  };
  const w3Fused = trainerFor(w3Spec, blob.X, Y3, 32, true);
  const w3Layers = trainerFor(w3Spec, blob.X, Y3, 32, false);
  const tf3 = tfSequential([2, 16, 16, 3], 'relu', 'linear');
  const tfOpt3 = tf.train.sgd(0.03);
  const tfBatches3 = tfBatches(blob.X, Y3, 32);
  tfEpoch(tf3, tfOpt3, tfBatches3, 'softmax');
  let w3tf = Infinity;
  for (let r = 0; r < 5; r++)
    w3tf = Math.min(
      w3tf,
      best(1, () => tfEpoch(tf3, tfOpt3, tfBatches3, 'softmax')),
    );
  for (const [a, b] of tfBatches3) tf.dispose([a, b]);
  const [w3, w3layers] = msPerEpoch([w3Fused, w3Layers], 10);

  // Networks that do not qualify, next to the same network without the extra layer.
  const tanh8: LayerSpec = dense(8, 'tanh');
  const out: LayerSpec = { type: 'dense', units: 3, activation: 'softmax' };
  const variants: Record<string, NetworkSpec> = {
    dense: { inputs: 2, layers: [tanh8, tanh8, out], loss: 'cce' },
    dropout: {
      inputs: 2,
      layers: [tanh8, { type: 'dropout', rate: 0.2 }, tanh8, { type: 'dropout', rate: 0.2 }, out],
      loss: 'cce',
    },
    batchnorm: {
      inputs: 2,
      layers: [
        dense(8, 'linear'),
        { type: 'batchnorm' },
        { type: 'activation', activation: 'tanh' },
        dense(8, 'linear'),
        { type: 'batchnorm' },
        { type: 'activation', activation: 'tanh' },
        out,
      ],
      loss: 'cce',
    },
  };
  const names = Object.keys(variants);
  const trainers = names.flatMap((n) => [
    trainerFor(variants[n], blob.X, Y3, 10, true),
    trainerFor(variants[n], blob.X, Y3, 10, false),
  ]);
  const ms = msPerEpoch(trainers, 5);
  const others: Record<string, unknown> = {};
  names.forEach((n, q) => {
    others[n] = {
      pathTaken: trainers[2 * q].path,
      samplesPerSecond: perSecond(ms[2 * q], 1000),
      layerByLayerSamplesPerSecond: perSecond(ms[2 * q + 1], 1000),
      fusedGain: round(ms[2 * q + 1] / ms[2 * q]),
    };
  });

  return {
    W3: {
      workload:
        '2-16-16-3 ReLU + softmax, 1000 blob points (3 classes), batch 32, alpha 0.03, cross-entropy',
      path: w3Fused.path,
      samplesPerSecond: perSecond(w3, 1000),
      layerByLayerSamplesPerSecond: perSecond(w3layers, 1000),
      fusedGain: round(w3layers / w3),
      tfjsCpuSamplesPerSecond: perSecond(w3tf, 1000),
      ratioVsTfjsCpu: round(w3tf / w3),
    },
    paths: {
      workload:
        '2-8-8-3 tanh + softmax on the W3 points, batch 10; dropout 0.2 after each hidden layer, or batch norm before each tanh; fused vs forced layer by layer (the same trainer with fused: false)',
      ...others,
    },
  };
}
