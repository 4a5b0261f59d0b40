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
  type InitSpec,
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

/** The two panels: all-zero weights on the left, the reader's choice on the right. */
export type Start = 'zeros' | 'random';

/** How the right-hand panel's weights start (biases are 0 in every choice). */
export type InitChoice = 'xavier' | 'he' | 'constant';

/** The choices, in the order the menu lists them; Xavier is the default. */
export const INIT_CHOICES: readonly InitChoice[] = ['xavier', 'he', 'constant'];

/** The weight every connection gets under the 'constant' choice. */
export const CONSTANT_WEIGHT = 0.5;

/** The engine's initialiser for a panel and choice: the left panel is always all zeros. */
export function initSpec(start: Start, choice: InitChoice): InitSpec {
  if (start === 'zeros') return 'zeros';
  return choice === 'constant' ? { name: 'constant', value: CONSTANT_WEIGHT } : choice;
}

/** One of the two side-by-side runs. */
export interface InitRun {
  start: Start;
  choice: InitChoice;
  net: Network;
  trainer: Trainer;
  data: Dataset;
}

const VIEW = { xMin: -1.1, xMax: 1.1, yMin: -1.1, yMax: 1.1 };
let grid: Matrix | null = null;

/** A fresh run: a 2-4-1 sigmoid network on a seeded XOR cloud, all weights 0 or as `choice` says; biases 0 in both. */
export function createRun(
  start: Start,
  choice: InitChoice = 'xavier',
  seed: number = SETUP.seed,
): InitRun {
  const data = xorCloud(SETUP.points, SETUP.noise, createRng(seed));
  const init = initSpec(start, choice);
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
  return { start, choice, net, trainer, data };
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

/** Hidden-unit maps closer than this everywhere count as identical (symmetric starts give exactly 0). */
export const SAME_TOL = 1e-12;

/** The two panels, left all-zero, right from `choice`, both untrained. */
export interface RunPairInit {
  zeros: InitRun;
  random: InitRun;
}

/** A fresh pair of runs. */
export function createRuns(choice: InitChoice): RunPairInit {
  return { zeros: createRun('zeros'), random: createRun('random', choice) };
}

/** Trains both panels `epochs` more epochs (never past SETUP.epochs); true while epochs remain. */
export function advanceBoth(runs: RunPairInit, epochs: number): boolean {
  advance(runs.zeros, epochs);
  advance(runs.random, epochs);
  return runs.zeros.trainer.epochs < SETUP.epochs;
}

/** What a panel shows: epochs, accuracy, each hidden unit's map, and how far apart the units are. */
export interface PanelView {
  epochs: number;
  accuracy: number;
  maps: Float64Array[];
  difference: number;
}

/** Reads a run out for its panel. */
export function panelView(run: InitRun): PanelView {
  const maps = hiddenMaps(run);
  return {
    epochs: run.trainer.epochs,
    accuracy: runAccuracy(run),
    maps,
    difference: largestDifference(maps),
  };
}
