// The training playground's run: data, network and trainer built from the
// settings with the engine, and read out after every epoch. All maths is the
// engine's; this module only wires it up.
import {
  Matrix,
  Trainer,
  accuracy,
  binaryTargets,
  blobs,
  circles,
  createNetwork,
  createRng,
  gridInputs,
  moons,
  oneHot,
  predictedClass,
  spirals,
  trainTestSplit,
  xorCloud,
  type Dataset,
  type LayerSpec,
  type Network,
  type NetworkSpec,
} from '../../engine/index.ts';
import type { Settings } from './url.ts';
import type { OwnPoint } from './csv.ts';
import { type StopState, createStopState, updateStop } from './stop.ts';

/** Points in every data set, the share held out for testing, the decision map's size and extent. */
export const POINTS = 200;
export const TEST_FRACTION = 0.3;
export const GRID = 49;
/** Each hidden unit's small map takes every second pixel of the decision map's grid (25 × 25). */
export const UNIT_GRID = 25;
export const VIEW = { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 } as const;

/** Everything one run needs and has measured so far. */
export interface Run {
  settings: Settings;
  classes: number;
  train: Dataset;
  test: Dataset;
  Ytrain: Matrix;
  Ytest: Matrix;
  net: Network;
  trainer: Trainer;
  /** Layer indices whose outputs are the hidden units (after the activation), first hidden layer first. */
  hidden: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAcc: number;
  testAcc: number;
  stop: StopState;
  /** Why training stopped, in words; '' while it may go on. */
  ended: string;
}

/** The seeded data set the settings ask for (before the split). */
export function makeData(s: Settings): Dataset {
  const rng = createRng(s.seed);
  switch (s.dataset) {
    case 'circles':
      return circles(POINTS, s.noise, rng);
    case 'spirals':
      return spirals(POINTS, s.noise, rng);
    case 'blobs':
      return blobs(POINTS, s.classes, Math.max(s.noise, 0.05), rng);
    case 'moons':
      return moons(POINTS, s.noise, rng);
    default:
      return xorCloud(POINTS, s.noise, rng);
  }
}

/** The reader's own points as a data set; the class count is at least the settings' and covers every label. */
export function ownData(points: readonly OwnPoint[], classes: number): Dataset {
  const X = new Matrix(2, points.length);
  points.forEach((p, j) => {
    X.set(0, j, p.x);
    X.set(1, j, p.y);
  });
  const labels = Uint8Array.from(points, (p) => p.label);
  return { name: 'own', X, labels, classes: Math.max(classes, ...labels.map((l) => l + 1)) };
}

/** The output actually used: one sigmoid unit only makes sense for two classes. */
export function effectiveOutput(s: Settings, classes: number): 'sigmoid' | 'softmax' {
  return classes > 2 ? 'softmax' : s.output;
}

/** The network description for the settings. */
export function networkSpec(s: Settings, classes: number): NetworkSpec {
  const init = s.init === 'uniform' ? { name: 'uniform' as const, limit: 0.5 } : s.init;
  const layers: LayerSpec[] = [];
  for (let l = 0; l < s.layers; l++) {
    if (s.bn) {
      layers.push({ type: 'dense', units: s.units, activation: 'linear', init });
      layers.push({ type: 'batchnorm' });
      layers.push({ type: 'activation', activation: s.activation });
    } else {
      layers.push({ type: 'dense', units: s.units, activation: s.activation, init });
    }
    if (s.dropout) layers.push({ type: 'dropout', rate: s.rate });
  }
  const out = effectiveOutput(s, classes);
  layers.push({ type: 'dense', units: out === 'sigmoid' ? 1 : classes, activation: out, init });
  const loss = s.loss === 'mse' ? 'mse' : out === 'sigmoid' ? 'bce' : 'cce';
  return { inputs: 2, layers, loss };
}

function hiddenLayers(net: Network): number[] {
  const idx: number[] = [];
  net.layers.forEach((layer, i) => {
    if (i === net.layers.length - 1) return;
    if (
      layer.type === 'activation' ||
      (layer.type === 'dense' && net.layers[i + 1]?.type !== 'batchnorm')
    )
      idx.push(i);
  });
  return idx;
}

