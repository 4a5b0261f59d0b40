// What every concept's check reader needs: plain-data tests for a published
// state, and the two outcomes that give no mark (nothing published, or a field
// the page shows in error).
import type { CheckOutcome } from '../grade.ts';

/** A finite number (the only kind a widget may publish as a value). */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** An array of finite numbers. */
export const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isNumber);

/** A plain object, or null for anything else. */
export const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** The labels of the fields in error; a missing list means none, anything but strings is dropped. */
export const readFieldErrors = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : [];

/** The outcome for a state that cannot be read: the widget is not there or has not published. */
export const widgetMissing: CheckOutcome = {
  ok: false,
  invalid: true,
  message: { code: 'widget-missing' },
};

/** No mark while a field shows an error: it holds no value the learner chose. Null when none does. */
export function fieldErrorOutcome(fieldErrors: readonly string[]): CheckOutcome | null {
  if (fieldErrors.length === 0) return null;
  return {
    ok: false,
    invalid: true,
    message: { code: 'widget-field-error', params: { fields: fieldErrors.join(', ') } },
  };
}
