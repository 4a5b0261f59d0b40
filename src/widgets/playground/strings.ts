// Every word the training playground shows, apart from its logic: the labels of
// the registries' entries, the run's status in sentences, and the names of
// units and connections. A second language replaces this file.
import { formatNumber } from '../shared/number.ts';
import type { RunStatus, Warning } from './status.ts';
import type { Settings } from './url.ts';

/** The label of each registry entry (registry.ts), by name. */
export const labels = {
  dataset: {
    xor: 'XOR',
    circles: 'Circles',
    spirals: 'Spirals',
    blobs: 'Blobs',
    moons: 'Moons',
    custom: 'Your own data',
    plane: 'Regression: plane',
    bumps: 'Regression: bump and dip',
  },
  activation: { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoid', 'leaky-relu': 'leaky ReLU' },
  loss: { ce: 'cross-entropy', mse: 'mean squared error' },
  init: { zeros: 'all zeros', uniform: 'uniform ±0.5', xavier: 'Xavier', he: 'He' },
  reg: { none: 'none', l1: 'L1 (λ·Σ|w|)', l2: 'L2 ((λ/2)·Σw²)' },
  feature: {
    x1: 'x₁',
    x2: 'x₂',
    x1sq: 'x₁²',
    x2sq: 'x₂²',
    x1x2: 'x₁x₂',
    sinx1: 'sin x₁',
    sinx2: 'sin x₂',
  },
} as const;

const f3 = (x: number) => formatNumber(x, 3);
const lower = ' — lower the learning rate';
// A diverged run's weights are already huge, so a lower rate alone cannot bring it back.
const lowerAndReset = ' — lower the learning rate, then press Reset to start again';

/** Why training stopped (or that it waits), as the words after "Training "; '' while it runs. */
export function statusText(s: RunStatus): string {
  switch (s.kind) {
    case 'running':
      return '';
    case 'waiting':
      return 'waiting: add at least 2 points (one is held out for testing)';
    case 'diverged': {
      const what =
        s.cause === 'loss'
          ? `loss became ${String(s.value)}`
          : s.cause === 'gradient'
            ? 'a gradient became NaN or infinite'
            : 'the loss became too large to measure';
      return `diverged: ${what} at epoch ${s.epoch}${lowerAndReset}`;
    }
    case 'limit':
      return `stopped after ${s.epochs} epochs, the limit you set`;
    case 'patience':
      return `stopped at epoch ${s.epoch}: the test loss has not improved for ${s.patience} epochs (best ${f3(s.best)} at epoch ${s.bestEpoch})`;
  }
}

/** The warning while the loss climbs, as the words after "Training is "; '' when there is none. */
export function warningText(w: Warning | null): string {
  if (!w) return '';
  return `diverging: the training loss grew from ${f3(w.start)} before training to ${f3(w.now)} at epoch ${w.epoch}${lower}`;
}

/** Why a setting was refused (changeSetting), in words. */
export function refusalText(
  r:
    | { code: 'own-classes'; top: number }
    | { code: 'no-feature' }
    | { code: 'build'; detail: string },
): string {
  if (r.code === 'own-classes') return words.refusedClasses(r.top);
  if (r.code === 'no-feature') return words.noFeature;
  return words.refusedBuild(r.detail);
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** A number as subscript digits: 12 → "₁₂". */
export const subscript = (n: number) => [...String(n)].map((d) => SUB[Number(d)]).join('');

/**
 * The name of a unit in the network view: inputs by their feature, hidden units
 * h₁, h₂ … (with the layer when there are several), the output ŷ (ŷ₁ … for softmax).
 */
export function unitName(
  kind: 'input' | 'hidden' | 'output',
  index: number,
  opts: { layer?: number; layers?: number; outputs?: number; input?: string } = {},
): string {
  if (kind === 'input') return opts.input ?? `x${subscript(index + 1)}`;
  if (kind === 'output') return (opts.outputs ?? 1) > 1 ? `ŷ${subscript(index + 1)}` : 'ŷ';
  const h = `h${subscript(index + 1)}`;
  return (opts.layers ?? 1) > 1 ? `${h} of layer ${opts.layer}` : h;
}

/** A connection's accessible name, e.g. "weight from x₁ to h₁: 0.42". */
export const connectionName = (from: string, to: string, w: number) =>
  `weight from ${from} to ${to}: ${formatNumber(w, 3)}`;

/** Words of the controls and notes added with the live controls, the network view and locking. */
export const words = {
  stepBatch: 'Step one mini-batch',
  stepEpoch: 'Step one epoch',
  network: 'Network',
  networkHelp:
    'Each line is a weight: blue for positive, orange for negative, thicker for larger. Click a line, or focus it (Tab, then the arrow keys) and press Enter, to read and change it.',
  networkLabel: (arch: string) => `The ${arch} network's units and weights`,
  weightField: (from: string, to: string) => `Type the weight from ${from} to ${to}`,
  weightSet: (from: string, to: string, w: number) =>
    `The weight from ${from} to ${to} is now ${formatNumber(w, 4)}; the numbers above are measured again.`,
  regressionNote:
    'Regression: the network predicts a number, with one linear output unit and the mean squared error (the output and loss settings do not apply).',
  regressionCaption:
    'Color: the predicted value, orange above 0 and blue below, stronger up to ±1. Each point is drawn by the sign of its target; filled: training points, outlined: test points.',
  features: 'Inputs (features)',
  featureHelp:
    'Each input is a function of the point; its small map shows its value over the plane, blue low, orange high.',
  featureMap: (name: string) => `The feature ${name} over the plane, blue low, orange high`,
  noFeature: 'Keep at least one input: a network needs something to look at.',
  noWeight: 'Choose a line in the network view to read and change its weight.',
  refusedClasses: (top: number) =>
    `Your points use class ${top}; clear them before choosing fewer classes.`,
  refusedBuild: (detail: string) =>
    `Those settings cannot be built (${detail}); the previous run is kept.`,
  locked: (n: number) =>
    `Your teacher locked ${n === 1 ? 'one control' : `${n} controls`} of this experiment; the link keeps them hidden.`,
  batchOf: (k: number, n: number, epoch: number) => `Mini-batch ${k} of ${n} in epoch ${epoch}.`,
} as const;

/** Each setting's control as a teacher locking an experiment sees it (lock.ts, the assignment builder). */
export const controlLabels: Record<keyof Settings, string> = {
  dataset: 'Data set',
  classes: 'Classes',
  noise: 'Noise',
  features: 'Features',
  layers: 'Hidden layers',
  units: 'Units per hidden layer',
  activation: 'Activation',
  output: 'Output',
  loss: 'Loss',
  lr: 'Learning rate',
  batch: 'Batch size',
  reg: 'Regularization',
  regRate: 'Regularization rate',
  speed: 'Speed',
  init: 'Initial weights',
  dropout: 'Dropout',
  rate: 'Dropout rate',
  bn: 'Batch normalization',
  seed: 'Seed',
  epochs: 'Stop after epochs',
  patience: 'Early stopping',
};

/** Why a link cannot be locked, in words. */
export const lockErrors = {
  empty: 'Paste a link to the training playground first.',
  'not-a-link':
    'That is not a web address; copy the link from the playground’s “Link to this run” field.',
  'not-playground': 'That link does not lead to the training playground (lesson 9).',
} as const;

/** The words of the assignment builder's locked-playground panel (PlaygroundLock.tsx). */
export const lockText = {
  title: 'Lock a playground experiment',
  intro:
    'Make a link to the training playground in which the controls you choose are hidden, so students change only what the experiment is about. Paste a link copied from the playground to fix its other settings too.',
  linkLabel: 'Playground link',
  hideLegend: 'Controls to hide',
  lockedLabel: 'Locked link',
  copy: 'Copy the locked link',
  copied: 'Locked link copied.',
  copyRefused: 'Copying is not allowed here: select the link and copy it by hand.',
} as const;
