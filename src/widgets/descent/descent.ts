// Pure helpers for the gradient-descent lab: the learning-rate scale, the
// sampled surface for the contour lines, and the run's state in words.
import type { Descent, Surface } from '../../engine/index.ts';
import { show } from '../shared/show.ts';
import { runningText, stopText, unboundedText } from './strings.ts';

export { show };

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

type RunView = Pick<Descent, 'stop' | 'iterations' | 'path' | 'surface'>;

/** |∇f| at (x, y), through the surface's own gradient. */
export function gradNorm(surface: Surface, x: number, y: number, g = new Float64Array(2)): number {
  surface.grad(x, y, g);
  return Math.hypot(g[0], g[1]);
}

/** Describes a run in words: converged (with the patience rule), oscillating, diverging, … never NaN. */
export function describeRun(d: RunView): RunState {
  const { path, iterations: n, stop } = d;
  const first = path[0];
  const last = path[path.length - 1];
  const prev = path[path.length - 2];
  if (stop) {
    switch (stop.kind) {
      case 'left-region':
        // Leaving the region while the loss fell is a surface without a minimum, not a bad α.
        return stop.value < first.value
          ? { kind: 'unbounded', text: unboundedText(stop) }
          : { kind: 'diverged', text: stopText(stop) };
      case 'not-finite':
      case 'rose':
        return { kind: 'diverged', text: stopText(stop) };
      case 'limit':
        return { kind: 'limit', text: stopText(stop) };
      case 'converged': {
        const g0 = gradNorm(d.surface, first.x, first.y);
        const g = gradNorm(d.surface, last.x, last.y);
        return g > 1e-3 && g > 0.01 * g0
          ? { kind: 'stuck', text: stopText(stop, g) }
          : { kind: 'converged', text: stopText(stop) };
      }
    }
  }
  if (!prev) return { kind: 'ready', text: runningText.ready(last.value) };
  if (last.value > prev.value && last.value > first.value) {
    return { kind: 'diverging', text: runningText.diverging(last.value, n) };
  }
  const before = path[path.length - 3];
  const reversed =
    before && (last.x - prev.x) * (prev.x - before.x) + (last.y - prev.y) * (prev.y - before.y) < 0;
  if (last.value > prev.value || reversed) {
    return {
      kind: 'oscillating',
      text: runningText.oscillating(last.value, n, last.value > prev.value),
    };
  }
  return { kind: 'descending', text: runningText.descending(last.value, n) };
}
