// The benchmark's workloads on @tensorflow/tfjs (CPU backend), for the ratios
// in bench/engine.ts. tfjs is example-major (N × features); the engine is not.
import * as tf from '@tensorflow/tfjs';
import type { Matrix } from '../src/engine/index.ts';

/** A dense tfjs model with the given layer sizes. */
export function tfSequential(
  sizes: number[],
  activation: 'tanh' | 'relu',
  output: 'tanh' | 'linear',
): tf.Sequential {
  const model = tf.sequential();
  for (let l = 1; l < sizes.length; l++) {
    model.add(
      tf.layers.dense({
        units: sizes[l],
        activation: l === sizes.length - 1 ? output : activation,
        inputShape: l === 1 ? [sizes[0]] : undefined,
      }),
    );
  }
  return model;
}

/** Rows-of-points tensors for tfjs (tfjs is example-major: N × features). */
export function tfBatches(X: Matrix, Y: Matrix, batch: number): [tf.Tensor2D, tf.Tensor2D][] {
  const out: [tf.Tensor2D, tf.Tensor2D][] = [];
  for (let j0 = 0; j0 < X.cols; j0 += batch) {
    const m = Math.min(batch, X.cols - j0);
    const xb: number[][] = [];
    const yb: number[][] = [];
    for (let j = j0; j < j0 + m; j++) {
      xb.push(Array.from({ length: X.rows }, (_, i) => X.get(i, j)));
      yb.push(Array.from({ length: Y.rows }, (_, i) => Y.get(i, j)));
    }
    out.push([tf.tensor2d(xb), tf.tensor2d(yb)]);
  }
  return out;
}

/** One epoch of plain mini-batch training. */
export function tfEpoch(
  model: tf.Sequential,
  opt: tf.Optimizer,
  batches: [tf.Tensor2D, tf.Tensor2D][],
  loss: 'mse' | 'softmax',
): void {
  for (const [xb, yb] of batches) {
    tf.tidy(() => {
      opt.minimize(() => {
        const out = model.apply(xb) as tf.Tensor2D;
        return loss === 'mse'
          ? tf.losses.meanSquaredError(yb, out)
          : tf.losses.softmaxCrossEntropy(yb, out);
      });
    });
  }
}
