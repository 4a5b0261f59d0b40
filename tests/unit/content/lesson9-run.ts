// Lesson 9's worked run, with the course's own engine: the recipe of the lesson
// (2-16-16-1, ReLU, He initialization, sigmoid output, binary cross-entropy,
// α = 0.1, mini-batches of 20) on seeded two-moons data, and the same data
// fitted by a single sigmoid unit. The lesson prints what this computes.
import {
  Trainer,
  accuracy,
  binaryTargets,
  createNetwork,
  createRng,
  moons,
  type Dataset,
  type LayerSpec,
  type Network,
} from '../../../src/engine/index.ts';

/** The fixed setup: seeds, sizes and the epochs at which the lesson's table reads the costs. */
export const RUN = {
  points: 200,
  noise: 0.1,
  trainSeed: 1,
  testSeed: 2,
  netSeed: 3,
  shuffleSeed: 4,
  alpha: 0.1,
  batchSize: 20,
  epochs: 300,
  marks: [1, 10, 50, 100, 200, 300],
} as const;

/** Cost and accuracy of a network on a data set. */
export interface Score {
  cost: number;
  accuracy: number;
}

/** One row of the table: the epoch and the scores on the training and the test set. */
export interface Row {
  epoch: number;
  train: Score;
  test: Score;
}

function score(net: Network, data: Dataset): Score {
  const P = net.predict(data.X);
  const acc = accuracy(P, data.labels);
  return { cost: net.cost(binaryTargets(data.labels)), accuracy: acc };
}

/** Trains the given layers on the seeded moons; returns a row at each of RUN.marks. */
export function lessonRun(layers: LayerSpec[]): Row[] {
  const train = moons(RUN.points, RUN.noise, createRng(RUN.trainSeed));
  const test = moons(RUN.points, RUN.noise, createRng(RUN.testSeed));
  const net = createNetwork({ inputs: 2, layers, loss: 'bce' }, createRng(RUN.netSeed));
  const trainer = new Trainer(net, train.X, binaryTargets(train.labels), {
    alpha: RUN.alpha,
    batchSize: RUN.batchSize,
    rng: createRng(RUN.shuffleSeed),
  });
  const rows: Row[] = [];
  for (const epoch of RUN.marks) {
    trainer.train(epoch - trainer.epochs);
    rows.push({ epoch, train: score(net, train), test: score(net, test) });
  }
  return rows;
}

/** The lesson's network: two hidden layers of 16 ReLU units, He-initialized, and a sigmoid output. */
export const RECIPE: LayerSpec[] = [
  { type: 'dense', units: 16, activation: 'relu', init: 'he', biasInit: 'zeros' },
  { type: 'dense', units: 16, activation: 'relu', init: 'he', biasInit: 'zeros' },
  { type: 'dense', units: 1, activation: 'sigmoid', init: 'he', biasInit: 'zeros' },
];

/** The comparison: no hidden layer, one sigmoid unit (logistic regression). */
export const NO_HIDDEN: LayerSpec[] = [
  { type: 'dense', units: 1, activation: 'sigmoid', init: 'xavier', biasInit: 'zeros' },
];
