// The training playground's run: data, network and trainer built from the
// settings with the engine, the actions the island dispatches (train an epoch
// or a mini-batch, change a setting live or by rebuilding, edit a weight) and
// the numbers it shows; what it draws from a run is views.ts. All maths is the
// engine's; this module wires it up.
import {
  Dense,
  Matrix,
  Trainer,
  accuracy,
  binaryTargets,
  createNetwork,
  createRng,
  networkToJSON,
  oneHot,
  type Dataset,
  type LayerSpec,
  type Network,
  type NetworkSpec,
} from '../../engine/index.ts';
import { withSetting, settingsToQuery, type Settings } from './url.ts';
import type { OwnPoint } from './csv.ts';
import { INITS, LOSSES, REGULARISATIONS } from './registry.ts';
import { type StopState, checkStop, createStopState, updateStop } from './stop.ts';
import { type RunStatus, stoppedByCondition } from './status.ts';

import { isRegression, splitData, featureInputs } from './data.ts';

// The data half of the model lives in data.ts; importers keep reading it from here.
export * from './data.ts';

export interface Run {
  /** The one copy of the settings: the island reads them from here. */
  settings: Settings;
  classes: number;
  /** The points (x₁, x₂) with their labels, as drawn on the map. */
  train: Dataset;
  test: Dataset;
  /** The same points as the network sees them: one row per chosen feature. */
  Xtrain: Matrix;
  Xtest: Matrix;
  Ytrain: Matrix;
  Ytest: Matrix;
  net: Network;
  trainer: Trainer;
  /** Layer indices whose outputs are the hidden units (after the activation), first hidden layer first. */
  hidden: number[];
  /** One value per completed epoch (index 0 = before training). */
  trainLoss: number[];
  testLoss: number[];
  /** The numbers now: after the last epoch, mini-batch or edited weight. */
  now: { trainLoss: number; testLoss: number; trainAcc: number; testAcc: number };
  stop: StopState;
  status: RunStatus;
  /** The epoch count the frames of play are working towards (settings.speed at a time), or null between plays. */
  frameTarget: number | null;
}

/** The output actually used: one sigmoid unit only makes sense for two classes. */
export function effectiveOutput(s: Settings, classes: number): 'sigmoid' | 'softmax' {
  return classes > 2 ? 'softmax' : s.output;
}

/** The network description for the settings. */
export function networkSpec(s: Settings, classes: number): NetworkSpec {
  const init = INITS[s.init].spec;
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
  if (isRegression(s)) {
    // Real-valued targets: one linear output unit and the squared error, whatever the class settings say.
    layers.push({ type: 'dense', units: 1, activation: 'linear', init });
    return { inputs: s.features.length, layers, loss: 'mse' };
  }
  const out = effectiveOutput(s, classes);
  layers.push({ type: 'dense', units: out === 'sigmoid' ? 1 : classes, activation: out, init });
  return { inputs: s.features.length, layers, loss: LOSSES[s.loss].engine(out) };
}

/** The network's shape in the course's notation, e.g. "2-4-1". */
export function architecture(net: Network): string {
  return [net.inputs, ...denseLayers(net).map((i) => net.layers[i].nOut)].join('-');
}

/** The number of hidden units (every dense layer's units but the output layer's). */
export function hiddenUnitCount(net: Network): number {
  const dense = denseLayers(net);
  return dense.slice(0, -1).reduce((n, i) => n + net.layers[i].nOut, 0);
}

/** Indices (into net.layers) of the dense layers, first to last: the layers that hold weights. */
export function denseLayers(net: Network): number[] {
  return net.layers.flatMap((layer, i) => (layer instanceof Dense ? [i] : []));
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
  const { data, train, test, yTrain, yTest } = splitData(s, own);
  const classes = data.classes;
  net ??= createNetwork(networkSpec(s, classes), createRng(s.seed + 2));
  const targets = (d: Dataset, y: Float64Array | null) =>
    y
      ? new Matrix(1, y.length, y)
      : net.outputs === 1
        ? binaryTargets(d.labels)
        : oneHot(d.labels, classes);
  const Ytrain = targets(train, yTrain);
  const Ytest = targets(test, yTest);
  const Xtrain = featureInputs(train.X, s.features);
  const Xtest = featureInputs(test.X, s.features);
  // Too few own points to hold one out: the trainer gets a stand-in point and the run waits for more.
  const few = train.X.cols === 0 || test.X.cols === 0;
  const fit = few ? [new Matrix(Xtrain.rows, 1), new Matrix(Ytrain.rows, 1)] : [Xtrain, Ytrain];
  const trainer = new Trainer(net, fit[0], fit[1], {
    ...penaltyRates(s),
    alpha: s.lr,
    batchSize: s.batch,
    rng: createRng(s.seed + 3),
  });
  const run: Run = {
    settings: s,
    classes,
    train,
    test,
    Xtrain,
    Xtest,
    Ytrain,
    Ytest,
    net,
    trainer,
    hidden: hiddenLayers(net),
    trainLoss: [],
    testLoss: [],
    now: { trainLoss: NaN, testLoss: NaN, trainAcc: NaN, testAcc: NaN },
    stop: createStopState(),
    status: few ? { kind: 'waiting' } : { kind: 'running' },
    frameTarget: null,
  };
  if (!few) measure(run);
  return run;
}

