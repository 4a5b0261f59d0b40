// The playground's four choices, each as ONE map from a name to what it means:
// the settings type, the URL table (url.ts), the data maker and the controls'
// labels all read these maps, so adding a data set or an activation is one entry
// here (and its words in strings.ts).
import {
  Matrix,
  blobs,
  circles,
  moons,
  spirals,
  xorCloud,
  type Dataset,
  type InitSpec,
  type Rng,
} from '../../engine/index.ts';
import { labels } from './strings.ts';

/**
 * A data set the playground can draw: `make` is null for the reader's own points.
 * A regression set ('values') carries its real-valued target as a third row of X
 * (so the seeded split keeps point and target together); its labels, the target's
 * sign, only colour the points.
 */
export interface DatasetEntry {
  label: string;
  /** Whether the reader chooses the number of classes. */
  classes: boolean;
  kind: 'classes' | 'values';
  make: ((n: number, noise: number, rng: Rng, classes: number) => Dataset) | null;
}

/** n points uniform in [−1, 1]² with target f(x₁, x₂) + noise·N(0, 1), as rows x₁, x₂, y. */
export function regressionData(
  name: string,
  f: (x1: number, x2: number) => number,
  n: number,
  noise: number,
  rng: Rng,
): Dataset {
  const X = new Matrix(3, n);
  const labels = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    const y = f(a, b) + noise * rng.normal();
    X.set(0, j, a);
    X.set(1, j, b);
    X.set(2, j, y);
    labels[j] = y > 0 ? 1 : 0;
  }
  return { name, X, labels, classes: 2 };
}

/** The two regression targets: a tilted plane, and a bump up at (0.4, 0.4) beside a dip at (−0.4, −0.4). */
export const plane = (a: number, b: number) => (a + b) / 2;
export const bumps = (a: number, b: number) =>
  Math.exp(-((a - 0.4) ** 2 + (b - 0.4) ** 2) / 0.1) -
  Math.exp(-((a + 0.4) ** 2 + (b + 0.4) ** 2) / 0.1);

export const DATASETS = {
  xor: {
    label: labels.dataset.xor,
    classes: false,
    kind: 'classes',
    make: (n, noise, rng) => xorCloud(n, noise, rng),
  },
  circles: {
    label: labels.dataset.circles,
    classes: false,
    kind: 'classes',
    make: (n, noise, rng) => circles(n, noise, rng),
  },
  spirals: {
    label: labels.dataset.spirals,
    classes: false,
    kind: 'classes',
    make: (n, noise, rng) => spirals(n, noise, rng),
  },
  // Blobs need some spread: at noise 0 every point of a class would sit on one spot.
  blobs: {
    label: labels.dataset.blobs,
    classes: true,
    kind: 'classes',
    make: (n, noise, rng, k) => blobs(n, k, Math.max(noise, 0.05), rng),
  },
  moons: {
    label: labels.dataset.moons,
    classes: false,
    kind: 'classes',
    make: (n, noise, rng) => moons(n, noise, rng),
  },
  custom: { label: labels.dataset.custom, classes: true, kind: 'classes', make: null },
  plane: {
    label: labels.dataset.plane,
    classes: false,
    kind: 'values',
    make: (n, noise, rng) => regressionData('plane', plane, n, noise, rng),
  },
  bumps: {
    label: labels.dataset.bumps,
    classes: false,
    kind: 'values',
    make: (n, noise, rng) => regressionData('bumps', bumps, n, noise, rng),
  },
} as const satisfies Record<string, DatasetEntry>;

/** A hidden-layer activation: the engine's name and the range its unit maps are drawn over (null: from the values). */
export interface ActivationEntry {
  label: string;
  range: readonly [number, number] | null;
}

export const ACTIVATIONS = {
  tanh: { label: labels.activation.tanh, range: [-1, 1] },
  relu: { label: labels.activation.relu, range: null },
  sigmoid: { label: labels.activation.sigmoid, range: [0, 1] },
  'leaky-relu': { label: labels.activation['leaky-relu'], range: null },
} as const satisfies Record<string, ActivationEntry>;

/** A loss: the engine's loss for a given output unit. */
export interface LossEntry {
  label: string;
  engine: (output: 'sigmoid' | 'softmax') => 'bce' | 'cce' | 'mse';
}

export const LOSSES = {
  ce: { label: labels.loss.ce, engine: (out) => (out === 'sigmoid' ? 'bce' : 'cce') },
  mse: { label: labels.loss.mse, engine: () => 'mse' },
} as const satisfies Record<string, LossEntry>;

/** How weights start: the engine's initialiser description. */
export interface InitEntry {
  label: string;
  spec: InitSpec;
}

export const INITS = {
  zeros: { label: labels.init.zeros, spec: 'zeros' },
  uniform: { label: labels.init.uniform, spec: { name: 'uniform', limit: 0.5 } },
  xavier: { label: labels.init.xavier, spec: 'xavier' },
  he: { label: labels.init.he, spec: 'he' },
} as const satisfies Record<string, InitEntry>;

/** An input feature: a function of the point (x₁, x₂) the network sees as one input, as in TensorFlow Playground. */
export interface FeatureEntry {
  label: string;
  f: (x1: number, x2: number) => number;
}

export const FEATURES = {
  x1: { label: labels.feature.x1, f: (a) => a },
  x2: { label: labels.feature.x2, f: (_, b) => b },
  x1sq: { label: labels.feature.x1sq, f: (a) => a * a },
  x2sq: { label: labels.feature.x2sq, f: (_, b) => b * b },
  x1x2: { label: labels.feature.x1x2, f: (a, b) => a * b },
  sinx1: { label: labels.feature.sinx1, f: (a) => Math.sin(a) },
  sinx2: { label: labels.feature.sinx2, f: (_, b) => Math.sin(b) },
} as const satisfies Record<string, FeatureEntry>;

/** A weight penalty: which of the optimiser's strengths the rate goes to (biases are never penalised). */
export interface RegularisationEntry {
  label: string;
  rates: (rate: number) => { l1: number; l2: number };
}

export const REGULARISATIONS = {
  none: { label: labels.reg.none, rates: () => ({ l1: 0, l2: 0 }) },
  l1: { label: labels.reg.l1, rates: (r) => ({ l1: r, l2: 0 }) },
  l2: { label: labels.reg.l2, rates: (r) => ({ l1: 0, l2: r }) },
} as const satisfies Record<string, RegularisationEntry>;

export type DatasetName = keyof typeof DATASETS;
export type RegularisationName = keyof typeof REGULARISATIONS;
export type FeatureName = keyof typeof FEATURES;
export type ActivationName = keyof typeof ACTIVATIONS;
export type LossChoice = keyof typeof LOSSES;
export type InitName = keyof typeof INITS;

/** A registry's names, in its order (the order the controls list them). */
export function namesOf<R extends Record<string, unknown>>(registry: R): (keyof R & string)[] {
  return Object.keys(registry) as (keyof R & string)[];
}

/** A registry as options for a select: value = name, label = the entry's label. */
export function optionsOf<R extends Record<string, { label: string }>>(
  registry: R,
): { value: keyof R & string; label: string }[] {
  return namesOf(registry).map((value) => ({ value, label: registry[value].label }));
}
