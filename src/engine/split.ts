import { Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';
import type { Dataset } from './datasets.ts';

function subset(ds: Dataset, name: string, idx: Int32Array): Dataset {
  const X = new Matrix(ds.X.rows, idx.length);
  const labels = new Uint8Array(idx.length);
  for (let j = 0; j < idx.length; j++) {
    for (let i = 0; i < ds.X.rows; i++) X.set(i, j, ds.X.get(i, idx[j]));
    labels[j] = ds.labels[idx[j]];
  }
  return { name, X, labels, classes: ds.classes };
}

/** A seeded random split: round(testFraction·N) points go to test, the rest to train. */
export function trainTestSplit(
  ds: Dataset,
  testFraction: number,
  rng: Rng,
): { train: Dataset; test: Dataset } {
  if (!(testFraction >= 0 && testFraction <= 1)) {
    throw new Error(`trainTestSplit: testFraction must be in [0, 1], got ${testFraction}`);
  }
  const N = ds.X.cols;
  const order = new Int32Array(N);
  for (let j = 0; j < N; j++) order[j] = j;
  rng.shuffle(order);
  const nTest = Math.round(testFraction * N);
  return {
    train: subset(ds, `${ds.name}-train`, order.slice(nTest)),
    test: subset(ds, `${ds.name}-test`, order.slice(0, nTest)),
  };
}
