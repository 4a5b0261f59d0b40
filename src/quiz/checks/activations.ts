// Widget tasks on the activation explorer (lesson 3): with the "stack n layers"
// panel, find the fewest sigmoid layers that shrink the gradient below 10⁻⁶
// while ReLU still passes exactly 1. The check backpropagates through the
// chain again from the published n, x, w, b (the explorer's model, on the
// engine's Dense layers); it never reads a gradient the widget computed.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { MAX_LAYERS, chainGradient } from '../../widgets/activations/activations.ts';
import {
  asRecord,
  fieldErrorOutcome,
  isNumber,
  readFieldErrors,
  widgetMissing,
} from './task-state.ts';

/** The widget id under which the activation explorer's stack panel publishes its state. */
export const ACTIVATIONS_WIDGET = 'activation-explorer';

/** What the stack panel publishes: layers n, input x, the shared weight and bias, fields in error. */
export interface ActivationsTaskState {
  n: number;
  x: number;
  w: number;
  b: number;
  fieldErrors: string[];
}

/** The published state as plain data, or null when it is not a stack panel's state. */
export function readActivationsTaskState(state: unknown): ActivationsTaskState | null {
  const s = asRecord(state);
  if (!s || !isNumber(s.x) || !isNumber(s.w) || !isNumber(s.b)) return null;
  if (!Number.isInteger(s.n) || (s.n as number) < 1 || (s.n as number) > MAX_LAYERS) return null;
  return { n: s.n as number, x: s.x, w: s.w, b: s.b, fieldErrors: readFieldErrors(s.fieldErrors) };
}

/** The gradient the task asks to fall below: one millionth. */
export const VANISHED = 1e-6;
// ReLU's product of factors w·1 is exactly 1 for w = 1; allow for rounding in other products of 1.
const ONE_SLACK = 1e-12;

const sigmoidGradient = (s: ActivationsTaskState, n: number) =>
  Math.abs(chainGradient('sigmoid', n, s.x, s.w, s.b).gradient);

/** The fewest layers at which the sigmoid stack's gradient is below VANISHED, with ReLU's exactly 1. */
const fewestVanishing: WidgetCheck = {
  widget: ACTIVATIONS_WIDGET,
  run(state: unknown): CheckOutcome {
    const s = readActivationsTaskState(state);
    if (!s) return widgetMissing;
    const inError = fieldErrorOutcome(s.fieldErrors);
    if (inError) return inError;
    const relu = chainGradient('relu', s.n, s.x, s.w, s.b).gradient;
    if (!(Math.abs(relu - 1) <= ONE_SLACK))
      return { ok: false, message: { code: 'stack-relu-not-one', params: { n: s.n, g: relu } } };
    const g = sigmoidGradient(s, s.n);
    if (!(g < VANISHED))
      return { ok: false, message: { code: 'stack-sigmoid-large', params: { n: s.n, g } } };
    if (s.n > 1) {
      const before = sigmoidGradient(s, s.n - 1);
      if (before < VANISHED)
        return {
          ok: false,
          message: { code: 'stack-not-fewest', params: { n: s.n, m: s.n - 1, g: before } },
        };
      return {
        ok: true,
        message: { code: 'stack-right', params: { n: s.n, m: s.n - 1, before, g } },
      };
    }
    return { ok: true, message: { code: 'stack-right-one', params: { g } } };
  },
};

/** The explorer's checks, by the names the polls use. */
export const activationsChecks: Record<string, WidgetCheck> = {
  'activation-stack-fewest-layers': fewestVanishing,
};
