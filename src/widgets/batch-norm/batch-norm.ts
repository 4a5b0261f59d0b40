// Batch-norm demo (lesson 8): one unit's pre-activations over a mini-batch,
// normalized by the engine's BatchNorm layer, and two deep sigmoid networks
// trained side by side, with and without batch norm. All maths is the engine's.
import {
  BatchNorm,
  Matrix,
  circles,
  createRng,
  trainTestSplit,
  type LayerSpec,
} from '../../engine/index.ts';
import { createCurveRun, type CurveRun } from '../shared/curve-run.ts';
import type { RunPair } from '../shared/train-both.ts';
import { parseNumber } from '../shared/number.ts';

/** The seeded batch and the histogram range. */
export const BATCH = { size: 32, seed: 4, lo: -12, hi: 12, binWidth: 1 } as const;

/** A seeded batch of `size` pre-activations, normal with the given mean and spread (standard deviation). */
export function sampleBatch(
  mean: number,
  spread: number,
  seed: number = BATCH.seed,
  size: number = BATCH.size,
): number[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, () => rng.normal(mean, spread));
}

/** A batch typed by the reader: numbers separated by commas or spaces, 2 to 64 of them; names the first bad item. */
export function parseBatch(
  text: string,
): { ok: true; values: number[] } | { ok: false; message: string } {
  const items = text.split(/[\s,;]+/).filter((s) => s.length > 0);
  if (items.length < OWN_LIMITS.min || items.length > OWN_LIMITS.max) {
    return {
      ok: false,
      message: `Type between 2 and 64 numbers separated by commas (got ${items.length}).`,
    };
  }
  const values: number[] = [];
  for (let k = 0; k < items.length; k++) {
    const p = parseNumber(items[k]);
    if (!p.ok) return { ok: false, message: `Item ${k + 1} ("${items[k]}") is not a number.` };
    if (Math.abs(p.value) > OWN_LIMITS.abs)
      return { ok: false, message: `Item ${k + 1} (${items[k]}) is outside −1000 to 1000.` };
    values.push(p.value);
  }
  return { ok: true, values };
}

/** What batch norm does to one batch: μ_B, σ²_B, x̂ and y = γ·x̂ + β (training mode), and the mean and variance of y. */
export interface Normalized {
  mean: number;
  variance: number;
  xhat: number[];
  y: number[];
  outMean: number;
  outVariance: number;
}

/** Runs the engine's BatchNorm forward pass (training mode) on one unit's batch with the given γ and β. */
export function normalizeBatch(values: readonly number[], gamma: number, beta: number): Normalized {
  const bn = new BatchNorm(1);
  bn.gamma.data[0] = gamma;
  bn.beta.data[0] = beta;
  bn.forward(new Matrix(1, values.length, Float64Array.from(values)), true);
  // The output's own statistics, measured by a second batch-norm pass over y.
  const probe = new BatchNorm(1);
  probe.forward(bn.H, true);
  return {
    mean: bn.mean.data[0],
    variance: bn.variance.data[0],
    xhat: Array.from(bn.Xhat.data),
    y: Array.from(bn.H.data),
    outMean: probe.mean.data[0],
    outVariance: probe.variance.data[0],
  };
}

/** Where the batch comes from: seeded samples of a mean and spread, or numbers the reader typed. */
export type BatchSource =
  { source: 'sample'; mean: number; spread: number } | { source: 'own'; values: number[] };

/** The limits a typed batch must keep (parseBatch enforces them). */
export const OWN_LIMITS = { min: 2, max: 64, abs: 1000 } as const;

/** The batch's values: sampled from the seed, or the typed ones. */
export function batchValues(b: BatchSource): number[] {
  return b.source === 'own' ? b.values : sampleBatch(b.mean, b.spread);
}

/** The standard deviation of y, √(variance of y). */
export const outSpread = (n: Normalized): number => Math.sqrt(n.outVariance);

/** The demo's starting settings. */
export const START = {
  source: 'sample',
  mean: 4,
  spread: 2,
  gamma: 1,
  beta: 0,
  own: '1, 2, 3, 6',
} as const;

/** Counts values into bins of `width` from lo to hi; a value equal to hi goes in the last bin; values outside go into the end bins and are counted in `clamped`. */
export function histogram(
  values: readonly number[],
  lo: number,
  hi: number,
  width: number,
): { counts: number[]; clamped: number } {
  const n = Math.round((hi - lo) / width);
  const counts = new Array<number>(n).fill(0);
  let clamped = 0;
  for (const v of values) {
    let k = v === hi ? n - 1 : Math.floor((v - lo) / width);
    if (k < 0 || k >= n) {
      clamped++;
      k = k < 0 ? 0 : n - 1;
    }
    counts[k]++;
  }
  return { counts, clamped };
}

/** The training comparison: a deep, narrow sigmoid network on noisy circles. */
export const BN_SETUP = {
  seed: 2,
  points: 400,
  testFraction: 0.5,
  noise: 0.1,
  hidden: 8,
  depth: 5,
  alpha: 0.1,
  batch: 25,
  epochs: 60,
  every: 1,
} as const;

/** One of the two side-by-side runs with its loss curves (see shared/curve-run.ts). */
export type BnRun = CurveRun;

/** A fresh run; with batch norm each hidden layer is dense (no activation) → batch norm → sigmoid; otherwise dense sigmoid. Same seed, same weights. */
export function createBnRun(withBn: boolean, seed: number = BN_SETUP.seed): BnRun {
  const all = circles(BN_SETUP.points, BN_SETUP.noise, createRng(seed));
  const { train, test } = trainTestSplit(all, BN_SETUP.testFraction, createRng(seed + 1));
  const layers: LayerSpec[] = [];
  for (let l = 0; l < BN_SETUP.depth; l++) {
    if (withBn) {
      layers.push(
        { type: 'dense', units: BN_SETUP.hidden, activation: 'linear' },
        { type: 'batchnorm' },
      );
      layers.push({ type: 'activation', activation: 'sigmoid' });
    } else {
      layers.push({ type: 'dense', units: BN_SETUP.hidden, activation: 'sigmoid' });
    }
  }
  layers.push({ type: 'dense', units: 1, activation: 'sigmoid' });
  return createCurveRun(layers, { train, test }, BN_SETUP, seed);
}

/** The comparison: the deep sigmoid network without batch norm and with it. */
export function bnPair(seed: number = BN_SETUP.seed): RunPair {
  return { plain: createBnRun(false, seed), other: createBnRun(true, seed) };
}
