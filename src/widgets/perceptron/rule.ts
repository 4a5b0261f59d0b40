// The perceptron rule and its geometry on the engine: the four rows of a
// logic gate, their outputs, the rule epoch by epoch, and the decision line.
import {
  Matrix,
  addBias,
  createPerceptron,
  getActivation,
  logicGate,
  matmul,
  perceptronEpoch,
  trainPerceptron,
} from '../../engine/index.ts';
import type { Perceptron } from '../../engine/index.ts';

/** The three gates of the lesson. */
export type Gate = 'and' | 'or' | 'xor';

/** A perceptron's parameters as the reader sets them. */
export interface Params {
  w1: number;
  w2: number;
  b: number;
}

/** One row of the truth table under the current parameters. */
export interface Row {
  x1: number;
  x2: number;
  z: number;
  y: number;
  /** 1 above the activation's middle value f(0), 0 below, 0.5 exactly on the line. */
  side: 0 | 0.5 | 1;
  target: number;
  correct: boolean;
}

/**
 * Weights, bias and inputs are decimals (sliders in steps of 0.1, α like 0.2),
 * and binary floating point gets decimals slightly wrong: 0.1 + 0.2 − 0.3 is
 * 5.6e−17, which the lecture's step reads as "on" although on paper the point
 * lies exactly on the line (output 0.5). So the widget works in whole
 * thousandths, where every sum is exact, and the perceptron rule (which is the
 * same rule in any unit) makes exactly the decisions it makes on paper.
 */
export const UNIT = 1000;
const toUnits = (v: number) => Math.round(v * UNIT);

/** Rounds a typed value to the thousandths the lab keeps. */
export const keep = (v: number) => toUnits(v) / UNIT;

/** The gate's four points as columns of X (2 × 4) and their targets. */
export function gateData(gate: Gate) {
  const d = logicGate(gate);
  return { X: d.X, targets: Array.from(d.labels) };
}

/** z = w·x + b for each column of X (2 × m, in units), returned as plain numbers. */
function weightedSums(p: Params, X: Matrix): number[] {
  const W = new Matrix(1, 2, Float64Array.of(toUnits(p.w1), toUnits(p.w2)));
  const Z = matmul(W, X, new Matrix(1, X.cols));
  // X is in units too, so b is in units² to match W·X.
  addBias(Z, new Matrix(1, 1, Float64Array.of(toUnits(p.b) * UNIT)));
  return Array.from(Z.data.subarray(0, X.cols), (z) => z / (UNIT * UNIT));
}

/** Which side of the line an output lies on, judged against f(0), the middle of a step, sign, sigmoid or tanh. */
function sideOf(y: number, mid: number): 0 | 0.5 | 1 {
  return y > mid ? 1 : y < mid ? 0 : 0.5;
}

/** The weighted sum, output and side for arbitrary points (x1, x2). */
export function evaluate(
  p: Params,
  points: readonly (readonly [number, number])[],
  activation: string,
) {
  const X = new Matrix(2, points.length);
  points.forEach(([a, c], j) => {
    X.set(0, j, toUnits(a));
    X.set(1, j, toUnits(c));
  });
  const act = getActivation(activation);
  const mid = act.f(0);
  return weightedSums(p, X).map((z) => {
    const y = act.f(z);
    return { z, y, side: sideOf(y, mid) };
  });
}

/** The four rows of the gate's truth table under p. */
export function gateRows(p: Params, gate: Gate, activation: string): Row[] {
  const { X, targets } = gateData(gate);
  const pts = targets.map((_, j) => [X.get(0, j), X.get(1, j)] as const);
  return evaluate(p, pts, activation).map((r, j) => ({
    x1: pts[j][0],
    x2: pts[j][1],
    ...r,
    target: targets[j],
    correct: r.side === targets[j],
  }));
}

/** The engine's perceptron holding p in units (a perceptron with weights 0 and the given α, then set). */
function toPerceptron(p: Params, alpha: number): Perceptron {
  const q = createPerceptron(2, toUnits(alpha));
  q.w[0] = toUnits(p.w1);
  q.w[1] = toUnits(p.w2);
  q.b = toUnits(p.b);
  return q;
}

const fromPerceptron = (q: Perceptron): Params => ({
  w1: q.w[0] / UNIT,
  w2: q.w[1] / UNIT,
  b: q.b / UNIT,
});

/** A state key: equal keys at the ends of two epochs mean the rule is cycling. */
export const paramsKey = (p: Params) => `${toUnits(p.w1)},${toUnits(p.w2)},${toUnits(p.b)}`;

