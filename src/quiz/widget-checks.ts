// The named checks that grade widget-task polls: each is a pure function of a
// widget's published state, doing its maths with the engine. A widget author
// adds a check by adding an entry here (and publishing the widget's state with
// publishWidgetState); a poll names the check in its `check` field. The Poll
// island loads this module only when a widget task is checked, so pages
// without one never download the engine for grading.
import { Matrix, addBias, getActivation, mapInto, matmul } from '../engine/index.ts';
import type { CheckOutcome, WidgetCheck } from './grade.ts';
import { playgroundChecks } from './checks/playground.ts';

/** What the weighted-sum calculator publishes (src/widgets/WeightedSumCalculator.tsx). */
export interface WeightedSumState {
  x: number[];
  w: number[];
  b: number;
  activation: string;
  /** Labels of the fields whose text is not a valid number right now (the model keeps their last good value). */
  fieldErrors?: string[];
}

/** The widget id under which the weighted-sum calculator publishes its state. */
export const WEIGHTED_SUM_WIDGET = 'weighted-sum-calculator';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function asWeightedSum(state: unknown): WeightedSumState | null {
  const s = state as Partial<WeightedSumState> | null;
  if (!s || typeof s !== 'object') return null;
  if (
    !Array.isArray(s.w) ||
    !s.w.every(isNumber) ||
    !isNumber(s.b) ||
    typeof s.activation !== 'string'
  )
    return null;
  const fieldErrors = Array.isArray(s.fieldErrors)
    ? s.fieldErrors.filter((f): f is string => typeof f === 'string')
    : [];
  return {
    x: Array.isArray(s.x) ? s.x : [],
    w: s.w,
    b: s.b,
    activation: s.activation,
    fieldErrors,
  };
}

const GATES = { and: [0, 0, 0, 1], or: [0, 1, 1, 1], nand: [1, 1, 1, 0] } as const;
/** The four input pairs as columns: (0,0), (0,1), (1,0), (1,1). */
const CORNERS = [
  [0, 0, 1, 1],
  [0, 1, 0, 1],
];

/** A check that the calculator, with two inputs and the unit step, computes a logic gate on all four input pairs. */
export function gateCheck(gate: keyof typeof GATES): WidgetCheck {
  return {
    widget: WEIGHTED_SUM_WIDGET,
    run(state: unknown): CheckOutcome {
      const s = asWeightedSum(state);
      if (!s) return { ok: false, invalid: true, message: { code: 'widget-missing' } };
      // A field showing an error holds no value the learner chose: grade nothing until it is fixed.
      if (s.fieldErrors?.length) {
        return {
          ok: false,
          invalid: true,
          message: { code: 'widget-field-error', params: { fields: s.fieldErrors.join(', ') } },
        };
      }
      if (s.w.length !== 2)
        return { ok: false, message: { code: 'gate-two-inputs', params: { n: s.w.length } } };
      if (s.activation !== 'step') return { ok: false, message: { code: 'gate-need-step' } };
      // Z = W·X + b over the four corners at once, then H = step(Z).
      const X = new Matrix(2, 4, Float64Array.from(CORNERS.flat()));
      const W = new Matrix(1, 2, Float64Array.from(s.w));
      const Z = addBias(matmul(W, X, new Matrix(1, 4)), new Matrix(1, 1, Float64Array.of(s.b)));
      const H = mapInto(Z, getActivation('step').f, new Matrix(1, 4));
      const truth = GATES[gate];
      for (let j = 0; j < 4; j++) {
        if (H.get(0, j) !== truth[j]) {
          return {
            ok: false,
            message: {
              code: 'gate-wrong',
              params: {
                gate: gate.toUpperCase(),
                x1: CORNERS[0][j],
                x2: CORNERS[1][j],
                z: Z.get(0, j),
                y: H.get(0, j),
                t: truth[j],
              },
            },
          };
        }
      }
      return { ok: true, message: { code: 'gate-right', params: { gate: gate.toUpperCase() } } };
    },
  };
}

/** Every check a widget-task poll may name, by name. */
export const widgetChecks: Record<string, WidgetCheck> = {
  'weighted-sum-and': gateCheck('and'),
  'weighted-sum-or': gateCheck('or'),
  'weighted-sum-nand': gateCheck('nand'),
  ...playgroundChecks,
};
