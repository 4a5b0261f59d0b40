// A binary classifier trained epoch by epoch beside another, its training and
// test losses recorded in evaluation mode: the "with and without" curves of
// the dropout and batch-norm demos.
import {
  Trainer,
  binaryTargets,
  createNetwork,
  createRng,
  type Dataset,
  type LayerSpec,
  type Matrix,
  type Network,
} from '../../engine/index.ts';

/** How a run trains: step size, batch, how long, and how often the losses are recorded. */
export interface CurveSetup {
  readonly alpha: number;
  readonly batch: number;
  readonly epochs: number;
  readonly every: number;
}

/** A training run and the loss curves recorded so far. */
export interface CurveRun {
  net: Network;
  trainer: Trainer;
  setup: CurveSetup;
  train: Dataset;
  test: Dataset;
  Ytrain: Matrix;
  Ytest: Matrix;
  epochs: number[];
  trainLoss: number[];
  testLoss: number[];
}

/** A fresh run of a 2-input network with a sigmoid + cross-entropy output; the seed fixes weights and batches. */
export function createCurveRun(
  layers: LayerSpec[],
  data: { train: Dataset; test: Dataset },
  setup: CurveSetup,
  seed: number,
): CurveRun {
  const net = createNetwork({ inputs: 2, layers, loss: 'bce' }, createRng(seed + 2));
  const Ytrain = binaryTargets(data.train.labels);
  const trainer = new Trainer(net, data.train.X, Ytrain, {
    alpha: setup.alpha,
    batchSize: setup.batch,
    rng: createRng(seed + 3),
  });
  const run: CurveRun = {
    net,
    trainer,
    setup,
    ...data,
    Ytrain,
    Ytest: binaryTargets(data.test.labels),
    epochs: [],
    trainLoss: [],
    testLoss: [],
  };
  record(run);
  return run;
}

/** Appends the current training and test losses (mutates the run). */
function record(run: CurveRun): void {
  run.net.predict(run.train.X);
  run.trainLoss.push(run.net.cost(run.Ytrain));
  run.net.predict(run.test.X);
  run.testLoss.push(run.net.cost(run.Ytest));
  run.epochs.push(run.trainer.epochs);
}

/** Trains up to `epochs` more epochs (never past setup.epochs), recording every setup.every epochs (mutates the run). */
export function advanceCurveRun(run: CurveRun, epochs: number): void {
  const target = Math.min(run.setup.epochs, run.trainer.epochs + epochs);
  while (run.trainer.epochs < target && run.trainer.state === 'running') {
    run.trainer.runEpoch();
    if (run.trainer.state === 'running' && run.trainer.epochs % run.setup.every === 0) record(run);
  }
}

/** The last recorded losses. */
export function finalLosses(run: CurveRun): { train: number; test: number } {
  return {
    train: run.trainLoss[run.trainLoss.length - 1],
    test: run.testLoss[run.testLoss.length - 1],
  };
}
