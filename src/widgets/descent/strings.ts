// The gradient-descent lab's sentences, apart from the logic that picks them
// (descent.ts), so the words can be read, reviewed or translated in one place.
import type { DescentStop } from '../../engine/index.ts';
import { show } from '../shared/show.ts';
import type { RunStatus, SurfaceName } from './descent.ts';

/** How each surface is named and written for a reader. */
export const SURFACE_TEXT: Readonly<Record<SurfaceName, { label: string; formula: string }>> = {
  bowl: { label: 'Round bowl', formula: 'f(x, y) = x² + y²' },
  valley: { label: 'Long narrow valley', formula: 'f(x, y) = 0.1x² + 5y²' },
  banana: { label: 'Banana (Rosenbrock-like)', formula: 'f(x, y) = (1 − x)² + 10(y − x²)²' },
  saddle: { label: 'Saddle', formula: 'f(x, y) = x² − y²' },
};

const at = (x: number, y: number) => `(${show(x, 3)}, ${show(y, 3)})`;

/** The sentence for a finished run's stop reason; `gradient` is |∇f| at the end, for a stuck run. */
export function stopText(stop: DescentStop, gradient?: number): string {
  switch (stop.kind) {
    case 'left-region':
      return `diverged: the loss grew to ${show(stop.value)} and the point left the region |x|, |y| ≤ ${show(stop.bound)} at iteration ${stop.iteration}, at ${at(stop.x, stop.y)} — lower the learning rate`;
    case 'not-finite':
      return `diverged: the loss became ${show(stop.value)} at iteration ${stop.iteration} — lower the learning rate`;
    case 'rose':
      return `diverged: the loss rose for ${stop.patience} iterations in a row, from ${show(stop.from)} at the start to ${show(stop.to)} at iteration ${stop.iteration}; the point is at ${at(stop.x, stop.y)} — lower the learning rate`;
    case 'converged': {
      const rule = `no improvement beyond ${show(stop.tol)} for ${stop.patience} iterations`;
      return gradient === undefined
        ? `converged: ${rule}; stopped at iteration ${stop.iteration} with loss ${show(stop.value)}`
        : `stopped: ${rule} (iteration ${stop.iteration}), but the gradient is still large (|∇f| = ${show(gradient)}): the steps bounce across the valley instead of settling — lower the learning rate`;
    }
    case 'limit':
      return `stopped: reached the limit of ${stop.iteration} iterations while the loss was still falling (loss ${show(stop.value)})`;
  }
}

/** An unbounded fall (a saddle): the loss kept falling when the point left the region. */
export function unboundedText(stop: Extract<DescentStop, { kind: 'left-region' }>): string {
  return `unbounded: the loss kept falling, to ${show(stop.value)}, and the point left the region |x|, |y| ≤ ${show(stop.bound)} at iteration ${stop.iteration}. This surface has no minimum in that direction.`;
}

/** The sentences for a run still going. */
export const runningText = {
  ready: (loss: number) => `ready: loss ${show(loss)} at the start; press Step or Play`,
  diverging: (loss: number, n: number) =>
    `diverging: the loss grew to ${show(loss)} at iteration ${n} — lower the learning rate`,
  oscillating: (loss: number, n: number, rose: boolean) =>
    `oscillating: iteration ${n} overshot to the other side of the valley${rose ? ' and the loss went up' : ''} (loss ${show(loss)})`,
  descending: (loss: number, n: number) => `descending: iteration ${n}, loss ${show(loss)}`,
} as const;

/** A run status in words. */
export function statusText(s: RunStatus): string {
  switch (s.kind) {
    case 'ready':
      return runningText.ready(s.loss);
    case 'descending':
      return runningText.descending(s.loss, s.iteration);
    case 'oscillating':
      return runningText.oscillating(s.loss, s.iteration, s.rose);
    case 'diverging':
      return runningText.diverging(s.loss, s.iteration);
    case 'unbounded':
      return unboundedText(s.stop);
    case 'stuck':
      return stopText(s.stop, s.gradient);
    case 'diverged':
    case 'converged':
    case 'limit':
      return stopText(s.stop);
  }
}

/** The status line while playing: only the kind, so a screen reader is not flooded. */
export const playingText = (s: RunStatus) => `playing: ${s.kind}`;
