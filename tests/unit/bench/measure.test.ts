import { describe, expect, it } from 'vitest';
import { tanhAll, zValues, zValuesInBatches } from '../../../bench/measure.ts';
import { Matrix } from '../../../src/engine/index.ts';
import type { Dense } from '../../../src/engine/index.ts';
import { denseNet } from '../helpers.ts';

describe('the activation floor of the benchmark', () => {
  it('collects every Z of a forward pass, layer after layer, as worked out by hand', () => {
    const net = denseNet(
      2,
      [
        [2, 'tanh'],
        [1, 'tanh'],
      ],
      'mse',
      1,
    );
    const [h, o] = net.layers as Dense[];
    h.W.data.set([1, 2, -1, 0.5]);
    h.b.data.set([0.5, 0]);
    o.W.data.set([2, -3]);
    o.b.data.set([1]);
    // Two examples, one per column: (1, 0) and (0, 2).
    const X = new Matrix(2, 2, Float64Array.from([1, 0, 0, 2]));
    const zs = zValues(net, X);
    // Z¹ = [[1·1 + 2·0 + 0.5, 1·0 + 2·2 + 0.5], [−1·1 + 0, 0.5·2 + 0]] = [[1.5, 4.5], [−1, 1]]
    const z2 = [
      1 + 2 * Math.tanh(1.5) - 3 * Math.tanh(-1),
      1 + 2 * Math.tanh(4.5) - 3 * Math.tanh(1),
    ];
    expect(zs.length).toBe(6);
    expect(Array.from(zs.subarray(0, 4))).toEqual([1.5, 4.5, -1, 1]);
    expect(zs[4]).toBeCloseTo(z2[0], 12);
    expect(zs[5]).toBeCloseTo(z2[1], 12);
  });

  it('tanhAll is Math.tanh on every entry', () => {
    const zs = Float64Array.from([0, 1, -2, 30]);
    const hs = new Float64Array(4);
    tanhAll(zs, hs);
    expect(Array.from(hs)).toEqual([0, Math.tanh(1), Math.tanh(-2), 1]);
  });
});

describe('the activation floor in training order', () => {
  it('collects Z batch after batch, each layer row by row: the order of the activation calls', () => {
    // One tanh unit, z = 2x + 1, over four examples in batches of 3: [x0 x1 x2], [x3].
    const net = denseNet(1, [[1, 'tanh']], 'mse', 1);
    const [d] = net.layers as Dense[];
    d.W.data.set([2]);
    d.b.data.set([1]);
    const X = new Matrix(1, 4, Float64Array.from([0, 1, -1, 3]));
    expect(Array.from(zValuesInBatches(net, X, 3))).toEqual([1, 3, -1, 7]);
    // Two units, two examples, batch 1: per batch, unit 0 then unit 1.
    const net2 = denseNet(1, [[2, 'tanh']], 'mse', 1);
    const [e] = net2.layers as Dense[];
    e.W.data.set([1, -1]);
    e.b.data.set([0, 10]);
    const X2 = new Matrix(1, 2, Float64Array.from([2, 5]));
    // A single pass over both would give [2, 5, 8, 5]; batch by batch gives [2, 8, 5, 5].
    expect(Array.from(zValuesInBatches(net2, X2, 1))).toEqual([2, 8, 5, 5]);
  });
});
