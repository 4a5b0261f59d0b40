// Widget tasks on the weighted-sum calculator (lesson 2): make it compute a
// logic gate. The check runs the published w, b and activation over the four
// input pairs with the engine; it never reads the widget's own output.
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

/** The widget id under which the weighted-sum calculator publishes its state. */
export const WEIGHTED_SUM_WIDGET = 'weighted-sum-calculator';

/** What the weighted-sum calculator publishes (src/widgets/weighted-sum/). */
export interface WeightedSumTaskState {
  x: number[];
  w: number[];
  b: number;
  activation: string;
  /** Labels of the fields whose text is not a valid number right now (the model keeps their last good value). */
  fieldErrors: string[];
}

/** The published state as plain data, or null when it is not a weighted-sum state. */
export function readWeightedSumTaskState(state: unknown): WeightedSumTaskState | null {
  const s = asRecord(state);
  if (!s || !isNumberList(s.w) || !isNumber(s.b) || typeof s.activation !== 'string') return null;
  return {
    x: isNumberList(s.x) ? s.x : [],
    w: s.w,
    b: s.b,
    activation: s.activation,
    fieldErrors: readFieldErrors(s.fieldErrors),
  };
}

const GATES = { and: [0, 0, 0, 1], or: [0, 1, 1, 1], nand: [1, 1, 1, 0] } as const;
/** A logic gate a two-input unit can be asked to compute. */
export type Gate = keyof typeof GATES;
/** The four input pairs as columns: (0,0), (0,1), (1,0), (1,1). */
const CORNERS = [
  [0, 0, 1, 1],
  [0, 1, 0, 1],
];

/** Where a two-input step unit disagrees with a gate: the input pair, z, the output y and the target t. */
export interface WrongCorner {
  x1: number;
  x2: number;
  z: number;
  y: number;
  t: number;
}

/** The first input pair at which step(w·x + b) differs from the gate, or null when all four agree (engine maths). */
export function firstWrongCorner(gate: Gate, w: readonly number[], b: number): WrongCorner | null {
  // Z = W·X + b over the four corners at once, then H = step(Z).
  const X = new Matrix(2, 4, Float64Array.from(CORNERS.flat()));
  const W = new Matrix(1, 2, Float64Array.from(w));
  const Z = addBias(matmul(W, X, new Matrix(1, 4)), new Matrix(1, 1, Float64Array.of(b)));
  const H = mapInto(Z, getActivation('step').f, new Matrix(1, 4));
  const truth = GATES[gate];
  for (let j = 0; j < 4; j++) {
    if (H.get(0, j) !== truth[j])
      return { x1: CORNERS[0][j], x2: CORNERS[1][j], z: Z.get(0, j), y: H.get(0, j), t: truth[j] };
  }
  return null;
}

/** A check that the calculator, with two inputs and the unit step, computes a logic gate on all four input pairs. */
export function gateCheck(gate: Gate): WidgetCheck {
  return {
    widget: WEIGHTED_SUM_WIDGET,
    run(state: unknown): CheckOutcome {
      const s = readWeightedSumTaskState(state);
      if (!s) return widgetMissing;
      const inError = fieldErrorOutcome(s.fieldErrors);
      if (inError) return inError;
      if (s.w.length !== 2)
        return { ok: false, message: { code: 'gate-two-inputs', params: { n: s.w.length } } };
      if (s.activation !== 'step') return { ok: false, message: { code: 'gate-need-step' } };
      const name = gate.toUpperCase();
      const wrong = firstWrongCorner(gate, s.w, s.b);
      if (wrong)
        return { ok: false, message: { code: 'gate-wrong', params: { gate: name, ...wrong } } };
      return { ok: true, message: { code: 'gate-right', params: { gate: name } } };
    },
  };
}

/** The calculator's checks, by the names the polls use. */
export const weightedSumChecks: Record<string, WidgetCheck> = {
  'weighted-sum-and': gateCheck('and'),
  'weighted-sum-or': gateCheck('or'),
  'weighted-sum-nand': gateCheck('nand'),
};
