import type { Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';

/** How to fill a weight or bias matrix at the start. */
export type InitSpec =
  | 'zeros'
  | 'xavier'
  | 'he'
  | { name: 'constant'; value: number }
  | { name: 'uniform'; limit: number };

/**
 * Fills M (mutates M) for a layer with nIn inputs and nOut units:
 * zeros; constant c; uniform on [−limit, limit); Xavier/Glorot uniform on
 * ±√(6 / (nIn + nOut)) (keeps tanh/sigmoid layers' variance steady);
 * He normal with std √(2 / nIn) (the same for ReLU, which zeroes half its inputs).
 */
export function initialise(M: Matrix, spec: InitSpec, nIn: number, nOut: number, rng: Rng): Matrix {
  const d = M.data;
  const n = M.rows * M.cols;
  if (spec === 'zeros') {
    d.fill(0, 0, n);
  } else if (spec === 'xavier') {
    const limit = Math.sqrt(6 / (nIn + nOut));
    for (let k = 0; k < n; k++) d[k] = rng.uniform(-limit, limit);
  } else if (spec === 'he') {
    const std = Math.sqrt(2 / nIn);
    for (let k = 0; k < n; k++) d[k] = rng.normal(0, std);
  } else if (typeof spec === 'object' && spec.name === 'constant') {
    if (!Number.isFinite(spec.value))
      throw new Error(`init constant: value must be finite, got ${spec.value}`);
    d.fill(spec.value, 0, n);
  } else if (typeof spec === 'object' && spec.name === 'uniform') {
    if (!(spec.limit >= 0 && Number.isFinite(spec.limit))) {
      throw new Error(
        `init uniform: limit must be a non-negative finite number, got ${spec.limit}`,
      );
    }
    for (let k = 0; k < n; k++) d[k] = rng.uniform(-spec.limit, spec.limit);
  } else {
    throw new Error(
      `unknown initialiser ${JSON.stringify(spec)}; known: zeros, xavier, he, {name:'constant'}, {name:'uniform'}`,
    );
  }
  return M;
}