/** One epoch of the perceptron rule over the four rows in order (0,0), (0,1), (1,0), (1,1). */
export function trainEpoch(p: Params, gate: Gate, alpha: number) {
  const { X, targets } = gateData(gate);
  const q = toPerceptron(p, alpha);
  // The inputs 0 and 1 are the same in any unit: z in units = W·x + b.
  const { errors } = perceptronEpoch(q, X, targets);
  return { params: fromPerceptron(q), errors };
}

/** The rule run until an epoch makes no mistake, the weights repeat (a cycle), or maxEpochs pass. */
export function trainUntil(p: Params, gate: Gate, alpha: number, maxEpochs: number) {
  const { X, targets } = gateData(gate);
  const q = toPerceptron(p, alpha);
  const report = trainPerceptron(q, X, targets, maxEpochs);
  const last = report.history[report.history.length - 1];
  // In units the engine's weights are whole numbers, so this key matches paramsKey.
  const keys = report.history.map((e) => `${e.w.join(',')},${e.b}`);
  const repeats = report.converged ? -1 : keys.indexOf(keys[keys.length - 1]);
  return {
    params: fromPerceptron(q),
    epochs: report.epochs,
    converged: report.converged,
    errors: last.errors,
    /** The earlier epoch (counted in this run, from 1) whose end the weights returned to, if they cycled. */
    cycleFrom: repeats >= 0 && repeats < keys.length - 1 ? repeats + 1 : null,
    /** The state key after each epoch of this run. */
    keys,
  };
}

/** The corners of the box [lo, hi]², counter-clockwise, with w·x + b at each. */
function boxSums(p: Params, lo: number, hi: number) {
  const box: [number, number][] = [
    [lo, lo],
    [hi, lo],
    [hi, hi],
    [lo, hi],
  ];
  return { box, z: evaluate(p, box, 'linear').map((r) => r.z) };
}

/** Where the line w·x + b = 0 crosses the edge from corner i to the next, or null when it does not. */
function edgeCrossing(box: [number, number][], z: number[], i: number): [number, number] | null {
  const j = (i + 1) % box.length;
  if (z[i] > 0 === z[j] > 0) return null;
  const t = z[i] / (z[i] - z[j]);
  return [box[i][0] + t * (box[j][0] - box[i][0]), box[i][1] + t * (box[j][1] - box[i][1])];
}

/** The part of the box [lo, hi]² where w·x + b > 0 (the "on" side), as polygon corners. */
export function onSide(p: Params, lo: number, hi: number): [number, number][] {
  const { box, z } = boxSums(p, lo, hi);
  const out: [number, number][] = [];
  // One step of Sutherland–Hodgman: keep corners with z > 0, add the crossings of the edges.
  for (let i = 0; i < 4; i++) {
    if (z[i] > 0) out.push(box[i]);
    const hit = edgeCrossing(box, z, i);
    if (hit) out.push(hit);
  }
  return out;
}

/** The decision line w·x + b = 0 inside the box, as two end points, or null when it misses the box. */
export function decisionLine(
  p: Params,
  lo: number,
  hi: number,
): [[number, number], [number, number]] | null {
  const { box, z } = boxSums(p, lo, hi);
  const hits: [number, number][] = [];
  for (let i = 0; i < 4; i++) {
    const hit = edgeCrossing(box, z, i);
    if (hit) hits.push(hit);
  }
  return hits.length >= 2 ? [hits[0], hits[1]] : null;
}

/** What the rule did on one example: its output before the update, and the parameters after. */
export interface ExampleStep {
  x1: number;
  x2: number;
  target: number;
  /** The step's output before the update (0.5 exactly on the line). */
  y: number;
  mistake: boolean;
  params: Params;
}

/** The perceptron rule on example j of the gate (0 to 3, in the order (0,0), (0,1), (1,0), (1,1)). */
export function trainExample(p: Params, gate: Gate, alpha: number, j: number): ExampleStep {
  const { X, targets } = gateData(gate);
  const x1 = X.get(0, j);
  const x2 = X.get(1, j);
  const q = toPerceptron(p, alpha);
  // The engine's epoch over a one-column data set is exactly one update of the rule.
  const before = evaluate(p, [[x1, x2]], 'step')[0].y;
  const { errors } = perceptronEpoch(q, new Matrix(2, 1, Float64Array.of(x1, x2)), [targets[j]]);
  return { x1, x2, target: targets[j], y: before, mistake: errors > 0, params: fromPerceptron(q) };
}
