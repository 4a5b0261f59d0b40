// The backprop stepper's model: a 2-2-1 sigmoid network with binary
// cross-entropy on one example, traced through the engine's per-layer caches.
import {
  Matrix,
  Optimizer,
  checkGradients,
  createNetwork,
  createRng,
  sigmoid,
} from '../../engine/index.ts';
import type { Dense, Network } from '../../engine/index.ts';

/** The lesson's worked example (lesson 7): X, Y and the starting weights. */
export const LESSON = {
  X: [0.5, 1.0],
  Y: 1,
  W1: [
    [0.1, 0.4],
    [-0.3, 0.2],
  ],
  b1: [0, 0.1],
  W2: [[0.5, -0.6]],
  b2: [0.2],
} as const;

/** Starting weights: the lesson's, or Xavier-uniform from a seed (biases zero). */
export type WeightChoice = { kind: 'lesson' } | { kind: 'seed'; seed: number };

/** The 2-2-1 network: 2 inputs, 2 sigmoid hidden units, 1 sigmoid output with binary cross-entropy (so DZ² = P − Y). */
export function buildNetwork(choice: WeightChoice): Network {
  const net = createNetwork(
    {
      inputs: 2,
      layers: [
        { type: 'dense', units: 2, activation: 'sigmoid' },
        { type: 'dense', units: 1, activation: 'sigmoid' },
      ],
      loss: 'bce',
    },
    createRng(choice.kind === 'seed' ? choice.seed : 1),
  );
  if (choice.kind === 'lesson') {
    const [l1, l2] = net.layers as Dense[];
    l1.W.data.set(LESSON.W1.flat());
    l1.b.data.set(LESSON.b1);
    l2.W.data.set(LESSON.W2.flat());
    l2.b.data.set(LESSON.b2);
  }
  return net;
}

/** Every quantity of one forward and backward pass, as rows of numbers. */
export type Quantities = Record<QuantityName, number[][]>;
export type QuantityName =
  | 'X'
  | 'Y'
  | 'W1'
  | 'b1'
  | 'W2'
  | 'b2'
  | 'Z1'
  | 'H1'
  | 'Z2'
  | 'P'
  | 'loss'
  | 'DZ2'
  | 'DW2'
  | 'Db2'
  | 'dH1'
  | 'gZ1'
  | 'DZ1'
  | 'DW1'
  | 'Db1'
  | 'dH0';

/** Backprop and finite differences side by side for one parameter. */
export interface Check {
  analytic: number[][];
  numeric: number[][];
  relError: number[][];
  worst: number;
}

/** One traced pass: the quantities and the gradient check of W², b², W¹, b¹. */
export interface Trace {
  q: Quantities;
  checks: Record<'W1' | 'b1' | 'W2' | 'b2', Check>;
}

const rows = (M: Matrix) => M.toRows();

/** Runs the engine's gradient check, then a forward and backward pass, and reads every layer's cache. */
export function trace(net: Network, x: readonly number[], y: number): Trace {
  const X = Matrix.column(x);
  const Y = Matrix.column([y]);
  const entries = checkGradients(net, X, Y, GRADCHECK_H);
  net.forward(X, true);
  const loss = net.cost(Y);
  net.backward(Y);
  const [l1, l2] = net.layers as Dense[];
  const gZ1 = l1.Z.toRows().map((r, i) => r.map((z, j) => sigmoid.df(z, l1.H.get(i, j))));
  const q: Quantities = {
    X: rows(X),
    Y: rows(Y),
    W1: rows(l1.W),
    b1: rows(l1.b),
    W2: rows(l2.W),
    b2: rows(l2.b),
    Z1: rows(l1.Z),
    H1: rows(l1.H),
    Z2: rows(l2.Z),
    P: rows(l2.H),
    loss: [[loss]],
    DZ2: rows(l2.DZ),
    DW2: rows(l2.DW),
    Db2: rows(l2.Db),
    dH1: rows(l2.dHprev),
    gZ1,
    DZ1: rows(l1.DZ),
    DW1: rows(l1.DW),
    Db1: rows(l1.Db),
    dH0: rows(l1.dHprev),
  };
  const check = (layer: number, param: string, like: Matrix): Check => {
    const mine = entries.filter((e) => e.layer === layer && e.param === param);
    const shape = (f: (k: number) => number) =>
      Array.from({ length: like.rows }, (_, i) =>
        Array.from({ length: like.cols }, (_, j) => f(i * like.cols + j)),
      );
    return {
      analytic: shape((k) => mine[k].analytic),
      numeric: shape((k) => mine[k].numeric),
      relError: shape((k) => mine[k].relError),
      worst: Math.max(...mine.map((e) => e.relError)),
    };
  };
  return {
    q,
    checks: {
      W1: check(0, 'W', l1.W),
      b1: check(0, 'b', l1.b),
      W2: check(1, 'W', l2.W),
      b2: check(1, 'b', l2.b),
    },
  };
}

/** The finite-difference step of the gradient check: the lesson's h = 10⁻⁵. */
export const GRADCHECK_H = 1e-5;

/** One step of the walk-through: the line as written, what it reads and what it computes. */
export interface Step {
  phase: 'start' | 'forward' | 'backward';
  line: string;
  uses: QuantityName[];
  result: QuantityName | null;
  /** The parameter whose gradient this line computes (shown beside the finite-difference check). */
  check?: 'W1' | 'b1' | 'W2' | 'b2';
  /** Part of the lecture's "for l in [L − 1, …, 1]" loop. */
  inLoop?: boolean;
  note?: string;
}