/** Measures both losses and accuracies with the current weights (evaluation mode) into run.now. */
function measureNow(run: Run): void {
  const { net } = run;
  // Regression has no classes to count: its accuracy is not a number (shown as a dash).
  const values = isRegression(run.settings);
  net.predict(run.Xtrain);
  run.now.trainLoss = net.cost(run.Ytrain);
  run.now.trainAcc = values ? NaN : accuracy(net.output, run.train.labels);
  net.predict(run.Xtest);
  run.now.testLoss = net.cost(run.Ytest);
  run.now.testAcc = values ? NaN : accuracy(net.output, run.test.labels);
}

/** Measures and records one point of the loss curves. */
function measure(run: Run): void {
  measureNow(run);
  run.trainLoss.push(run.now.trainLoss);
  run.testLoss.push(run.now.testLoss);
}

/** After the trainer refused a step: the typed reason (a non-finite batch loss, or a gradient). */
function diverged(run: Run): RunStatus {
  const c = run.trainer.cost;
  const epoch = run.trainer.epochs + 1;
  return Number.isFinite(c)
    ? { kind: 'diverged', epoch, cause: 'gradient' }
    : { kind: 'diverged', epoch, cause: 'loss', value: c };
}

/** An epoch just ended: measure it, then check for a loss too large to measure and the stop conditions. */
function endEpoch(run: Run): boolean {
  measure(run);
  const epoch = run.trainer.epochs;
  if (!Number.isFinite(run.now.trainLoss) || !Number.isFinite(run.now.testLoss)) {
    run.status = { kind: 'diverged', epoch, cause: 'unmeasurable' };
    run.trainLoss.pop();
    run.testLoss.pop();
    return false;
  }
  const s = run.settings;
  run.status = updateStop(run.stop, epoch, run.now.testLoss, s.epochs, s.patience) ?? {
    kind: 'running',
  };
  return run.status.kind === 'running';
}

/** Trains one epoch and measures it; returns false (with a typed status) once training has stopped. */
export function stepEpoch(run: Run): boolean {
  if (run.status.kind !== 'running') return false;
  const { trainer } = run;
  const at = trainer.epochs;
  // A run stepped by mini-batches may be mid-epoch: finish that epoch.
  while (trainer.epochs === at) {
    if (!trainer.step()) {
      run.status = diverged(run);
      return false;
    }
  }
  return endEpoch(run);
}

/**
 * One animation frame of play: mini-batches towards `settings.speed` more epochs,
 * but for at most `budgetMs` (by `clock`); epochs the budget cut short carry over
 * to the next frame. At least one mini-batch runs per frame, so play always moves.
 * The steps are the trainer's own sequence, so N epochs give the same weights
 * however the frames cut them. Returns false once training has stopped.
 */
export function stepFrame(
  run: Run,
  budgetMs = Infinity,
  clock: () => number = () => performance.now(),
): boolean {
  if (run.status.kind !== 'running') return false;
  const { trainer } = run;
  if (run.frameTarget === null || trainer.epochs >= run.frameTarget)
    run.frameTarget = trainer.epochs + run.settings.speed;
  const start = clock();
  do {
    const at = trainer.epochs;
    if (!trainer.step()) {
      run.status = diverged(run);
      return false;
    }
    // Only a finished epoch is measured: mid-epoch numbers would cost a pass each and are not shown while playing.
    if (trainer.epochs > at && !endEpoch(run)) return false;
  } while (trainer.epochs < run.frameTarget && clock() - start < budgetMs);
  return true;
}

/** Trains one mini-batch; the curves get a point only when it ends an epoch, the numbers now always. */
export function stepBatch(run: Run): boolean {
  if (run.status.kind !== 'running') return false;
  const { trainer } = run;
  const at = trainer.epochs;
  if (!trainer.step()) {
    run.status = diverged(run);
    return false;
  }
  if (trainer.epochs > at) return endEpoch(run);
  measureNow(run);
  return true;
}