/** A fresh run (epoch 0); `net` starts from loaded weights, `own` holds the points of "Your own data". */
export function createRun(s: Settings, net?: Network, own: readonly OwnPoint[] = []): Run {
  const data = s.dataset === 'custom' ? ownData(own, s.classes) : makeData(s);
  const { train, test } = trainTestSplit(data, TEST_FRACTION, createRng(s.seed + 1));
  const classes = data.classes;
  net ??= createNetwork(networkSpec(s, classes), createRng(s.seed + 2));
  const targets = (d: Dataset) =>
    net.outputs === 1 ? binaryTargets(d.labels) : oneHot(d.labels, classes);
  const Ytrain = targets(train);
  const Ytest = targets(test);
  // Too few own points to hold one out: the trainer gets a stand-in point and the run waits for more.
  const few = train.X.cols === 0 || test.X.cols === 0;
  const fit = few ? [new Matrix(2, 1), new Matrix(Ytrain.rows, 1)] : [train.X, Ytrain];
  const trainer = new Trainer(net, fit[0], fit[1], {
    alpha: s.lr,
    batchSize: s.batch,
    rng: createRng(s.seed + 3),
  });
  const run: Run = {
    settings: s,
    classes,
    train,
    test,
    Ytrain,
    Ytest,
    net,
    trainer,
    hidden: hiddenLayers(net),
    trainLoss: [],
    testLoss: [],
    trainAcc: NaN,
    testAcc: NaN,
    stop: createStopState(),
    ended: few ? 'waiting: add at least 2 points (one is held out for testing)' : '',
  };
  if (!few) measure(run);
  return run;
}

function measure(run: Run): void {
  const { net } = run;
  net.predict(run.train.X);
  const trainLoss = net.cost(run.Ytrain);
  run.trainAcc = accuracy(net.output, run.train.labels);
  net.predict(run.test.X);
  const testLoss = net.cost(run.Ytest);
  run.testAcc = accuracy(net.output, run.test.labels);
  run.trainLoss.push(trainLoss);
  run.testLoss.push(testLoss);
}

/** Trains one epoch and measures it; returns false (and sets `ended`) once training has stopped. */
export function stepEpoch(run: Run): boolean {
  if (run.ended) return false;
  const { trainer } = run;
  const epoch = trainer.epochs + 1;
  trainer.runEpoch();
  if (trainer.state === 'diverged') {
    run.ended = `diverged: ${trainer.reason.replace(/ at step \d+/, '')} at epoch ${epoch} — lower the learning rate`;
    return false;
  }
  measure(run);
  const tl = run.trainLoss[run.trainLoss.length - 1];
  const vl = run.testLoss[run.testLoss.length - 1];
  if (!Number.isFinite(tl) || !Number.isFinite(vl)) {
    run.ended = `diverged: the loss became too large to measure at epoch ${epoch} — lower the learning rate`;
    run.trainLoss.pop();
    run.testLoss.pop();
    return false;
  }
  run.ended = updateStop(run.stop, trainer.epochs, vl, run.settings.epochs, run.settings.patience);
  return !run.ended;
}

let grid: Matrix | null = null;

/** The decision map (predicted class and confidence per pixel) and each hidden unit's map, from one batched pass. */
export function maps(run: Run): { cls: Uint8Array; conf: Float64Array; units: Float64Array[][] } {
  grid ??= gridInputs(GRID, VIEW);
  const P = run.net.predict(grid);
  const n = GRID * GRID;
  const cls = new Uint8Array(n);
  const conf = new Float64Array(n);
  const k = P.rows === 1 ? 2 : P.rows;
  for (let j = 0; j < n; j++) {
    const c = predictedClass(P, j);
    const p = P.rows === 1 ? (c === 1 ? P.data[j] : 1 - P.data[j]) : P.get(c, j);
    cls[j] = c;
    conf[j] = Math.max(0, Math.min(1, (p - 1 / k) / (1 - 1 / k)));
  }
  const units = run.hidden.map((l) =>
    Array.from({ length: run.net.layers[l].nOut }, (_, u) => {
      const row = run.net.unitOutput(l, u);
      const m = new Float64Array(UNIT_GRID * UNIT_GRID);
      for (let iy = 0; iy < UNIT_GRID; iy++)
        for (let ix = 0; ix < UNIT_GRID; ix++) m[iy * UNIT_GRID + ix] = row[2 * iy * GRID + 2 * ix];
      return m;
    }),
  );
  return { cls, conf, units };
}

/** The confusion matrix on the test points: rows are the true class, columns the predicted one. */
export function confusion(run: Run): number[][] {
  const m = Array.from({ length: run.classes }, () => new Array<number>(run.classes).fill(0));
  const P = run.net.predict(run.test.X);
  for (let j = 0; j < P.cols; j++) m[run.test.labels[j]][predictedClass(P, j)]++;
  return m;
}
