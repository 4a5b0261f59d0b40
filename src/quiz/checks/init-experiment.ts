// Initialization experiment task (lesson 3): find a start other than all-zero
// weights under which the hidden units stay identical through training. The
// check trains the published choice again with the engine and compares the
// hidden units' maps.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { widgetMissing } from './task-state.ts';
import {
  INIT_CHOICES,
  SAME_TOL,
  SETUP,
  advance,
  createRun,
  hiddenMaps,
  largestDifference,
  type InitChoice,
} from '../../widgets/init-experiment/init-experiment.ts';

/** The widget id under which the initialization experiment publishes its state. */
export const INIT_EXPERIMENT_WIDGET = 'init-experiment';

/** What the experiment publishes: the right-hand network's starting weights and the epochs trained. */
export interface InitExperimentTaskState {
  choice: InitChoice;
  epochs: number;
}

/** Reads the published state; null when anything is missing or unknown. */
export function readInitExperimentTaskState(state: unknown): InitExperimentTaskState | null {
  const s = state as Partial<InitExperimentTaskState> | null;
  if (!s || typeof s !== 'object') return null;
  if (!INIT_CHOICES.includes(s.choice as InitChoice)) return null;
  const e = s.epochs;
  if (typeof e !== 'number' || !Number.isInteger(e) || e < 0 || e > SETUP.epochs) return null;
  return { choice: s.choice as InitChoice, epochs: e };
}

/** The right-hand network, trained all SETUP.epochs epochs from the published start, keeps identical hidden units. */
const symmetricStart: WidgetCheck = {
  widget: INIT_EXPERIMENT_WIDGET,
  run(state): CheckOutcome {
    const s = readInitExperimentTaskState(state);
    if (!s) return widgetMissing;
    if (s.epochs < SETUP.epochs) {
      return {
        ok: false,
        message: { code: 'init-train-all', params: { epochs: s.epochs, total: SETUP.epochs } },
      };
    }
    const run = createRun('random', s.choice);
    advance(run, SETUP.epochs);
    const gap = largestDifference(hiddenMaps(run));
    if (gap < SAME_TOL) return { ok: true, message: { code: 'init-twins-right' } };
    return { ok: false, message: { code: 'init-units-differ', params: { gap } } };
  },
};

/** Every check of the initialization experiment, by name. */
export const initExperimentChecks: Record<string, WidgetCheck> = {
  'init-symmetric-start': symmetricStart,
};
