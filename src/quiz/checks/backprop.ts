// Backprop stepper task (lesson 7): step to the line where DW² is computed,
// with an example for which both entries of DW² are positive. The check
// rebuilds the network from the published setup, replays the updates with the
// engine and reads DW² from the engine's backward pass.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { isNumber, widgetMissing } from './task-state.ts';
import {
  LAST_STEP,
  replay,
  stepOf,
  type Setup,
  type WeightChoice,
} from '../../widgets/backprop/backprop.ts';

/** The widget id under which the backprop stepper publishes its state. */
export const BACKPROP_WIDGET = 'backprop-stepper';

/** What the stepper publishes: its setup, the line shown, and the learning rate of each update applied. */
export interface BackpropTaskState extends Setup {
  step: number;
  alphas: number[];
}

/** The stepper's input fields allow |x| ≤ 10 and α up to 10; more updates than this are not replayed. */
const LIMITS = { x: 10, alpha: 10, updates: 1000 } as const;

function readChoice(c: unknown): WeightChoice | null {
  const o = c as Partial<{ kind: string; seed: number }> | null;
  if (!o || typeof o !== 'object') return null;
  if (o.kind === 'lesson') return { kind: 'lesson' };
  if (o.kind === 'seed' && isNumber(o.seed) && Number.isInteger(o.seed) && o.seed >= 0)
    return { kind: 'seed', seed: o.seed };
  return null;
}

/** Reads the published state; null when anything is missing or outside what the stepper allows. */
export function readBackpropTaskState(state: unknown): BackpropTaskState | null {
  const s = state as Partial<BackpropTaskState> | null;
  if (!s || typeof s !== 'object') return null;
  const x = s.x;
  if (
    !Array.isArray(x) ||
    x.length !== 2 ||
    !x.every((v) => isNumber(v) && Math.abs(v) <= LIMITS.x)
  )
    return null;
  if (s.y !== 0 && s.y !== 1) return null;
  const choice = readChoice(s.choice);
  if (!choice) return null;
  const step = s.step;
  if (!isNumber(step) || !Number.isInteger(step) || step < 0 || step > LAST_STEP) return null;
  const alphas = s.alphas;
  if (
    !Array.isArray(alphas) ||
    alphas.length > LIMITS.updates ||
    !alphas.every((a) => isNumber(a) && a > 0 && a <= LIMITS.alpha)
  )
    return null;
  return { x: [x[0], x[1]], y: s.y, choice, step, alphas: [...alphas] };
}

/** At the DW² line, both entries of the engine's DW² are positive. */
const dw2Positive: WidgetCheck = {
  widget: BACKPROP_WIDGET,
  run(state): CheckOutcome {
    const s = readBackpropTaskState(state);
    if (!s) return widgetMissing;
    const target = stepOf('DW2');
    if (s.step !== target) {
      return {
        ok: false,
        message: { code: 'backprop-go-to-dw2', params: { step: s.step + 1, target: target + 1 } },
      };
    }
    const [a, b] = replay(s, s.alphas).t.q.DW2[0];
    const params = { a, b };
    if (a > 0 && b > 0) return { ok: true, message: { code: 'backprop-dw2-positive', params } };
    return { ok: false, message: { code: 'backprop-dw2-not-positive', params } };
  },
};

/** Every check of the backprop stepper, by name. */
export const backpropChecks: Record<string, WidgetCheck> = {
  'backprop-dw2-positive': dw2Positive,
};