/** The walk-through: the start, the forward pass, then the lecture's backprop pseudocode line by line (L = 2, m = 1). */
export const STEPS: readonly Step[] = [
  {
    phase: 'start',
    line: 'Start: the example X, its label Y, and the weights',
    uses: ['X', 'Y', 'W1', 'b1', 'W2', 'b2'],
    result: null,
  },
  { phase: 'forward', line: 'Z¹ = W¹·X + b¹', uses: ['W1', 'X', 'b1'], result: 'Z1' },
  { phase: 'forward', line: 'H¹ = σ(Z¹)', uses: ['Z1'], result: 'H1' },
  { phase: 'forward', line: 'Z² = W²·H¹ + b²', uses: ['W2', 'H1', 'b2'], result: 'Z2' },
  { phase: 'forward', line: 'P = σ(Z²)', uses: ['Z2'], result: 'P' },
  {
    phase: 'forward',
    line: 'loss = −[Y·ln P + (1 − Y)·ln(1 − P)]',
    uses: ['P', 'Y'],
    result: 'loss',
  },
  { phase: 'backward', line: 'DZ² = P − Y', uses: ['P', 'Y'], result: 'DZ2' },
  {
    phase: 'backward',
    line: 'DW² = (1/m)·DZ²·(H¹)ᵀ',
    uses: ['DZ2', 'H1'],
    result: 'DW2',
    check: 'W2',
  },
  {
    phase: 'backward',
    line: 'Db² = (1/m)·Σ DZ² (summed over the m examples)',
    uses: ['DZ2'],
    result: 'Db2',
    check: 'b2',
  },
  { phase: 'backward', line: 'dH¹ = (W²)ᵀ·DZ²', uses: ['W2', 'DZ2'], result: 'dH1' },
  {
    phase: 'backward',
    line: 'DZ¹ = dH¹ ⊙ σ′(Z¹)',
    uses: ['dH1', 'gZ1'],
    result: 'DZ1',
    inLoop: true,
    note: 'σ′(Z¹) = H¹ ⊙ (1 − H¹)',
  },
  {
    phase: 'backward',
    line: 'DW¹ = (1/m)·DZ¹·(H⁰)ᵀ',
    uses: ['DZ1', 'X'],
    result: 'DW1',
    check: 'W1',
    inLoop: true,
    note: 'H⁰ = X',
  },
  {
    phase: 'backward',
    line: 'Db¹ = (1/m)·Σ DZ¹',
    uses: ['DZ1'],
    result: 'Db1',
    check: 'b1',
    inLoop: true,
  },
  {
    phase: 'backward',
    line: 'dH⁰ = (W¹)ᵀ·DZ¹',
    uses: ['W1', 'DZ1'],
    result: 'dH0',
    inLoop: true,
    note: 'not needed: the inputs are not updated',
  },
];

/** How each quantity is written. */
export const NAMES: Record<QuantityName, string> = {
  X: 'X = H⁰',
  Y: 'Y',
  W1: 'W¹',
  b1: 'b¹',
  W2: 'W²',
  b2: 'b²',
  Z1: 'Z¹',
  H1: 'H¹',
  Z2: 'Z²',
  P: 'P',
  loss: 'loss',
  DZ2: 'DZ²',
  DW2: 'DW²',
  Db2: 'Db²',
  dH1: 'dH¹',
  gZ1: 'σ′(Z¹)',
  DZ1: 'DZ¹',
  DW1: 'DW¹',
  Db1: 'Db¹',
  dH0: 'dH⁰',
};

/** What the stepper traces: the example, its label and the starting weights. */
export interface Setup {
  x: [number, number];
  y: number;
  choice: WeightChoice;
}

/** The stepper's start: the lesson's example and weights. */
export const START: Setup = {
  x: [LESSON.X[0], LESSON.X[1]],
  y: LESSON.Y,
  choice: { kind: 'lesson' },
};

/** The learning rate the update field starts at. */
export const START_ALPHA = 0.5;

/** The index of the last line; the update needs every gradient, so it waits for it. */
export const LAST_STEP = STEPS.length - 1;

/** The stepper's model: the engine's network (mutated by updates), its latest trace, and the loss before and after each update. */
export interface StepperModel {
  net: Network;
  t: Trace;
  /** losses[0] before any update, losses[k] after update k. */
  losses: number[];
}

/** A fresh network from the setup, traced once. */
export function freshModel(s: Setup): StepperModel {
  const net = buildNetwork(s.choice);
  const t = trace(net, s.x, s.y);
  return { net, t, losses: [t.q.loss[0][0]] };
}

/** One step of gradient descent, W ← W − α·DW and b ← b − α·Db, then a new trace (mutates m.net; returns the next model). */
export function applyUpdate(m: StepperModel, s: Setup, alpha: number): StepperModel {
  // The last trace left DW and Db from the current weights in the layers; the engine's optimizer applies them.
  new Optimizer(m.net.params(), { alpha }).step();
  const t = trace(m.net, s.x, s.y);
  return { net: m.net, t, losses: [...m.losses, t.q.loss[0][0]] };
}

/** The model after the given updates from a fresh start (what a task check rebuilds from published settings). */
export function replay(s: Setup, alphas: readonly number[]): StepperModel {
  let m = freshModel(s);
  for (const alpha of alphas) m = applyUpdate(m, s, alpha);
  return m;
}

/** The line on which a quantity is computed. */
export const stepOf = (q: QuantityName): number => STEPS.findIndex((st) => st.result === q);
