// Widget tasks on the perceptron lab (lesson 2): set the weights and bias by
// hand so that the perceptron computes a gate. The check recomputes the four
// rows from the published w1, w2, b with the engine, judged by the unit step
// as training is, and in whole thousandths as the lab works.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { firstWrongCorner } from './weighted-sum.ts';
import {
  asRecord,
  fieldErrorOutcome,
  isNumber,
  readFieldErrors,
  widgetMissing,
} from './task-state.ts';

/** The widget id under which the perceptron lab publishes its state. */
export const PERCEPTRON_WIDGET = 'perceptron-lab';

/** What the perceptron lab publishes: its parameters, and which typed fields show an error. */
export interface PerceptronTaskState {
  w1: number;
  w2: number;
  b: number;
  fieldErrors: string[];
}

/** The published state as plain data, or null when it is not a perceptron lab's state. */
export function readPerceptronTaskState(state: unknown): PerceptronTaskState | null {
  const s = asRecord(state);
  if (!s || !isNumber(s.w1) || !isNumber(s.w2) || !isNumber(s.b)) return null;
  return { w1: s.w1, w2: s.w2, b: s.b, fieldErrors: readFieldErrors(s.fieldErrors) };
}

/**
 * The lab keeps every parameter in whole thousandths (src/widgets/perceptron/rule.ts), where
 * sums of decimals are exact: 0.1 + 0.2 − 0.3 is 0 there, on the line, as on paper. With
 * inputs 0 and 1, z in thousandths is W·x + b in thousandths, with the same sign as z.
 */
const UNIT = 1000;
const units = (v: number) => Math.round(v * UNIT);

/** A check that the lab's perceptron, through the unit step, computes `gate` on all four corners. */
function computesGate(gate: 'and' | 'or'): WidgetCheck {
  return {
    widget: PERCEPTRON_WIDGET,
    run(state: unknown): CheckOutcome {
      const s = readPerceptronTaskState(state);
      if (!s) return widgetMissing;
      const inError = fieldErrorOutcome(s.fieldErrors);
      if (inError) return inError;
      const name = gate.toUpperCase();
      // The step outputs 0.5 exactly on the line, which is neither 0 nor 1: a wrong row.
      const wrong = firstWrongCorner(gate, [units(s.w1), units(s.w2)], units(s.b));
      if (wrong) {
        return {
          ok: false,
          message: { code: 'gate-wrong', params: { gate: name, ...wrong, z: wrong.z / UNIT } },
        };
      }
      return { ok: true, message: { code: 'gate-right', params: { gate: name } } };
    },
  };
}

/** The lab's checks, by the names the polls use. */
export const perceptronChecks: Record<string, WidgetCheck> = {
  'perceptron-lab-or': computesGate('or'),
};
