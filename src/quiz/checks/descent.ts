// Gradient-descent lab task (lesson 6): find a learning rate at which descent
// on the long narrow valley diverges. The check runs the published settings
// from the start with the lab's own model and reads the typed stop reason.
import type { CheckOutcome, WidgetCheck } from '../grade.ts';
import { isNumber, isNumberList, widgetMissing } from './task-state.ts';
import {
  ALPHA_MAX,
  ALPHA_MIN,
  SURFACE_NAMES,
  finalStatus,
  type Settings,
  type SurfaceName,
} from '../../widgets/descent/descent.ts';

/** The widget id under which the gradient-descent lab publishes its state. */
export const DESCENT_WIDGET = 'gradient-descent-lab';

/** What the lab publishes: its settings (the run is made from them alone). */
export interface DescentTaskState {
  name: SurfaceName;
  alpha: number;
  start: [number, number];
  patience: number;
  tol: number;
}

/** Reads the published state; null when anything is missing or outside what the lab allows. */
export function readDescentTaskState(state: unknown): DescentTaskState | null {
  const s = state as Partial<DescentTaskState> | null;
  if (!s || typeof s !== 'object') return null;
  if (!SURFACE_NAMES.includes(s.name as SurfaceName)) return null;
  if (!isNumber(s.alpha) || s.alpha < ALPHA_MIN || s.alpha > ALPHA_MAX) return null;
  if (!isNumberList(s.start) || s.start.length !== 2) return null;
  if (!isNumber(s.patience) || !Number.isInteger(s.patience) || s.patience < 1) return null;
  if (!isNumber(s.tol) || s.tol < 0) return null;
  return {
    name: s.name as SurfaceName,
    alpha: s.alpha,
    start: [s.start[0], s.start[1]],
    patience: s.patience,
    tol: s.tol,
  };
}

/** Descent on the valley, run to the end from the published settings, stops because it diverged. */
const valleyDiverges: WidgetCheck = {
  widget: DESCENT_WIDGET,
  run(state): CheckOutcome {
    const s = readDescentTaskState(state);
    if (!s) return widgetMissing;
    if (s.name !== 'valley') return { ok: false, message: { code: 'descent-need-valley' } };
    const settings: Settings = s;
    const status = finalStatus(settings);
    const alpha = s.alpha;
    if (status.kind === 'diverged') {
      return {
        ok: true,
        message: { code: 'descent-diverged', params: { alpha, iteration: status.stop.iteration } },
      };
    }
    // Stuck (bouncing across the valley without settling) is the edge: α a little larger diverges.
    const code =
      status.kind === 'stuck'
        ? 'descent-stuck'
        : status.kind === 'limit'
          ? 'descent-limit'
          : 'descent-converged';
    return { ok: false, message: { code, params: { alpha } } };
  },
};

/** Every check of the gradient-descent lab, by name. */
export const descentChecks: Record<string, WidgetCheck> = {
  'descent-valley-diverges': valleyDiverges,
};
