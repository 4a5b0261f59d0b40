import { describe, expect, it } from 'vitest';
import { networkToJSON } from '../../../../src/engine/index.ts';
import { DEFAULTS, type Settings } from '../../../../src/widgets/playground/url.ts';
import {
  createRun,
  networkSpec,
  stepEpoch,
  type Run,
} from '../../../../src/widgets/playground/playground.ts';
import { confusion, maps } from '../../../../src/widgets/playground/views.ts';
import { statusText } from '../../../../src/widgets/playground/strings.ts';
import { describe as describeNet, loadWeights } from '../../../../src/widgets/playground/load.ts';

const train = (over: Partial<Settings>) => {
  const run = createRun({ ...DEFAULTS, ...over });
  while (stepEpoch(run));
  return run;
};
const weights = (run: Run) =>
  JSON.stringify(networkToJSON(run.net).weights.filter((w) => Object.keys(w).length > 0));

describe('playground run', () => {
  it('is reproducible from its settings and seed', () => {
    const a = train({ epochs: 60 });
    const b = train({ epochs: 60 });
    expect(a.testLoss).toEqual(b.testLoss);
    expect(weights(a)).toBe(weights(b));
    expect(train({ epochs: 60, seed: 2 }).testLoss).not.toEqual(a.testLoss);
    expect(a.train.X.cols + a.test.X.cols).toBe(200);
    expect(a.test.X.cols).toBe(60);
  });

  it('measures the XOR numbers the browser test asserts (defaults, 100 and 300 epochs)', () => {
    const r = train({ epochs: 100 });
    expect([r.trainer.epochs, r.now.trainAcc, r.now.testAcc]).toEqual([100, 136 / 140, 1]);
    const s = train({});
    expect([s.trainer.epochs, s.now.trainAcc, s.now.testAcc]).toEqual([300, 135 / 140, 1]);
    expect(s.status).toEqual({ kind: 'limit', epochs: 300 });
    expect(statusText(s.status)).toBe('stopped after 300 epochs, the limit you set');
  });

  it('gives exactly the same run with dropout at rate 0 as without dropout', () => {
    const a = train({ epochs: 40, layers: 2, units: 8 });
    const b = train({ epochs: 40, layers: 2, units: 8, dropout: true, rate: 0 });
    expect(b.net.layers.some((l) => l.type === 'dropout')).toBe(true);
    expect(b.testLoss).toEqual(a.testLoss);
    expect(weights(b)).toBe(weights(a));
  });

  it('keeps every hidden unit identical from all-zero weights', () => {
    const r = train({ epochs: 50, init: 'zeros', units: 6 });
    const { units } = maps(r);
    expect(units[0]).toHaveLength(6);
    for (const m of units[0]) expect(Array.from(m)).toEqual(Array.from(units[0][0]));
  });

  it('reports divergence in words, never a NaN', () => {
    const r = train({ lr: 1000, activation: 'leaky-relu', layers: 2 });
    expect(r.status).toEqual({ kind: 'diverged', epoch: 1, cause: 'loss', value: NaN });
    expect(statusText(r.status)).toBe(
      'diverged: loss became NaN at epoch 1 — lower the learning rate, then press Reset to start again',
    );
    expect(r.testLoss.every(Number.isFinite)).toBe(true);
  });

  it('builds softmax for more than two classes and counts a confusion matrix', () => {
    const r = train({ dataset: 'blobs', classes: 4, epochs: 30 });
    expect(r.net.outputs).toBe(4);
    const m = confusion(r);
    expect(m.flat().reduce((x, y) => x + y)).toBe(60);
    expect(m.map((row) => row.reduce((x, y) => x + y))).toEqual(
      [0, 1, 2, 3].map((c) => r.test.labels.filter((l) => l === c).length),
    );
    expect(networkSpec({ ...DEFAULTS, bn: true, layers: 2 }, 2).layers.map((l) => l.type)).toEqual([
      'dense',
      'batchnorm',
      'activation',
      'dense',
      'batchnorm',
      'activation',
      'dense',
    ]);
  });
});

describe('loading saved weights', () => {
  it('round-trips a trained network with its settings', () => {
    const s = {
      ...DEFAULTS,
      layers: 2,
      units: 5,
      activation: 'relu' as const,
      bn: true,
      dropout: true,
      rate: 0.2,
      epochs: 20,
    };
    const r = train(s);
    const loaded = loadWeights(JSON.stringify(networkToJSON(r.net)), { ...DEFAULTS }, 2);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.settings).toMatchObject({
      layers: 2,
      units: 5,
      activation: 'relu',
      bn: true,
      dropout: true,
      rate: 0.2,
    });
    const again = createRun(loaded.settings, loaded.net);
    expect(again.testLoss[0]).toBe(r.testLoss[r.testLoss.length - 1]);
  });

  it('quotes a few characters of a bad 10 MB file, never the file', () => {
    const array = `[${'1,'.repeat(5_000_000)}1]`; // 10 MB of JSON array
    expect(array.length).toBeGreaterThan(10_000_000);
    const r = loadWeights(array, DEFAULTS, 2);
    expect(r).toEqual({
      ok: false,
      message:
        'That file is not a saved network (network JSON: expected an object, got an array of 5000001 items); nothing was changed.',
    });
    const huge = JSON.stringify({ format: 'x'.repeat(10_000_000), version: 1 });
    const m = loadWeights(huge, DEFAULTS, 2);
    if (m.ok) throw new Error('loaded a bad file');
    expect(m.message).toContain(`got "${'x'.repeat(39)}… version 1`);
    expect(m.message.length).toBeLessThan(200);
  });

  it('refuses a wrong file with a message', () => {
    const bad = (text: string, classes = 2) => {
      const r = loadWeights(text, DEFAULTS, classes);
      return r.ok ? 'ok' : r.message;
    };
    expect(bad('not json')).toBe('That file is not JSON; nothing was changed.');
    expect(bad('{"format":"x"}')).toMatch(
      /^That file is not a saved network \(network JSON: expected format "nn-engine"/,
    );
    const json = networkToJSON(createRun(DEFAULTS).net);
    expect(bad(JSON.stringify(json), 3)).toBe(
      'the network has 1 output units, but the data set has 3 classes; nothing was changed.',
    );
    json.weights[0].W[0][0] = null as unknown as number;
    expect(bad(JSON.stringify(json))).toMatch(
      /weights\[0\]\.W\[0\]\[0\]: expected a finite number/,
    );
    expect(describeNet(createRun({ ...DEFAULTS, layers: 0 }).net, 2)).toMatchObject({
      layers: 0,
      output: 'sigmoid',
    });
    const dropped = networkToJSON(createRun({ ...DEFAULTS, dropout: true, rate: 0.5 }).net);
    (dropped.spec.layers[1] as { rate: number }).rate = 0.95;
    expect(bad(JSON.stringify(dropped))).toBe(
      "the dropout rate 0.95 is above the playground's limit of 0.9; nothing was changed.",
    );
  });
});
