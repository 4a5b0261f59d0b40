// The hidden-space widget's graded task (lesson 4): "train until the classes are
// separable by a line in hidden space". The check makes the case's seeded points
// itself (with the widget's own pure model), takes the published weights, maps
// every point through the first layer with the engine, and
// tests whether the output unit's line w·h + b = 0 has each class strictly on
// its own side: then a line in hidden space separates them, and the network
// classifies every point correctly.
import { Dense, Matrix, getActivation } from '../../engine/index.ts';
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import {
  asRecord,
  fieldErrorOutcome,
  isNumber,
  isNumberList,
  readFieldErrors,
  widgetMissing,
} from './task-state.ts';
import {
  CASES,
  HIDDEN_ACTIVATION,
  type CaseName,
} from '../../widgets/hidden-space/hidden-space.ts';

/** The widget id under which the hidden-space widget publishes its state. */
export const HIDDEN_SPACE_WIDGET = 'hidden-space';

/** The network's weights, enough to redo its forward pass. */
export interface HiddenWeights {
  /** The first layer: W¹ (k rows of 2) and b¹ (k). */
  W1: number[][];
  b1: number[];
  /** The output unit's weights (k) and bias. */
  w2: number[];
  b2: number;
}

/**
 * What the hidden-space widget publishes: which case (so the check makes the same seeded
 * points itself rather than trusting points it is sent) and the weights.
 */
export interface HiddenSpaceTaskState extends HiddenWeights {
  case: CaseName;
  /** Labels of the fields whose text is not a valid number right now. */
  fieldErrors: string[];
}

/** Data points, one [x₁, x₂] each, and each point's class, 0 or 1. */
export interface HiddenPoints {
  inputs: number[][];
  labels: number[];
}

/** A list of exactly n finite numbers. */
const isNumbersOf = (v: unknown, n: number): v is number[] => isNumberList(v) && v.length === n;
const isCase = (v: unknown): v is CaseName => typeof v === 'string' && Object.hasOwn(CASES, v);

/** Reads a published state, or null when anything is missing, of the wrong shape, or not finite. */
export function readHiddenSpaceTaskState(state: unknown): HiddenSpaceTaskState | null {
  const s = asRecord(state);
  if (!s || !isCase(s.case)) return null;
  const k = CASES[s.case].hidden;
  const { W1, b1, w2, b2 } = s;
  if (!Array.isArray(W1) || W1.length !== k || !W1.every((row) => isNumbersOf(row, 2))) return null;
  if (!isNumbersOf(b1, k) || !isNumbersOf(w2, k) || !isNumber(b2)) return null;
  const fieldErrors = readFieldErrors(s.fieldErrors);
  return { case: s.case, W1: W1 as number[][], b1, w2, b2, fieldErrors };
}

/** A case's points, made from its seed exactly as the widget makes them. */
export function casePoints(name: CaseName): HiddenPoints {
  const { X, labels } = CASES[name].data();
  return {
    inputs: Array.from({ length: X.cols }, (_, j) => [X.get(0, j), X.get(1, j)]),
    labels: Array.from(labels),
  };
}

/** The output unit's weighted sums z = w·h + b at every point, with h = tanh(W¹x + b¹), by the engine's dense layers. */
export function outputSums(w: HiddenWeights, inputs: number[][]): Float64Array {
  const k = w.W1.length;
  const m = inputs.length;
  const hidden = new Dense(2, k, getActivation(HIDDEN_ACTIVATION));
  hidden.W.data.set(w.W1.flat());
  hidden.b.data.set(w.b1);
  const out = new Dense(k, 1, getActivation('linear'));
  out.W.data.set(w.w2);
  out.b.data[0] = w.b2;
  const X = new Matrix(2, m);
  inputs.forEach(([x1, x2], j) => {
    X.set(0, j, x1);
    X.set(1, j, x2);
  });
  return out.forward(hidden.forward(X, false), false).data.slice(0, m);
}

/** Points that are not strictly on their own class's side of the line (class 1 needs z > 0, class 0 needs z < 0). */
export function pointsOnWrongSide(w: HiddenWeights, { inputs, labels }: HiddenPoints): number {
  const z = outputSums(w, inputs);
  let wrong = 0;
  labels.forEach((c, j) => {
    if (c === 1 ? !(z[j] > 0) : !(z[j] < 0)) wrong++;
  });
  return wrong;
}

/** The outcome for these weights on these points: separated when no point is on the wrong side. */
export function gradeSeparation(w: HiddenWeights, points: HiddenPoints): CheckOutcome {
  const wrong = pointsOnWrongSide(w, points);
  const total = points.inputs.length;
  if (wrong > 0)
    return { ok: false, message: { code: 'hidden-space-not-separated', params: { wrong, total } } };
  return { ok: true, message: { code: 'hidden-space-separated', params: { total } } };
}

/** Passes when the output unit's line in hidden space has every point of each class on that class's side. */
export const separableCheck: WidgetCheck = {
  widget: HIDDEN_SPACE_WIDGET,
  run(state: unknown): CheckOutcome {
    const s = readHiddenSpaceTaskState(state);
    if (!s) return widgetMissing;
    const inError = fieldErrorOutcome(s.fieldErrors);
    if (inError) return inError;
    return gradeSeparation(s, casePoints(s.case));
  },
};

/** The hidden-space checks, by the name a poll gives in its `check` field. */
export const hiddenSpaceChecks: Record<string, WidgetCheck> = {
  'hidden-space-separable': separableCheck,
};
