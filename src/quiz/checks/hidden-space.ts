// The hidden-space widget's graded task (lesson 4): "train until the classes are
// separable by a line in hidden space". The check takes the published inputs
// and weights, maps every point through the first layer with the engine, and
// tests whether the output unit's line w·h + b = 0 has each class strictly on
// its own side: then a line in hidden space separates them, and the network
// classifies every point correctly.
import { Dense, Matrix, getActivation } from '../../engine/index.ts';
import type { CheckOutcome, WidgetCheck } from '../grade.ts';

/** The widget id under which the hidden-space widget publishes its state. */
export const HIDDEN_SPACE_WIDGET = 'hidden-space';

/** What the hidden-space widget publishes: plain data, enough to redo its forward pass. */
export interface HiddenSpaceTaskState {
  /** The hidden units' activation, by engine name. */
  activation: string;
  /** The data points, one [x₁, x₂] each. */
  inputs: number[][];
  /** Each point's class, 0 or 1. */
  labels: number[];
  /** The first layer: W¹ (k rows of 2) and b¹ (k). */
  W1: number[][];
  b1: number[];
  /** The output unit's weights (k) and bias. */
  w2: number[];
  b2: number;
  /** Labels of the fields whose text is not a valid number right now. */
  fieldErrors: string[];
}

/** Most hidden units a published state may have (the widget has 2 or 3). */
const MAX_HIDDEN = 16;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumbers = (v: unknown, n?: number): v is number[] =>
  Array.isArray(v) && v.every(isNumber) && (n === undefined || v.length === n);

/** Reads a published state, or null when anything is missing, of the wrong shape, or not finite. */
export function readHiddenSpaceTaskState(state: unknown): HiddenSpaceTaskState | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Record<string, unknown>;
  if (typeof s.activation !== 'string') return null;
  try {
    getActivation(s.activation);
  } catch {
    return null;
  }
  const { inputs, labels, W1, b1, w2, b2 } = s;
  if (!Array.isArray(inputs) || inputs.length === 0 || !inputs.every((p) => isNumbers(p, 2)))
    return null;
  if (!Array.isArray(labels) || labels.length !== inputs.length) return null;
  if (!labels.every((c) => c === 0 || c === 1)) return null;
  // Both classes must be there: a single class is "separated" by any line.
  if (!labels.includes(0) || !labels.includes(1)) return null;
  if (!Array.isArray(W1) || W1.length < 1 || W1.length > MAX_HIDDEN) return null;
  const k = W1.length;
  if (!W1.every((row) => isNumbers(row, 2)) || !isNumbers(b1, k) || !isNumbers(w2, k)) return null;
  if (!isNumber(b2)) return null;
  const fieldErrors = Array.isArray(s.fieldErrors)
    ? s.fieldErrors.filter((f): f is string => typeof f === 'string')
    : [];
  return {
    activation: s.activation,
    inputs: inputs as number[][],
    labels: labels as number[],
    W1: W1 as number[][],
    b1,
    w2,
    b2,
    fieldErrors,
  };
}

/** The output unit's weighted sums z = w·h + b at every point, with h = g(W¹x + b¹), by the engine's dense layers. */
export function outputSums(s: HiddenSpaceTaskState): Float64Array {
  const k = s.W1.length;
  const m = s.inputs.length;
  const hidden = new Dense(2, k, getActivation(s.activation));
  hidden.W.data.set(s.W1.flat());
  hidden.b.data.set(s.b1);
  const out = new Dense(k, 1, getActivation('linear'));
  out.W.data.set(s.w2);
  out.b.data[0] = s.b2;
  const X = new Matrix(2, m);
  s.inputs.forEach(([x1, x2], j) => {
    X.set(0, j, x1);
    X.set(1, j, x2);
  });
  return out.forward(hidden.forward(X, false), false).data.slice(0, m);
}

/** Points that are not strictly on their own class's side of the line (class 1 needs z > 0, class 0 needs z < 0). */
export function pointsOnWrongSide(s: HiddenSpaceTaskState): number {
  const z = outputSums(s);
  let wrong = 0;
  s.labels.forEach((c, j) => {
    if (c === 1 ? !(z[j] > 0) : !(z[j] < 0)) wrong++;
  });
  return wrong;
}

/** Passes when the output unit's line in hidden space has every point of each class on that class's side. */
export const separableCheck: WidgetCheck = {
  widget: HIDDEN_SPACE_WIDGET,
  run(state: unknown): CheckOutcome {
    const s = readHiddenSpaceTaskState(state);
    if (!s) return { ok: false, invalid: true, message: { code: 'widget-missing' } };
    if (s.fieldErrors.length) {
      return {
        ok: false,
        invalid: true,
        message: { code: 'widget-field-error', params: { fields: s.fieldErrors.join(', ') } },
      };
    }
    const wrong = pointsOnWrongSide(s);
    const total = s.inputs.length;
    if (wrong > 0)
      return {
        ok: false,
        message: { code: 'hidden-space-not-separated', params: { wrong, total } },
      };
    return { ok: true, message: { code: 'hidden-space-separated', params: { total } } };
  },
};

/** The hidden-space checks, by the name a poll gives in its `check` field. */
export const hiddenSpaceChecks: Record<string, WidgetCheck> = {
  'hidden-space-separable': separableCheck,
};
