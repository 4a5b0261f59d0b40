// Widget tasks on the activation explorer (lesson 3): with the "stack n layers"
// panel, find the fewest sigmoid layers that shrink the gradient below 10⁻⁶
// while ReLU still passes exactly 1. The check applies the chain rule again
// from the published n, x, w, b with the engine's activations; it never reads
// a gradient the widget computed.
import { getActivation } from '../../engine/index.ts';
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
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

/** The stack panel's layers slider runs from 1 to this. */
const MAX_LAYERS = 10;

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

/**
 * ∂hₙ/∂x through n one-unit layers h = g(w·h + b), the first fed x: the product of the
 * factors w·g′(z), layer by layer (the widget gets it from the engine's Dense backward pass).
 */
function chainGradient(name: string, n: number, { x, w, b }: ActivationsTaskState): number {
  const g = getActivation(name);
  let h = x;
  let gradient = 1;
  for (let l = 0; l < n; l++) {
    const z = w * h + b;
    h = g.f(z);
    gradient *= w * g.df(z, h);
  }
  return gradient;
}

const sigmoidGradient = (s: ActivationsTaskState, n: number) =>
  Math.abs(chainGradient('sigmoid', n, s));

/** The fewest layers at which the sigmoid stack's gradient is below VANISHED, with ReLU's exactly 1. */
const fewestVanishing: WidgetCheck = {
  widget: ACTIVATIONS_WIDGET,
  run(state: unknown): CheckOutcome {
    const s = readActivationsTaskState(state);
    if (!s) return widgetMissing;
    const inError = fieldErrorOutcome(s.fieldErrors);
    if (inError) return inError;
    const relu = chainGradient('relu', s.n, s);
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
