// Widget tasks on the softmax explorer: choose logits so that class 2 is very
// likely (lesson 4), and, in loss mode, so that the cross-entropy for true
// class 1 is small (lesson 5). The checks run the engine's softmax and
// cross-entropy again on the published logits.
import { Matrix, cce, oneHot, softmaxColumns } from '../../engine/index.ts';
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { asRecord, isNumberList, widgetMissing } from './task-state.ts';

/** The widget id under which the softmax explorer publishes its state (one explorer per page). */
export const SOFTMAX_WIDGET = 'softmax-explorer';

/** What the softmax explorer publishes: its logits, the true class (from 0) and its mode. */
export interface SoftmaxTaskState {
  z: number[];
  trueClass: number;
  mode: 'softmax' | 'loss';
}

/** The published state as plain data, or null when it is not a softmax explorer's state. */
export function readSoftmaxTaskState(state: unknown): SoftmaxTaskState | null {
  const s = asRecord(state);
  if (!s || !isNumberList(s.z) || s.z.length < 2) return null;
  const c = s.trueClass;
  if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= s.z.length) return null;
  if (s.mode !== 'softmax' && s.mode !== 'loss') return null;
  return { z: s.z, trueClass: c, mode: s.mode };
}

/** P = softmax(z), max-shifted by the engine, as one column. */
const softmaxOf = (z: readonly number[]): Matrix =>
  softmaxColumns(Matrix.column(z), new Matrix(z.length, 1));

/** Class `cls` (from 0) gets a probability above `above`. */
function classAbove(cls: number, above: number): WidgetCheck {
  return {
    widget: SOFTMAX_WIDGET,
    run(state: unknown): CheckOutcome {
      const s = readSoftmaxTaskState(state);
      if (!s) return widgetMissing;
      const p = softmaxOf(s.z).get(cls, 0);
      const params = { cls: cls + 1, p, above };
      return p > above
        ? { ok: true, message: { code: 'softmax-class-above', params } }
        : { ok: false, message: { code: 'softmax-class-not-above', params } };
    },
  };
}

/** In loss mode, with class `cls` (from 0) as the true class, the cross-entropy is below `below`. */
function lossBelow(cls: number, below: number): WidgetCheck {
  return {
    widget: SOFTMAX_WIDGET,
    run(state: unknown): CheckOutcome {
      const s = readSoftmaxTaskState(state);
      if (!s) return widgetMissing;
      if (s.mode !== 'loss') return { ok: false, message: { code: 'softmax-need-loss-mode' } };
      if (s.trueClass !== cls)
        return { ok: false, message: { code: 'softmax-true-class', params: { cls: cls + 1 } } };
      const P = softmaxOf(s.z);
      const ce = cce.loss(P, oneHot([cls], s.z.length), 0);
      const p = P.get(cls, 0);
      const params = { cls: cls + 1, ce, p, below };
      return ce < below
        ? { ok: true, message: { code: 'softmax-loss-below', params } }
        : { ok: false, message: { code: 'softmax-loss-not-below', params } };
    },
  };
}

/** The explorer's checks, by the names the polls use. */
export const softmaxChecks: Record<string, WidgetCheck> = {
  'softmax-class-2-above-0-8': classAbove(1, 0.8),
  'softmax-loss-class-1-below-0-1': lossBelow(0, 0.1),
};
