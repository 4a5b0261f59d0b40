// The training playground's graded tasks. The widget publishes its settings
// (as the link's query string) and its weights (the engine's JSON); a check
// rebuilds the seeded data set and the network from them and measures the test
// accuracy with the engine itself, never trusting a number the widget computed.
import { accuracy, createRng, networkFromJSON, type Network } from '../../engine/index.ts';
import { featureInputs, hiddenUnitCount, splitData } from '../../widgets/playground/playground.ts';
import { settingsFromQuery, type Settings } from '../../widgets/playground/url.ts';
import type { CheckOutcome, WidgetCheck } from '../grade.ts';

/** The widget id under which the training playground publishes its state. */
export const PLAYGROUND_WIDGET = 'training-playground';

/** What the playground publishes: plain data only. */
export interface PlaygroundTaskState {
  /** Every setting, as in the link (settingsToQuery). */
  query: string;
  /** The network with its current weights (networkToJSON). */
  network: unknown;
  /** Labels of the fields whose text is not a valid value right now. */
  fieldErrors: string[];
}

/** The state if it has the published shape, else null. */
export function readPlaygroundTaskState(state: unknown): PlaygroundTaskState | null {
  const s = state as Partial<PlaygroundTaskState> | null;
  if (!s || typeof s !== 'object') return null;
  if (typeof s.query !== 'string' || !s.network || typeof s.network !== 'object') return null;
  if (!Array.isArray(s.fieldErrors) || !s.fieldErrors.every((f) => typeof f === 'string'))
    return null;
  return { query: s.query, network: s.network, fieldErrors: s.fieldErrors };
}

const missing: CheckOutcome = { ok: false, invalid: true, message: { code: 'widget-missing' } };

/** The settings and the network behind a published state, or the outcome that refuses it. */
function rebuild(state: unknown): { settings: Settings; net: Network } | CheckOutcome {
  const s = readPlaygroundTaskState(state);
  if (!s) return missing;
  if (s.fieldErrors.length > 0) {
    return {
      ok: false,
      invalid: true,
      message: { code: 'widget-field-error', params: { fields: s.fieldErrors.join(', ') } },
    };
  }
  const parsed = settingsFromQuery(s.query);
  if (parsed.problems.length > 0) return missing;
  try {
    return { settings: parsed.settings, net: networkFromJSON(s.network, createRng(0)) };
  } catch {
    return missing;
  }
}

/** The share of the seeded test points the network classifies right, measured here. */
export function testAccuracy(settings: Settings, net: Network): number {
  const { test } = splitData(settings);
  const X = featureInputs(test.X, settings.features);
  if (net.inputs !== X.rows) return NaN;
  return accuracy(net.predict(X), test.labels);
}

/** A check: test accuracy ≥ `goal` on `dataset` with at most `maxHidden` hidden units. */
export function accuracyCheck(
  dataset: Settings['dataset'],
  goal: number,
  maxHidden: number,
): WidgetCheck {
  return {
    widget: PLAYGROUND_WIDGET,
    run(state: unknown): CheckOutcome {
      const r = rebuild(state);
      if ('ok' in r) return r;
      const { settings, net } = r;
      if (settings.dataset !== dataset)
        return { ok: false, message: { code: 'playground-dataset', params: { dataset } } };
      const units = hiddenUnitCount(net);
      if (units > maxHidden)
        return {
          ok: false,
          message: { code: 'playground-too-many-units', params: { units, max: maxHidden } },
        };
      const acc = testAccuracy(settings, net);
      if (!Number.isFinite(acc)) return missing;
      const params = { acc: Math.round(acc * 1000) / 10, goal: Math.round(goal * 100), units };
      return acc >= goal
        ? { ok: true, message: { code: 'playground-goal-met', params } }
        : { ok: false, message: { code: 'playground-below-goal', params } };
    },
  };
}

/** The playground's checks, by the name a poll gives in `check`. */
export const playgroundChecks: Record<string, WidgetCheck> = {
  'playground-circles-95': accuracyCheck('circles', 0.95, 4),
};
