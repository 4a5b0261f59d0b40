// Widget tasks on the forward-pass widget (lesson 4): with ReLU hidden units,
// change the input until hidden unit 1 is switched off, h¹₁ = ReLU(z¹₁) = 0.
// The widget publishes its first layer's parameters (drawn from the seed) and
// the input; the check runs Z¹ = W¹·x + b¹ and the activation again with the
// engine, and never reads the widget's Z or H.
import { Matrix, addBias, getActivation, mapInto, matmul } from '../../engine/index.ts';
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import {
  asRecord,
  fieldErrorOutcome,
  isNumber,
  isNumberList,
  readFieldErrors,
  widgetMissing,
} from './task-state.ts';

/** The widget id under which the forward-pass widget publishes its state. */
export const FORWARD_PASS_WIDGET = 'forward-pass';

/** The hidden activations the widget offers. */
const HIDDEN = ['sigmoid', 'tanh', 'relu'] as const;
type Hidden = (typeof HIDDEN)[number];
/** The 3-4-2 network's input and hidden sizes. */
const INPUTS = 3;
const UNITS = 4;

/** What the forward-pass widget publishes: the input, the first layer and its activation, fields in error. */
export interface ForwardPassTaskState {
  /** The seed the weights were drawn from (for the record; the check uses W1 and b1). */
  seed: number;
  hidden: Hidden;
  x: number[];
  /** W¹, one row per hidden unit (4 × 3). */
  W1: number[][];
  /** b¹, one per hidden unit. */
  b1: number[];
  fieldErrors: string[];
}

/** The published state as plain data, or null when it is not a forward-pass state. */
export function readForwardPassTaskState(state: unknown): ForwardPassTaskState | null {
  const s = asRecord(state);
  if (!s || !isNumber(s.seed)) return null;
  if (typeof s.hidden !== 'string' || !(HIDDEN as readonly string[]).includes(s.hidden))
    return null;
  if (!isNumberList(s.x) || s.x.length !== INPUTS) return null;
  const W1 = s.W1;
  if (!Array.isArray(W1) || W1.length !== UNITS) return null;
  if (!W1.every((row) => isNumberList(row) && row.length === INPUTS)) return null;
  if (!isNumberList(s.b1) || s.b1.length !== UNITS) return null;
  return {
    seed: s.seed,
    hidden: s.hidden as Hidden,
    x: s.x,
    W1: W1 as number[][],
    b1: s.b1,
    fieldErrors: readFieldErrors(s.fieldErrors),
  };
}

/** Hidden unit `unit` (from 0) of a ReLU hidden layer is off: its weighted sum is 0 or below, so h = 0. */
function unitOff(unit: number): WidgetCheck {
  return {
    widget: FORWARD_PASS_WIDGET,
    run(state: unknown): CheckOutcome {
      const s = readForwardPassTaskState(state);
      if (!s) return widgetMissing;
      const inError = fieldErrorOutcome(s.fieldErrors);
      if (inError) return inError;
      if (s.hidden !== 'relu') return { ok: false, message: { code: 'fp-need-relu' } };
      // Z¹ = W¹·x + b¹ (4×3 times 3×1), H¹ = ReLU(Z¹).
      const W = new Matrix(UNITS, INPUTS, Float64Array.from(s.W1.flat()));
      const Z = addBias(matmul(W, Matrix.column(s.x), new Matrix(UNITS, 1)), Matrix.column(s.b1));
      const H = mapInto(Z, getActivation(s.hidden).f, new Matrix(UNITS, 1));
      const params = { unit: unit + 1, z: Z.get(unit, 0), h: H.get(unit, 0) };
      return params.h === 0
        ? { ok: true, message: { code: 'fp-unit-off', params } }
        : { ok: false, message: { code: 'fp-unit-on', params } };
    },
  };
}

/** The widget's checks, by the names the polls use. */
export const forwardPassChecks: Record<string, WidgetCheck> = {
  'forward-pass-relu-unit-1-off': unitOff(0),
};
