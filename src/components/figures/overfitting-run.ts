// Lesson 9's overfitting run, with the course's own engine: a wide 2-64-64-1
// ReLU network trained on only 30 noisy two-moons points and measured on 200
// others. The LossCurves figure draws it at build time and the lesson quotes
// it; tests/unit/content recomputes both from the same seeds.
import {
  Trainer,
  accuracy,
  binaryTargets,
  createNetwork,
  createRng,
  moons,
  type Dataset,
  type LayerSpec,
  type Matrix,
  type Network,
} from '../../engine/index.ts';

/** The fixed setup: data, seeds, training settings and how often the costs are measured. */
export const OVERFIT = {
  trainPoints: 30,
  testPoints: 200,
  noise: 0.25,
  hidden: 64,
  trainSeed: 1,
  testSeed: 2,
  netSeed: 3,
  shuffleSeed: 4,
  alpha: 0.1,
  batchSize: 10,
  epochs: 600,
  every: 5,
} as const;

/** Cost and accuracy on one data set, and the mean loss over the points it gets wrong (0 if none). */
export interface Measure {
  cost: number;
  accuracy: number;
  wrongLoss: number;
}

/** One measurement: after `epoch` epochs (0 = the initial weights). */
export interface Point {
  epoch: number;
  train: Measure;
  test: Measure;
}

/** The network: two hidden layers of OVERFIT.hidden ReLU units (He), a sigmoid output. */
export const OVERFIT_LAYERS: LayerSpec[] = [
  { type: 'dense', units: OVERFIT.hidden, activation: 'relu', init: 'he', biasInit: 'zeros' },
  { type: 'dense', units: OVERFIT.hidden, activation: 'relu', init: 'he', biasInit: 'zeros' },
  { type: 'dense', units: 1, activation: 'sigmoid', init: 'he', biasInit: 'zeros' },
];

function measure(net: Network, data: Dataset, Y: Matrix): Measure {
  const P = net.predict(data.X);
  const cost = net.cost(Y);
  let wrong = 0;
  let total = 0;
  for (let j = 0; j < P.cols; j++) {
    const p = P.get(0, j);
    const right = data.labels[j] === 1 ? p >= 0.5 : p < 0.5;
    if (!right) {
      wrong++;
      total -= Math.log(data.labels[j] === 1 ? p : 1 - p);
    }
  }
  return { cost, accuracy: accuracy(P, data.labels), wrongLoss: wrong ? total / wrong : 0 };
}

/** Trains the run from its seeds; returns a measurement at epoch 0 and every OVERFIT.every epochs. */
export function overfittingRun(): Point[] {
  const train = moons(OVERFIT.trainPoints, OVERFIT.noise, createRng(OVERFIT.trainSeed));
  const test = moons(OVERFIT.testPoints, OVERFIT.noise, createRng(OVERFIT.testSeed));
  const net = createNetwork(
    { inputs: 2, layers: OVERFIT_LAYERS, loss: 'bce' },
    createRng(OVERFIT.netSeed),
  );
  const Ytrain = binaryTargets(train.labels);
  const Ytest = binaryTargets(test.labels);
  const trainer = new Trainer(net, train.X, Ytrain, {
    alpha: OVERFIT.alpha,
    batchSize: OVERFIT.batchSize,
    rng: createRng(OVERFIT.shuffleSeed),
  });
  const points: Point[] = [];
  for (let epoch = 0; epoch <= OVERFIT.epochs; epoch += OVERFIT.every) {
    trainer.train(epoch - trainer.epochs);
    if (trainer.state !== 'running') throw new Error(`overfitting run: ${trainer.reason}`);
    points.push({ epoch, train: measure(net, train, Ytrain), test: measure(net, test, Ytest) });
  }
  return points;
}

/** The measurement with the lowest test cost (the first, if several tie). */
export function lowestTest(points: readonly Point[]): Point {
  return points.reduce((best, p) => (p.test.cost < best.test.cost ? p : best));
}
