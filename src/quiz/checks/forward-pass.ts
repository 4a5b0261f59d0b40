// Widget tasks on the forward-pass widget (lesson 4): with ReLU hidden units,
// change the input until hidden unit 1 is switched off, h¹₁ = ReLU(z¹₁) = 0.
// The check builds the network again from the published seed and runs the
// engine's forward pass on the published input; it never reads the widget's H.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import {
  buildNetwork,
  forwardPass,
  hiddenOptions,
  type Hidden,
} from '../../widgets/forward-pass/forward-pass.ts';
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

/** What the forward-pass widget publishes: the network's seed and hidden activation, the input, fields in error. */
export interface ForwardPassTaskState {
  seed: number;
  hidden: Hidden;
  x: number[];
  fieldErrors: string[];
}

const HIDDEN: readonly string[] = hiddenOptions.map((o) => o.value);
const MAX_SEED = 9999;

/** The published state as plain data, or null when it is not a forward-pass state. */
export function readForwardPassTaskState(state: unknown): ForwardPassTaskState | null {
  const s = asRecord(state);
  if (!s || !isNumber(s.seed) || !Number.isInteger(s.seed)) return null;
  if (s.seed < 0 || s.seed > MAX_SEED) return null;
  if (typeof s.hidden !== 'string' || !HIDDEN.includes(s.hidden)) return null;
  if (!isNumberList(s.x) || s.x.length !== 3) return null;
  return {
    seed: s.seed,
    hidden: s.hidden as Hidden,
    x: s.x,
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
      const pass = forwardPass(buildNetwork(s.seed, s.hidden), s.x);
      const z = pass.Z1[unit];
      const h = pass.H1[unit];
      const params = { unit: unit + 1, z, h };
      return h === 0
        ? { ok: true, message: { code: 'fp-unit-off', params } }
        : { ok: false, message: { code: 'fp-unit-on', params } };
    },
  };
}

/** The widget's checks, by the names the polls use. */
export const forwardPassChecks: Record<string, WidgetCheck> = {
  'forward-pass-relu-unit-1-off': unitOff(0),
};
