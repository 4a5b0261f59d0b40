// Pure helpers for the gradient-descent lab: the learning-rate scale, the
// sampled surface for the contour lines, and the run's state in words.
import type { Descent, Surface } from '../engine/index.ts';
import { formatNumber } from './ui/number.ts';

/** The learning-rate slider runs over log10 α from 0.001 to 5. */
export const ALPHA_MIN = 0.001;
export const ALPHA_MAX = 5;

/** The α for a slider position log10 α, rounded to two significant digits (so 10^−0.99 reads 0.1). */
export function alphaFromLog(v: number): number {
  return Number((10 ** v).toPrecision(2));
}

/** The slider position for α. */
export function logFromAlpha(alpha: number): number {
  return Math.log10(Math.min(ALPHA_MAX, Math.max(ALPHA_MIN, alpha)));
}

/** A number for the screen: never "NaN"; values too large for a double say so. */
export function show(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'undefined (overflow)';
  if (!Number.isFinite(x))
    return x > 0 ? 'too large to show (overflow)' : 'too small to show (overflow)';
  return formatNumber(x, digits);
}

/** n × n samples of the surface over its view, row j at y = yMin + j·Δy (row 0 at the bottom). */
export function sampleSurface(surface: Surface, n: number): Float64Array {
  const { xMin, xMax, yMin, yMax } = surface.view;
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = yMin + ((yMax - yMin) * j) / (n - 1);
    for (let i = 0; i < n; i++) out[j * n + i] = surface.f(xMin + ((xMax - xMin) * i) / (n - 1), y);
  }
  return out;
}

/** What the run is doing, as a kind (for styling and tests) and a sentence. */
export interface RunState {
  kind:
    | 'ready'
    | 'descending'
    | 'oscillating'
    | 'diverging'
    | 'diverged'
    | 'unbounded'
    | 'converged'
    | 'stuck'
    | 'limit';
  text: string;
}

type RunView = Pick<
  Descent,
  'status' | 'iterations' | 'path' | 'patience' | 'tol' | 'bound' | 'surface'
>;

/** |∇f| at (x, y), through the surface's own gradient. */
export function gradNorm(surface: Surface, x: number, y: number, g = new Float64Array(2)): number {
  surface.grad(x, y, g);
  return Math.hypot(g[0], g[1]);
}

/** Describes a run in words: converged (with the patience rule), oscillating, diverging, … never NaN. */
export function describeRun(d: RunView): RunState {
  const { path, iterations: n } = d;
  const first = path[0];
  const last = path[path.length - 1];
  const prev = path[path.length - 2];
  const loss = show(last.value);
  const rule = `no improvement beyond ${show(d.tol)} for ${d.patience} iterations`;
  if (d.status === 'diverged') {
    if (last.value < first.value) {
      return {
        kind: 'unbounded',
        text: `unbounded: the loss kept falling, to ${loss}, and the point left the region |x|, |y| ≤ ${show(d.bound)} at iteration ${n}. This surface has no minimum in that direction.`,
      };
    }
    return {
      kind: 'diverged',
      text: `diverged: the loss grew to ${loss} and the point left the region |x|, |y| ≤ ${show(d.bound)} at iteration ${n} — lower the learning rate`,
    };
  }
  if (d.status === 'converged') {
    const g0 = gradNorm(d.surface, first.x, first.y);
    const g = gradNorm(d.surface, last.x, last.y);
    if (g > 1e-3 && g > 0.01 * g0) {
      return {
        kind: 'stuck',
        text: `stopped: ${rule} (iteration ${n}), but the gradient is still large (|∇f| = ${show(g)}): the steps bounce across the valley instead of settling — lower the learning rate`,
      };
    }
    return {
      kind: 'converged',
      text: `converged: ${rule}; stopped at iteration ${n} with loss ${loss}`,
    };
  }
  if (d.status === 'max-iterations') {
    return {
      kind: 'limit',
      text: `stopped: reached the limit of ${n} iterations while the loss was still falling (loss ${loss})`,
    };
  }
  if (!prev) return { kind: 'ready', text: `ready: loss ${loss} at the start; press Step or Play` };
  if (last.value > prev.value && last.value > first.value) {
    return {
      kind: 'diverging',
      text: `diverging: the loss grew to ${loss} at iteration ${n} — lower the learning rate`,
    };
  }
  const before = path[path.length - 3];
  const reversed =
    before && (last.x - prev.x) * (prev.x - before.x) + (last.y - prev.y) * (prev.y - before.y) < 0;
  if (last.value > prev.value || reversed) {
    return {
      kind: 'oscillating',
      text: `oscillating: iteration ${n} overshot to the other side of the valley${last.value > prev.value ? ' and the loss went up' : ''} (loss ${loss})`,
    };
  }
  return { kind: 'descending', text: `descending: iteration ${n}, loss ${loss}` };
}
