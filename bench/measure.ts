// How the benchmark measures: CPU-time best-of-N, rounding, and heap growth
// over many training steps.
import { PerformanceObserver } from 'node:perf_hooks';
import type { Network, Matrix, Trainer } from '../src/engine/index.ts';

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
  const parts = net.layers.map((l) => (l as { Z?: Matrix }).Z).filter((Z) => Z !== undefined);
  const zs = new Float64Array(parts.reduce((n, Z) => n + Z.rows * Z.cols, 0));
  let offset = 0;
  for (const Z of parts) {
    zs.set(Z.data.subarray(0, Z.rows * Z.cols), offset);
    offset += Z.rows * Z.cols;
  }
  return zs;
}

/** hs[k] = tanh(zs[k]): the floor, the activation calls alone with nothing around them. */
export function tanhAll(zs: Float64Array, hs: Float64Array): void {
  for (let k = 0; k < zs.length; k++) hs[k] = Math.tanh(zs[k]);
}
