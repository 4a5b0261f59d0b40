import type { Matrix } from './matrix.ts';
import type { Network } from './network.ts';
import { Dropout } from './dropout.ts';
import { BatchNorm } from './batchnorm.ts';

/** One parameter entry: the backprop value, the finite-difference value, and how far apart they are. */
export interface GradientCheckEntry {
  layer: number;
  param: string;
  /** Index into the parameter's row-major data. */
  index: number;
  analytic: number;
  numeric: number;
  relError: number;
}

/**
 * Below this magnitude gradients are compared absolutely: with step h = 1e-5
 * the rounding noise of a central difference of a cost near 1 is about
 * 1e-16/1e-5 = 1e-11, meaningless next to a true gradient of 1e-10.
 */
export const GRADCHECK_FLOOR = 1e-4;

/** |a − n| / max(|a|, |n|, floor). */
export function relativeError(a: number, n: number, floor = GRADCHECK_FLOOR): number {
  return Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), floor);
}

/**
 * Checks backprop against central differences (cost(w + h) − cost(w − h)) / 2h
 * for every parameter entry, in training mode with dropout masks held fixed.
 * Leaves weights, masks and batch-norm running averages as it found them.
 */
export function checkGradients(net: Network, X: Matrix, Y: Matrix, h = 1e-5): GradientCheckEntry[] {
  const dropouts = net.layers.filter((l): l is Dropout => l instanceof Dropout);
  const wasFrozen = dropouts.map((d) => d.frozen);
  const norms = net.layers.filter((l): l is BatchNorm => l instanceof BatchNorm);
  const running = norms.map((b) => [b.runningMean.data.slice(), b.runningVar.data.slice()]);
  try {
    net.forward(X, true);
    dropouts.forEach((d) => (d.frozen = true));
    net.backward(Y);
    const entries: GradientCheckEntry[] = [];
    const costAt = (): number => {
      net.forward(X, true);
      return net.cost(Y);
    };
    net.layers.forEach((layer, l) => {
      for (const p of layer.params) {
        const analytic = p.grad.data.slice(0, p.grad.rows * p.grad.cols);
        for (let k = 0; k < analytic.length; k++) {
          const w = p.value.data[k];
          p.value.data[k] = w + h;
          const up = costAt();
          p.value.data[k] = w - h;
          const down = costAt();
          p.value.data[k] = w;
          const numeric = (up - down) / (2 * h);
          entries.push({
            layer: l,
            param: p.name,
            index: k,
            analytic: analytic[k],
            numeric,
            relError: relativeError(analytic[k], numeric),
          });
        }
      }
    });
    net.forward(X, true); // leave the caches describing the unperturbed weights
    return entries;
  } finally {
    dropouts.forEach((d, i) => (d.frozen = wasFrozen[i]));
    norms.forEach((b, i) => {
      b.runningMean.data.set(running[i][0]);
      b.runningVar.data.set(running[i][1]);
    });
  }
}

/** The largest relative error in a gradient check. */
export function maxRelError(entries: readonly GradientCheckEntry[]): number {
  let worst = 0;
  for (const e of entries) if (e.relError > worst) worst = e.relError;
  return worst;
}
