// Dropout demo (lesson 8): a small network whose hidden units drop out pass by
// pass, and two runs trained side by side, with and without dropout. All maths
// is the engine's (its Dropout layer draws the masks); this module sets up and reads out.
import {
  Dropout,
  createNetwork,
  createRng,
  moons,
  trainTestSplit,
  type Dataset,
  type LayerSpec,
  type Matrix,
  type Network,
} from '../../engine/index.ts';
import { createCurveRun, type CurveRun } from '../shared/curve-run.ts';
import type { RunPair } from '../shared/train-both.ts';

/** The diagram's network, 2-8-8-1, and the seed its masks come from. */
export const DIAGRAM = { sizes: [2, 8, 8, 1], seed: 3 } as const;

/** The training comparison: few noisy training points, many test points, a wide network that can overfit them. */
export const SETUP = {
  seed: 5,
  points: 300,
  testFraction: 0.9,
  noise: 0.25,
  hidden: 40,
  alpha: 0.3,
  batch: 10,
  epochs: 300,
  every: 5,
} as const;

/** A network for the diagram: dense layers with a dropout layer after each hidden one. */
export interface DiagramNet {
  net: Network;
  drops: Dropout[];
  input: Matrix;
  iteration: number;
}

/** A fresh diagram network at drop rate p; no pass drawn yet. */
export function createDiagram(rate: number, seed: number = DIAGRAM.seed): DiagramNet {
  const layers: LayerSpec[] = [];
  for (const units of DIAGRAM.sizes.slice(1, -1)) {
    layers.push(
      { type: 'dense', units, activation: 'relu', init: 'he' },
      { type: 'dropout', rate },
    );
  }
  layers.push({ type: 'dense', units: 1, activation: 'sigmoid' });
  const net = createNetwork({ inputs: 2, layers, loss: 'bce' }, createRng(seed));
  const input = moons(1, 0, createRng(seed)).X;
  const drops = net.layers.filter((l): l is Dropout => l instanceof Dropout);
  return { net, drops, input, iteration: 0 };
}

/** One training-mode pass (the engine's Dropout layers draw new masks); returns, per hidden layer, which units were dropped. */
export function nextIteration(d: DiagramNet): boolean[][] {
  d.net.forward(d.input, true);
  d.iteration++;
  return droppedUnits(d);
}

/** Which hidden units the last pass dropped (mask 0), per hidden layer. */
export function droppedUnits(d: DiagramNet): boolean[][] {
  return d.drops.map((l) =>
    Array.from({ length: l.nIn }, (_, i) => l.mask.cols > 0 && l.mask.get(i, 0) === 0),
  );
}

/** One of the two side-by-side runs, with its loss curves (one point every SETUP.every epochs; see shared/curve-run.ts). */
export type DropoutRun = CurveRun;

/** The seeded noisy moons, split into a small training set and a large test set. */
export function dropoutData(seed: number = SETUP.seed): { train: Dataset; test: Dataset } {
  const all = moons(SETUP.points, SETUP.noise, createRng(seed));
  return trainTestSplit(all, SETUP.testFraction, createRng(seed + 1));
}

/** A fresh run: 2-40-40-1 ReLU network, with dropout at `rate` after each hidden layer, or none when rate is null. Same seed, same initial weights. */
export function createDropoutRun(rate: number | null, seed: number = SETUP.seed): DropoutRun {
  const { train, test } = dropoutData(seed);
  const layers: LayerSpec[] = [];
  for (let l = 0; l < 2; l++) {
    layers.push({ type: 'dense', units: SETUP.hidden, activation: 'relu', init: 'he' });
    if (rate !== null) layers.push({ type: 'dropout', rate });
  }
  layers.push({ type: 'dense', units: 1, activation: 'sigmoid' });
  return createCurveRun(layers, { train, test }, SETUP, seed);
}

/** The comparison at drop rate p: the same network without dropout and with it. */
export function dropoutPair(rate: number, seed: number = SETUP.seed): RunPair {
  return { plain: createDropoutRun(null, seed), other: createDropoutRun(rate, seed) };
}

/** The drop rate the demo starts at. */
export const START_RATE = 0.5;

/** The inverted-dropout scale of a kept unit, 1/(1 − p). */
export const keepScale = (rate: number): number => 1 / (1 - rate);
