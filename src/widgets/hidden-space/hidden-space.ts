// Hidden-space widget (lesson 4): a small network trained on a 2-D data set,
// with each point and each grid line shown twice, where it sits in the input
// space and where the first layer sends it, (h₁, h₂, …) = tanh(W¹x + b¹). All
// maths is the engine's (network, training, the forward pass); this module sets
// runs up, steps them and reads them out. Drawing geometry is in geometry.ts,
// what the hidden panel draws for a run in picture.ts.
import {
  Dense,
  Matrix,
  Trainer,
  binaryTargets,
  blobs,
  circles,
  createNetwork,
  createRng,
  type Dataset,
  type Network,
  type Rng,
} from '../../engine/index.ts';
import type { HiddenSpaceTaskState } from '../../quiz/checks/hidden-space.ts';

/** The two set-ups the widget offers. */
export type CaseName = 'xor' | 'circles';

/** A network and data set to look at: 2-k-1 with tanh hidden units and a sigmoid output. */
export interface HiddenCase {
  /** Hidden units k. */
  hidden: number;
  /** The data set, seeded (the same points for every start). */
  data: () => Dataset;
  /** Learning rate α of full-batch gradient descent. */
  alpha: number;
  /** The seed of the first start (initial weights). */
  seed: number;
  /** Updates per animation frame at first, slow enough to watch the grid bend. */
  perFrame: number;
  /** The square, ±extent, that the input panel shows. */
  inputExtent: number;
  /** The square that the hidden panel shows: it holds the input positions too, since the morph moves between both. */
  hiddenExtent: number;
}

/** The hidden units' activation: tanh keeps every hidden coordinate in (−1, 1), so the hidden panel has fixed bounds. */
export const HIDDEN_ACTIVATION = 'tanh';

const DATA_SEED = 7;

/**
 * XOR as four clusters, one round each corner (±0.5, ±0.5): class 1 where the
 * signs differ. The engine's four blobs, with their classes paired up by XOR.
 * (A uniform XOR cloud needs more than two hidden units: its classes touch at the axes.)
 */
export function xorClusters(n: number, noise: number, rng: Rng): Dataset {
  const four = blobs(n, 4, noise, rng);
  // blobs puts classes 0 and 1 at (−½, −½) and (½, ½), classes 2 and 3 at (−½, ½) and (½, −½).
  return {
    ...four,
    name: 'xor-clusters',
    classes: 2,
    labels: four.labels.map((c) => (c >= 2 ? 1 : 0)),
  };
}

/** The widget's two cases, with seeds and rates that train in a few hundred updates. */
export const CASES: Record<CaseName, HiddenCase> = {
  xor: {
    hidden: 2,
    data: () => xorClusters(60, 0.12, createRng(DATA_SEED)),
    alpha: 1,
    seed: 1,
    perFrame: 1,
    inputExtent: 1.25,
    hiddenExtent: 1.25,
  },
  circles: {
    hidden: 3,
    data: () => circles(80, 0, createRng(DATA_SEED)),
    alpha: 1,
    seed: 1,
    perFrame: 3,
    inputExtent: 1.25,
    // The edge-on view's axes are unit vectors in the cube (−1, 1)³, so a coordinate reaches up to √3.
    hiddenExtent: 1.8,
  },
};

/** Updates after which training gives up (a start that is stuck by then stays stuck). */
export const MAX_UPDATES = 5000;

/** After this many updates a played run goes ten times faster: the bending is over, what is left is slow. */
export const SLOW_UPDATES = 300;

/** How many updates the next animation frame runs. */
export function updatesPerFrame(run: HiddenRun): number {
  const base = CASES[run.name].perFrame;
  return run.trainer.steps < SLOW_UPDATES ? base : 10 * base;
}

/** One training run: a network, its data, and where it stands. Mutable: the actions below change it in place. */
export interface HiddenRun {
  name: CaseName;
  seed: number;
  alpha: number;
  net: Network;
  trainer: Trainer;
  data: Dataset;
  /** The update at which every point first lay on its own side of the output unit's line, if it has. */
  separatedAt: number | null;
}

/** A fresh run of a case from a seed: same data, initial weights drawn from the seed. */
export function createRun(
  name: CaseName,
  seed = CASES[name].seed,
  alpha = CASES[name].alpha,
): HiddenRun {
  const c = CASES[name];
  const data = c.data();
  const net = createNetwork(
    {
      inputs: 2,
      layers: [
        { type: 'dense', units: c.hidden, activation: HIDDEN_ACTIVATION },
        { type: 'dense', units: 1, activation: 'sigmoid' },
      ],
      loss: 'bce',
    },
    createRng(seed),
  );
  const trainer = new Trainer(net, data.X, binaryTargets(data.labels), {
    alpha,
    batchSize: data.X.cols,
    shuffle: false,
    rng: createRng(seed),
  });
  const run: HiddenRun = { name, seed, alpha, net, trainer, data, separatedAt: null };
  if (wrongCount(run) === 0) run.separatedAt = 0;
  return run;
}

