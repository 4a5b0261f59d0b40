// How the benchmark measures: CPU-time best-of-N, rounding, and heap growth
// over many training steps.
import { PerformanceObserver } from 'node:perf_hooks';
import { Matrix } from '../src/engine/index.ts';
import type { Network, Trainer } from '../src/engine/index.ts';

/**
 * Best (smallest) time in ms of `rounds` runs of fn, measured as this process's
 * CPU time (user + system), so that other processes competing for the cores do
 * not count; the same clock is used for every engine compared.
 */
export function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

/** x to `digits` significant digits, for the printed figures. */
export const round = (x: number, digits = 3): number => Number(x.toPrecision(digits));

/** Heap growth (MB) and garbage collections over `steps` training steps after a warm-up. */
export async function heapGrowth(
  trainer: Trainer,
  steps: number,
): Promise<Record<string, unknown>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 5000; i++) trainer.step(); // warm up
  let collections = 0;
  const observer = new PerformanceObserver((list) => {
    collections += list.getEntries().length;
  });
  gc?.();
  observer.observe({ entryTypes: ['gc'] });
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < steps; i++) trainer.step();
  const afterNoGc = process.memoryUsage().heapUsed;
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the observer report
  observer.disconnect();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  return {
    steps,
    gcExposed: gc !== undefined,
    heapGrowthMB: round((after - before) / 2 ** 20, 3),
    heapDeltaWithoutGcMB: round((afterNoGc - before) / 2 ** 20, 3),
    garbageCollectionsDuringSteps: collections,
  };
}

/** Every Z of a forward pass of net over X, layer after layer: the inputs of every activation call, for an activation floor. */
export function zValues(net: Network, X: Matrix): Float64Array {
  net.predict(X);
  return concat(
    net.layers
      .map((l) => (l as { Z?: Matrix }).Z)
      .filter((Z) => Z !== undefined)
      .map((Z) => Z.data.subarray(0, Z.rows * Z.cols)),
  );
}

/** The arrays one after another in one array. */
function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * Every Z that training over X in batches of `batch` (columns in order, as a
 * trainer visits a shuffled data set) hands to the activation: for each batch,
 * each layer's Z row by row, the order of the engine's own activation calls.
 * The floor must see the values in this order: Math.tanh branches on its
 * argument, and the same values in data-set order (neighbouring points of a
 * spiral one after another) cost it far less than in the order training meets them.
 */
export function zValuesInBatches(net: Network, X: Matrix, batch: number): Float64Array {
  const parts: Float64Array[] = [];
  const Xb = new Matrix(X.rows, 0);
  for (let j0 = 0; j0 < X.cols; j0 += batch) {
    const m = Math.min(batch, X.cols - j0);
    Xb.resizeCols(m);
    for (let i = 0; i < X.rows; i++)
      for (let j = 0; j < m; j++) Xb.data[i * m + j] = X.data[i * X.cols + j0 + j];
    parts.push(zValues(net, Xb));
  }
  return concat(parts);
}

/** hs[k] = tanh(zs[k]): the floor, the activation calls alone with nothing around them. */
export function tanhAll(zs: Float64Array, hs: Float64Array): void {
  for (let k = 0; k < zs.length; k++) hs[k] = Math.tanh(zs[k]);
}
