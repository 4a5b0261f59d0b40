// The gradient-descent lab's model: the surfaces it offers and their
// settings, the run made from them and how it advances, the learning-rate
// scale, the sampled surface for the contour lines, and the run's status as a
// typed value (strings.ts turns it into words).
import { Descent, getSurface, type DescentStop, type Surface } from '../../engine/index.ts';
import { show } from '../shared/show.ts';

export { show };

/** The surfaces the lab offers (the engine's names). */
export type SurfaceName = 'bowl' | 'valley' | 'banana' | 'saddle';

/** The surfaces in menu order, each with a learning rate that shows its character. */
export const SURFACE_ALPHA: Readonly<Record<SurfaceName, number>> = {
  bowl: 0.1,
  valley: 0.15,
  banana: 0.005,
  saddle: 0.1,
};
export const SURFACE_NAMES = Object.keys(SURFACE_ALPHA) as SurfaceName[];

/** Everything a run is made from: the surface, α, the start and the stopping rule. */
export interface Settings {
  name: SurfaceName;
  alpha: number;
  start: readonly [number, number];
  patience: number;
  tol: number;
}

/** The lab gives up after this many iterations. */
export const MAX_ITERATIONS = 5000;

/** The starting settings for a surface: its own start and learning rate, patience 10, tolerance 10⁻⁶. */
export function defaults(name: SurfaceName): Settings {
  return {
    name,
    alpha: SURFACE_ALPHA[name],
    start: getSurface(name).start,
    patience: 10,
    tol: 1e-6,
  };
}

/** The loss surface the settings name (its function, gradient, bounds and start). */
export const surfaceOf = (s: Settings): Surface => getSurface(s.name);

/** The settings the lab opens with. */
export const START: Settings = defaults('bowl');

/** A fresh run from settings (the engine's Descent, which steps in place). */
export function createDescent(s: Settings): Descent {
  return new Descent(getSurface(s.name), {
    alpha: s.alpha,
    start: s.start,
    tol: s.tol,
    patience: s.patience,
    maxIterations: MAX_ITERATIONS,
  });
}

/** One animation frame of Play: one iteration while the path is short (so the first steps can be followed), then four. Returns true while the run goes on (mutates the run). */
export function playFrame(run: Descent): boolean {
  for (let k = run.iterations < 60 ? 1 : 4; k > 0; k--) run.step();
  return run.status === 'running';
}

/** A start placed by clicking the plot, rounded to hundredths so it reads well in the fields. */
export function placedStart(x: number, y: number): [number, number] {
  const round2 = (v: number) => Math.round(v * 100) / 100;
  return [round2(x), round2(y)];
}

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

/** What the run is doing, as a typed value with its numbers: strings.ts says it in words, the lab styles by `kind`. */
export type RunStatus =
  | { kind: 'ready'; loss: number }
  | { kind: 'descending'; loss: number; iteration: number }
  | { kind: 'oscillating'; loss: number; iteration: number; rose: boolean }
  | { kind: 'diverging'; loss: number; iteration: number }
  | {
      kind: 'diverged';
      stop: Extract<DescentStop, { kind: 'left-region' | 'not-finite' | 'rose' }>;
    }
  | { kind: 'unbounded'; stop: Extract<DescentStop, { kind: 'left-region' }> }
  | { kind: 'converged'; stop: Extract<DescentStop, { kind: 'converged' }> }
  | { kind: 'stuck'; stop: Extract<DescentStop, { kind: 'converged' }>; gradient: number }
  | { kind: 'limit'; stop: Extract<DescentStop, { kind: 'limit' }> };

/** The kinds of a run status. */
export type RunKind = RunStatus['kind'];

type RunView = Pick<Descent, 'stop' | 'iterations' | 'path' | 'surface'>;

/** |∇f| at (x, y), through the surface's own gradient. */
export function gradNorm(surface: Surface, x: number, y: number, g = new Float64Array(2)): number {
  surface.grad(x, y, g);
  return Math.hypot(g[0], g[1]);
}

/** The gradient ∇f at the run's current point and its length |∇f|. */
export function gradientAt(run: Pick<Descent, 'surface' | 'x' | 'y'>): {
  g: [number, number];
  norm: number;
} {
  const g = new Float64Array(2);
  run.surface.grad(run.x, run.y, g);
  return { g: [g[0], g[1]], norm: Math.hypot(g[0], g[1]) };
}

/** Classifies a run: converged (with the patience rule), stuck, oscillating, diverging, diverged, … */
export function describeRun(d: RunView): RunStatus {
  const { path, iterations: n, stop } = d;
  const first = path[0];
  const last = path[path.length - 1];
  const prev = path[path.length - 2];
  if (stop) {
    switch (stop.kind) {
      case 'left-region':
        // Leaving the region while the loss fell is a surface without a minimum, not a bad α.
        return stop.value < first.value ? { kind: 'unbounded', stop } : { kind: 'diverged', stop };
      case 'not-finite':
      case 'rose':
        return { kind: 'diverged', stop };
      case 'limit':
        return { kind: 'limit', stop };
      case 'converged': {
        const g0 = gradNorm(d.surface, first.x, first.y);
        const g = gradNorm(d.surface, last.x, last.y);
        return g > 1e-3 && g > 0.01 * g0
          ? { kind: 'stuck', stop, gradient: g }
          : { kind: 'converged', stop };
      }
    }
  }
  if (!prev) return { kind: 'ready', loss: last.value };
  if (last.value > prev.value && last.value > first.value) {
    return { kind: 'diverging', loss: last.value, iteration: n };
  }
  const before = path[path.length - 3];
  const reversed =
    before && (last.x - prev.x) * (prev.x - before.x) + (last.y - prev.y) * (prev.y - before.y) < 0;
  if (last.value > prev.value || reversed) {
    return { kind: 'oscillating', loss: last.value, iteration: n, rose: last.value > prev.value };
  }
  return { kind: 'descending', loss: last.value, iteration: n };
}

/** Runs the settings to the end from scratch and classifies the result (what a task check grades). */
export function finalStatus(s: Settings): RunStatus {
  const run = createDescent(s);
  run.run();
  return describeRun(run);
}
