import { Matrix } from './matrix.ts';

/** The rectangle a decision map covers. */
export interface View {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * Inputs for an n × n decision map, one column per pixel (2 × n²), in image
 * order: column iy·n + ix holds x = xMin + ix·(xMax − xMin)/(n − 1) and
 * y = yMax − iy·(yMax − yMin)/(n − 1) (top row first). Pass it to
 * network.predict in one call.
 */
export function gridInputs(n: number, view: View): Matrix {
  if (!Number.isInteger(n) || n < 2)
    throw new Error(`gridInputs: n must be an integer ≥ 2, got ${n}`);
  const X = new Matrix(2, n * n);
  const dx = (view.xMax - view.xMin) / (n - 1);
  const dy = (view.yMax - view.yMin) / (n - 1);
  for (let iy = 0; iy < n; iy++) {
    for (let ix = 0; ix < n; ix++) {
      X.data[iy * n + ix] = view.xMin + ix * dx;
      X.data[n * n + iy * n + ix] = view.yMax - iy * dy;
    }
  }
  return X;
}