/** Where the current epoch stands in mini-batches: the next batch is number `done + 1` of `total`. */
export function batchPosition(run: Run): { done: number; total: number; epoch: number } {
  const total = Math.ceil(Math.max(1, run.train.X.cols) / run.trainer.batchSize);
  const done = run.trainer.steps - run.trainer.epochs * total;
  return { done, total, epoch: run.trainer.epochs + 1 };
}

/** Settings that change how the run goes on, not what it is: applied to the running run, never rebuilding it. */
export const LIVE_SETTINGS: readonly (keyof Settings)[] = [
  'lr',
  'reg',
  'regRate',
  'speed',
  'epochs',
  'patience',
];

/** The optimiser's L1 and L2 strengths for the settings. */
export function penaltyRates(s: Settings): { l1: number; l2: number } {
  return REGULARISATIONS[s.reg].rates(s.regRate);
}

/** The penalty the optimiser's weight terms are the gradient of: λ₁·Σ|w| + (λ₂/2)·Σw² over every weight (no biases). */
export function penalty(net: Network, rates: { l1: number; l2: number }): number {
  let p = 0;
  for (const param of net.params()) {
    if (!param.decay) continue;
    for (const w of param.value.data) p += rates.l1 * Math.abs(w) + (rates.l2 / 2) * w * w;
  }
  return p;
}

/** What changing a setting did: applied to the running run, built a fresh run, or refused (with why). */
export type Change =
  | { kind: 'live'; run: Run }
  | { kind: 'rebuilt'; run: Run }
  | {
      kind: 'refused';
      reason:
        | { code: 'own-classes'; top: number }
        | { code: 'no-feature' }
        | { code: 'build'; detail: string };
    };

/**
 * Changes one setting. A live setting (learning rate, stop conditions) goes
 * into the running run: the weights, the epoch count and the shuffling carry
 * on, and a run stopped by the changed condition may go on again. Any other
 * setting builds a fresh run.
 */
export function changeSetting<K extends keyof Settings>(
  run: Run,
  key: K,
  value: Settings[K],
  own: readonly OwnPoint[] = [],
): Change {
  const s = withSetting(run.settings, key, value);
  const top = Math.max(-1, ...own.map((p) => p.label));
  if (key === 'classes' && s.dataset === 'custom' && top >= s.classes)
    return { kind: 'refused', reason: { code: 'own-classes', top } };
  if (s.features.length === 0) return { kind: 'refused', reason: { code: 'no-feature' } };
  if (LIVE_SETTINGS.includes(key)) {
    applyLive(run, s, key);
    return { kind: 'live', run };
  }
  try {
    return { kind: 'rebuilt', run: createRun(s, undefined, own) };
  } catch (e) {
    return { kind: 'refused', reason: { code: 'build', detail: (e as Error).message } };
  }
}

function applyLive(run: Run, s: Settings, key: keyof Settings): void {
  run.settings = s;
  // A diverged run stays diverged: its weights are already huge, so only Reset helps.
  if (key === 'lr') run.trainer.optimizer.setRates({ alpha: s.lr });
  if (key === 'reg' || key === 'regRate') run.trainer.optimizer.setRates(penaltyRates(s));
  // A new speed counts from the next frame, not from what the old one still owed.
  if (key === 'speed') run.frameTarget = null;
  if (stoppedByCondition(run.status) || run.status.kind === 'running') {
    const epoch = run.trainer.epochs;
    // Epoch 0 never counts as stopped: there is nothing to stop yet.
    run.status = (epoch > 0 && checkStop(run.stop, epoch, s.epochs, s.patience)) || {
      kind: 'running',
    };
  }
}

/** Sets one weight (the reader typed it) and measures the numbers again; false (nothing changed) for a bad place or value. */
export function setWeight(
  run: Run,
  layer: number,
  to: number,
  from: number,
  value: number,
): boolean {
  const L = run.net.layers[layer];
  if (!(L instanceof Dense) || !Number.isFinite(value)) return false;
  if (!(to >= 0 && to < L.W.rows && from >= 0 && from < L.W.cols)) return false;
  L.W.set(to, from, value);
  if (run.trainLoss.length > 0) measureNow(run);
  return true;
}

/** What the playground publishes for its graded tasks: the settings as their link, the weights, fields in error. */
export function taskState(run: Run, fieldErrors: readonly string[] = []) {
  return {
    query: settingsToQuery(run.settings),
    network: networkToJSON(run.net),
    fieldErrors: [...fieldErrors],
  };
}
