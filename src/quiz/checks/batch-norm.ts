// Batch-norm demo task (lesson 8): choose γ and β so that the normalised
// batch y = γ·x̂ + β has mean 2 and standard deviation 0.5. The check rebuilds
// the batch from the published source and runs the engine's BatchNorm on it.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { fieldErrorOutcome, isNumber, readFieldErrors, widgetMissing } from './task-state.ts';
import {
  OWN_LIMITS,
  batchValues,
  normalizeBatch,
  outSpread,
  type BatchSource,
} from '../../widgets/batch-norm/batch-norm.ts';

/** The widget id under which the batch-norm demo publishes its state. */
export const BATCH_NORM_WIDGET = 'batchnorm-demo';

/** What the batch-norm demo publishes: where the batch comes from, γ, β, and any field in error. */
export interface BatchNormTaskState {
  batch: BatchSource;
  gamma: number;
  beta: number;
  /** Labels of the fields whose text is not valid right now (the demo keeps their last good value). */
  fieldErrors: string[];
}

/** The goal: y with this mean and standard deviation, each within TOL. */
export const BN_GOAL = { mean: 2, sd: 0.5, tol: 0.01 } as const;

function readSource(b: unknown): BatchSource | null {
  const s = b as Record<string, unknown> | null;
  if (!s || typeof s !== 'object') return null;
  if (s.source === 'sample') {
    if (!isNumber(s.mean) || !isNumber(s.spread) || s.spread < 0) return null;
    return { source: 'sample', mean: s.mean, spread: s.spread };
  }
  if (s.source === 'own') {
    const v = s.values;
    if (!Array.isArray(v) || v.length < OWN_LIMITS.min || v.length > OWN_LIMITS.max) return null;
    if (!v.every((x) => isNumber(x) && Math.abs(x) <= OWN_LIMITS.abs)) return null;
    return { source: 'own', values: v as number[] };
  }
  return null;
}

/** Reads the published state; null when anything is missing or malformed. */
export function readBatchNormTaskState(state: unknown): BatchNormTaskState | null {
  const s = state as Partial<BatchNormTaskState> | null;
  if (!s || typeof s !== 'object' || !isNumber(s.gamma) || !isNumber(s.beta)) return null;
  const batch = readSource(s.batch);
  if (!batch) return null;
  return { batch, gamma: s.gamma, beta: s.beta, fieldErrors: readFieldErrors(s.fieldErrors) };
}

/** y = γ·x̂ + β has mean 2 and standard deviation 0.5 (within 0.01 each), measured on the engine's output. */
const meanTwoSdHalf: WidgetCheck = {
  widget: BATCH_NORM_WIDGET,
  run(state): CheckOutcome {
    const s = readBatchNormTaskState(state);
    if (!s) return widgetMissing;
    const inError = fieldErrorOutcome(s.fieldErrors);
    if (inError) return inError;
    const n = normalizeBatch(batchValues(s.batch), s.gamma, s.beta);
    const mean = n.outMean;
    const sd = outSpread(n);
    const params = { mean, sd, gamma: s.gamma, beta: s.beta };
    const meanOk = Math.abs(mean - BN_GOAL.mean) <= BN_GOAL.tol;
    const sdOk = Math.abs(sd - BN_GOAL.sd) <= BN_GOAL.tol;
    if (meanOk && sdOk) return { ok: true, message: { code: 'bn-goal-right', params } };
    return { ok: false, message: { code: meanOk ? 'bn-goal-sd' : 'bn-goal-mean', params } };
  },
};

/** Every check of the batch-norm demo, by name. */
export const batchNormChecks: Record<string, WidgetCheck> = {
  'batchnorm-mean-2-sd-half': meanTwoSdHalf,
};
