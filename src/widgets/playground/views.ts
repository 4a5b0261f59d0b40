// What the training playground draws from a run: the decision map and each
// hidden unit's map (batched passes over preallocated grids), the confusion
// matrix, and the network as units and weighted connections. Read-outs only:
// the run and the actions on it are playground.ts.
import { Dense, Matrix, gridInputs, predictedClass } from '../../engine/index.ts';
import type { FeatureName } from './registry.ts';
import { GRID, UNIT_GRID, VIEW, featureInputs, isRegression } from './data.ts';
import { denseLayers, type Run } from './playground.ts';

/** One connection of the network view: the dense layer (index into net.layers), row `to`, column `from` of its W. */
export interface Link {
  layer: number;
  /** Position of that dense layer among the dense layers (0 = inputs to the first layer). */
  depth: number;
  from: number;
  to: number;
  w: number;
}

/** The network as units and weighted connections: unit counts per column (inputs first) and every weight. */
export function networkView(run: Run): { sizes: number[]; links: Link[] } {
  const dense = denseLayers(run.net);
  const sizes = [run.net.inputs, ...dense.map((i) => run.net.layers[i].nOut)];
  const links: Link[] = [];
  dense.forEach((layer, depth) => {
    const W = (run.net.layers[layer] as Dense).W;
    for (let to = 0; to < W.rows; to++)
      for (let from = 0; from < W.cols; from++)
        links.push({ layer, depth, from, to, w: W.get(to, from) });
  });
  return { sizes, links };
}

// Grid inputs per size for the last feature set asked for (the set rarely changes).
const grids = new Map<number, { key: string; X: Matrix }>();
function gridFor(n: number, features: readonly FeatureName[]): Matrix {
  const key = features.join(',');
  let g = grids.get(n);
  if (g?.key !== key) grids.set(n, (g = { key, X: featureInputs(gridInputs(n, VIEW), features) }));
  return g.X;
}

/** A decision map: the predicted class and its confidence (0 = a coin toss, 1 = sure) per grid pixel, top row first. */
export interface DecisionPixels {
  cls: Uint8Array;
  conf: Float64Array;
}

/**
 * The decision map from one batched pass over the preallocated grid, written
 * into `out` (reused frame after frame, so a frame allocates no pixels).
 */
export function decisionMap(
  run: Run,
  out: DecisionPixels = { cls: new Uint8Array(GRID * GRID), conf: new Float64Array(GRID * GRID) },
): DecisionPixels {
  const P = run.net.predict(gridFor(GRID, run.settings.features));
  const n = GRID * GRID;
  const { cls, conf } = out;
  const d = P.data;
  const rows = P.rows;
  if (isRegression(run.settings)) {
    // A predicted value: its sign picks the colour, its size (up to 1) the strength.
    for (let j = 0; j < n; j++) {
      cls[j] = d[j] > 0 ? 1 : 0;
      conf[j] = Math.min(1, Math.abs(d[j]));
    }
  } else if (rows === 1) {
    // One sigmoid unit: p(class 1) = d[j]; the confidence of either class is |2p − 1|.
    for (let j = 0; j < n; j++) {
      const p = d[j];
      cls[j] = p > 0.5 ? 1 : 0;
      conf[j] = Math.max(0, Math.min(1, Math.abs(2 * p - 1)));
    }
  } else {
    // Softmax, stored row-major (class i of pixel j at i·n + j): the top class, rescaled so 1/k is 0.
    for (let j = 0; j < n; j++) {
      let best = 0;
      for (let i = 1; i < rows; i++) if (d[i * n + j] > d[best * n + j]) best = i;
      cls[j] = best;
      conf[j] = Math.max(0, Math.min(1, (d[best * n + j] - 1 / rows) / (1 - 1 / rows)));
    }
  }
  return out;
}

/** Each hidden unit's output over the plane (25 × 25, top row first), from one batched pass over the small grid. */
export function unitMaps(run: Run): Float64Array[][] {
  run.net.predict(gridFor(UNIT_GRID, run.settings.features));
  return run.hidden.map((l) =>
    Array.from({ length: run.net.layers[l].nOut }, (_, u) =>
      Float64Array.from(run.net.unitOutput(l, u)),
    ),
  );
}

/** The decision map and each hidden unit's map. */
export function maps(run: Run): { cls: Uint8Array; conf: Float64Array; units: Float64Array[][] } {
  const units = unitMaps(run);
  return { ...decisionMap(run), units };
}

/** The confusion matrix on the test points: rows are the true class, columns the predicted one. */
export function confusion(run: Run): number[][] {
  const m = Array.from({ length: run.classes }, () => new Array<number>(run.classes).fill(0));
  const P = run.net.predict(run.Xtest);
  for (let j = 0; j < P.cols; j++) m[run.test.labels[j]][predictedClass(P, j)]++;
  return m;
}
