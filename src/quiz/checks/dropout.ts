// Dropout demo task (lesson 8): show that rate 0 equals no dropout. The check
// trains both runs again from the published rate and epoch count with the
// demo's own model and compares every recorded loss.
import type { WidgetCheck } from '../grade.ts';
import { isNumber, widgetMissing } from './task-state.ts';
import { SETUP, dropoutPair } from '../../widgets/dropout/dropout.ts';
import { advanceCurveRun } from '../../widgets/shared/curve-run.ts';

/** The widget id under which the dropout demo publishes its state. */
export const DROPOUT_WIDGET = 'dropout-demo';

/** What the dropout demo publishes: the drop rate and how many epochs both runs have trained. */
export interface DropoutTaskState {
  rate: number;
  epochs: number;
}

/** Trained at least this long, the curves have had time to part if they were going to. */
export const MIN_EPOCHS = 50;
/** Losses this close count as the same curve (the engine computes both runs the same way). */
export const SAME_CURVE_TOL = 1e-12;

/** Reads the published state; null when anything is missing or out of range. */
export function readDropoutTaskState(state: unknown): DropoutTaskState | null {
  const s = state as Partial<DropoutTaskState> | null;
  if (!s || typeof s !== 'object' || !isNumber(s.rate) || !isNumber(s.epochs)) return null;
  if (s.rate < 0 || s.rate >= 1) return null;
  if (!Number.isInteger(s.epochs) || s.epochs < 0 || s.epochs > SETUP.epochs) return null;
  return { rate: s.rate, epochs: s.epochs };
}

/** The largest gap between the two runs' recorded losses (training and test) after `epochs` epochs at `rate`. */
export function largestCurveGap(rate: number, epochs: number): number {
  const { plain, other } = dropoutPair(rate);
  advanceCurveRun(plain, epochs);
  advanceCurveRun(other, epochs);
  let gap = 0;
  const pairs = [
    [plain.trainLoss, other.trainLoss],
    [plain.testLoss, other.testLoss],
  ];
  for (const [a, b] of pairs) {
    if (a.length !== b.length) return Infinity;
    for (let k = 0; k < a.length; k++) gap = Math.max(gap, Math.abs(a[k] - b[k]));
  }
  return gap;
}

/** Rate 0 trains exactly like no dropout: both runs trained for at least MIN_EPOCHS epochs, curves equal. */
const rateZeroCheck: WidgetCheck = {
  widget: DROPOUT_WIDGET,
  run(state) {
    const s = readDropoutTaskState(state);
    if (!s) return widgetMissing;
    if (s.epochs < MIN_EPOCHS) {
      return {
        ok: false,
        message: { code: 'dropout-train-longer', params: { epochs: s.epochs, min: MIN_EPOCHS } },
      };
    }
    const gap = largestCurveGap(s.rate, s.epochs);
    if (s.rate === 0 && gap <= SAME_CURVE_TOL) {
      return {
        ok: true,
        message: { code: 'dropout-rate-zero-same', params: { epochs: s.epochs } },
      };
    }
    return { ok: false, message: { code: 'dropout-curves-differ', params: { rate: s.rate, gap } } };
  },
};

/** Every check of the dropout demo, by name. */
export const dropoutChecks: Record<string, WidgetCheck> = {
  'dropout-rate-zero': rateZeroCheck,
};
