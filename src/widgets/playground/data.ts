// The training playground's data: the seeded data set the settings name (or the
// reader's own points), its train/test split as every run and the graded task make
// it, and the chosen feature inputs; with the sizes of the data and of the maps
// drawn from it. All maths is the engine's.
import { Matrix, createRng, gridInputs, trainTestSplit, type Dataset } from '../../engine/index.ts';
import type { Settings } from './url.ts';
import type { OwnPoint } from './csv.ts';
import { DATASETS, FEATURES, type FeatureName } from './registry.ts';

/** Points in every data set, the share held out for testing, the decision map's size and extent. */
export const POINTS = 200;
export const TEST_FRACTION = 0.3;
/** The decision map's grid (40 × 40, drawn upscaled): small enough that one batched pass per frame stays cheap. */
export const GRID = 40;
/** Each hidden unit's (and input feature's) small map: its own 25 × 25 grid, evaluated only when the views redraw. */
export const UNIT_GRID = 25;
/** At most this long (ms, measured) training in one animation frame; the rest of the frame's epochs carry over. */
export const FRAME_BUDGET_MS = 8;
export const VIEW = { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 } as const;

/** Everything one run needs and has measured so far. */
/** The seeded data set the settings ask for (before the split); own points come from ownData. */
export function makeData(s: Settings): Dataset {
  const make = DATASETS[s.dataset].make;
  if (!make) throw new Error('makeData: "Your own data" has no generator; use ownData');
  return make(POINTS, s.noise, createRng(s.seed), s.classes);
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

/** True when the settings' data set has real-valued targets (regression: a linear output and MSE). */
export const isRegression = (s: Settings) => DATASETS[s.dataset].kind === 'values';

/** A data set's first two rows (the points) and, for a regression set, its third (the targets). */
function points(d: Dataset): { points: Dataset; y: Float64Array | null } {
  if (d.X.rows === 2) return { points: d, y: null };
  const X = new Matrix(2, d.X.cols, d.X.data.slice(0, 2 * d.X.cols));
  return { points: { ...d, X }, y: Float64Array.from(d.X.row(2)) };
}

/** The data set and its seeded train/test split, as every run (and the graded task) makes them; `yTrain`/`yTest` hold regression targets. */
export function splitData(
  s: Settings,
  own: readonly OwnPoint[] = [],
): {
  data: Dataset;
  train: Dataset;
  test: Dataset;
  yTrain: Float64Array | null;
  yTest: Float64Array | null;
} {
  const data = s.dataset === 'custom' ? ownData(own, s.classes) : makeData(s);
  const split = trainTestSplit(data, TEST_FRACTION, createRng(s.seed + 1));
  const train = points(split.train);
  const test = points(split.test);
  return { data, train: train.points, test: test.points, yTrain: train.y, yTest: test.y };
}

/** The points (2 × N) as the network's inputs: row k is the k-th chosen feature of each point. */
export function featureInputs(X: Matrix, features: readonly FeatureName[]): Matrix {
  const out = new Matrix(features.length, X.cols);
  features.forEach((name, k) => {
    const f = FEATURES[name].f;
    for (let j = 0; j < X.cols; j++) out.set(k, j, f(X.get(0, j), X.get(1, j)));
  });
  return out;
}

/** Each chosen feature's value over the plane on the unit-map grid (25 × 25, top row first), for its small map. */
export function featureMaps(features: readonly FeatureName[]): Float64Array[] {
  const G = gridInputs(UNIT_GRID, VIEW);
  const F = featureInputs(G, features);
  return features.map((_, k) => Float64Array.from(F.row(k)));
}