/** What a batch of updates ended with. */
export type TrainOutcome =
  | { kind: 'going' }
  /** Every point is on its own side of the line for the first time. */
  | { kind: 'separated'; step: number }
  | { kind: 'diverged'; step: number }
  | { kind: 'limit'; step: number };

/** Runs up to n full-batch updates (mutates the run); stops early the first time the classes become separated. */
export function train(run: HiddenRun, n: number): TrainOutcome {
  const t = run.trainer;
  for (let i = 0; i < n; i++) {
    if (t.steps >= MAX_UPDATES) return { kind: 'limit', step: t.steps };
    if (!t.step()) return { kind: 'diverged', step: t.steps };
    if (run.separatedAt === null && wrongCount(run) === 0) {
      run.separatedAt = t.steps;
      return { kind: 'separated', step: t.steps };
    }
  }
  return { kind: 'going' };
}

/** True while more updates can change the run: not diverged, not at the update limit. */
export function canTrain(run: HiddenRun): boolean {
  return run.trainer.state === 'running' && run.trainer.steps < MAX_UPDATES;
}

const firstLayer = (net: Network) => net.layers[0] as Dense;
const outputLayer = (net: Network) => net.layers[1] as Dense;

/** The hidden coordinates H¹ = tanh(W¹X + b¹) of the columns of X (k × m, a fresh matrix). */
export function hiddenOf(run: HiddenRun, X: Matrix): Matrix {
  const H = firstLayer(run.net).forward(X, false);
  return new Matrix(H.rows, H.cols, H.data.slice(0, H.rows * H.cols));
}

/** The output unit's weights and bias: its boundary in hidden space is w·h + b = 0, the 0.5 contour of σ(w·h + b). */
export function outputUnit(run: HiddenRun): { w: number[]; b: number } {
  const out = outputLayer(run.net);
  return { w: Array.from(out.W.data.subarray(0, out.nIn)), b: out.b.data[0] };
}

/** Points on the wrong side of the output unit's line (a point exactly on it counts as wrong). */
export function wrongCount(run: HiddenRun): number {
  run.net.predict(run.data.X);
  const z = outputLayer(run.net).Z.data;
  let wrong = 0;
  for (let j = 0; j < run.data.labels.length; j++) {
    if (run.data.labels[j] === 1 ? !(z[j] > 0) : !(z[j] < 0)) wrong++;
  }
  return wrong;
}

/** Where a run stands, as data; strings.ts puts it into words. */
export type HiddenStatus =
  | { kind: 'ready'; loss: number; wrong: number; total: number }
  | { kind: 'training'; step: number; loss: number; wrong: number; total: number }
  | { kind: 'separated'; step: number; loss: number; total: number; since: number }
  | { kind: 'diverged'; step: number }
  | { kind: 'stuck'; step: number; loss: number; wrong: number; total: number };

/** The run's status now: its cost over all points and how many lie on the wrong side. */
export function statusOf(run: HiddenRun): HiddenStatus {
  const t = run.trainer;
  if (t.state === 'diverged') return { kind: 'diverged', step: t.steps };
  const wrong = wrongCount(run);
  const loss = run.net.cost(binaryTargets(run.data.labels));
  const total = run.data.labels.length;
  const step = t.steps;
  if (wrong === 0) return { kind: 'separated', step, loss, total, since: run.separatedAt ?? step };
  if (step >= MAX_UPDATES) return { kind: 'stuck', step, loss, wrong, total };
  if (step === 0) return { kind: 'ready', loss, wrong, total };
  return { kind: 'training', step, loss, wrong, total };
}

const rows = (M: Matrix): number[][] => M.toRows();

/** What the widget publishes for its graded task: the case and the weights (the check makes the points itself). */
export function taskState(run: HiddenRun, fieldErrors: string[] = []): HiddenSpaceTaskState {
  const first = firstLayer(run.net);
  const { w, b } = outputUnit(run);
  return {
    case: run.name,
    W1: rows(first.W),
    b1: Array.from(first.b.data.subarray(0, first.nOut)),
    w2: w,
    b2: b,
    fieldErrors,
  };
}

/** Frames a played morph takes from t = 0 to t = 1 (about 1.5 s at 60 frames a second). */
export const MORPH_FRAMES = 90;

/** The morph one frame on, towards 1. */
export function nextMorph(t: number): number {
  return Math.min(1, t + 1 / MORPH_FRAMES);
}
