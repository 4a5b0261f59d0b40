// The initialization experiment (lesson 3): the same small network trained on
// XOR twice, once from all-zero weights and once from random weights with zero
// biases. All maths is the engine's; this module only sets up and reads out.
import {
  Trainer,
  accuracy,
  binaryTargets,
  createNetwork,
  createRng,
  gridInputs,
  xorCloud,
  type Dataset,
  type Matrix,
  type Network,
} from '../../engine/index.ts';

/** The fixed setup, so that every reader sees the same run. */
export const SETUP = {
  seed: 7,
  hidden: 4,
  alpha: 3,
  epochs: 1500,
  points: 80,
  noise: 0.05,
  grid: 24,
} as const;

/** The two ways to start. */
export type Start = 'zeros' | 'random';

/** One of the two side-by-side runs. */
export interface InitRun {
  start: Start;
  net: Network;
  trainer: Trainer;
  data: Dataset;
}

const VIEW = { xMin: -1.1, xMax: 1.1, yMin: -1.1, yMax: 1.1 };
let grid: Matrix | null = null;

/** A fresh run: a 2-4-1 sigmoid network on a seeded XOR cloud, all weights 0 or Xavier-random; biases 0 in both. */
export function createRun(start: Start, seed: number = SETUP.seed): InitRun {
  const data = xorCloud(SETUP.points, SETUP.noise, createRng(seed));
  const init = start === 'zeros' ? 'zeros' : 'xavier';
  const net = createNetwork(
    {
      inputs: 2,
      layers: [
        { type: 'dense', units: SETUP.hidden, activation: 'sigmoid', init, biasInit: 'zeros' },
        { type: 'dense', units: 1, activation: 'sigmoid', init, biasInit: 'zeros' },
      ],
      loss: 'bce',
    },
    createRng(seed + 1),
  );
  const trainer = new Trainer(net, data.X, binaryTargets(data.labels), {
    alpha: SETUP.alpha,
    batchSize: SETUP.points,
    rng: createRng(seed + 2),
  });
  return { start, net, trainer, data };
}

/** Trains up to `epochs` more epochs, never past SETUP.epochs; returns the epochs done so far. */
export function advance(run: InitRun, epochs: number): number {
  const left = SETUP.epochs - run.trainer.epochs;
  run.trainer.train(Math.max(0, Math.min(epochs, left)));
  return run.trainer.epochs;
}

/** The fraction of training points classified right. */
export function runAccuracy(run: InitRun): number {
  return accuracy(run.net.predict(run.data.X), run.data.labels);
}

/** Each hidden unit's output over the plane, an n × n map (top row first) per unit. */
export function hiddenMaps(run: InitRun): Float64Array[] {
  grid ??= gridInputs(SETUP.grid, VIEW);
  run.net.predict(grid);
  return Array.from({ length: SETUP.hidden }, (_, u) =>
    Float64Array.from(run.net.unitOutput(0, u)),
  );
}

/** The largest difference between any hidden unit's map and the first unit's: 0 means the units are identical. */
export function largestDifference(maps: readonly Float64Array[]): number {
  let d = 0;
  for (const m of maps)
    for (let k = 0; k < m.length; k++) d = Math.max(d, Math.abs(m[k] - maps[0][k]));
  return d;
}
