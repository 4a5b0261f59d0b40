// The playground model's actions, each against an independent answer: a
// mini-batch is one fourteenth of an epoch here (140 points, batches of 10), a
// gradient step scales with α, zero weights give the loss ln 2, and so on.
import { describe, expect, it } from 'vitest';
import { Dense, networkToJSON } from '../../../../src/engine/index.ts';
import { DEFAULTS, type Settings } from '../../../../src/widgets/playground/url.ts';
import {
  architecture,
  batchPosition,
  changeSetting,
  createRun,
  hiddenUnitCount,
  setWeight,
  stepBatch,
  stepEpoch,
  stepFrame as stepFrameOf,
  taskState,
  type Run,
} from '../../../../src/widgets/playground/playground.ts';
import { networkView } from '../../../../src/widgets/playground/views.ts';

const run = (over: Partial<Settings> = {}) => createRun({ ...DEFAULTS, ...over });
const weights = (r: Run) => JSON.stringify(networkToJSON(r.net).weights);
const firstW = (r: Run) => Array.from((r.net.layers[0] as Dense).W.data);
const live = (r: Run, key: keyof Settings, value: never) => {
  const c = changeSetting(r, key, value);
  expect(c.kind).toBe('live');
  return c;
};

describe('stepping by mini-batch', () => {
  it('runs one of the 14 batches of an epoch; 14 of them are the epoch, bit for bit', () => {
    const a = run();
    expect(batchPosition(a)).toEqual({ done: 0, total: 14, epoch: 1 });
    expect(stepBatch(a)).toBe(true);
    expect([a.trainer.steps, a.trainer.epochs, a.trainLoss.length]).toEqual([1, 0, 1]);
    expect(batchPosition(a)).toEqual({ done: 1, total: 14, epoch: 1 });
    // The numbers now are measured after the batch, the curve waits for the epoch's end.
    expect(a.now.trainLoss).not.toBe(a.trainLoss[0]);
    for (let k = 1; k < 14; k++) stepBatch(a);
    expect([a.trainer.epochs, a.trainLoss.length]).toEqual([1, 2]);
    const b = run();
    stepEpoch(b);
    expect(weights(a)).toBe(weights(b));
    expect(a.trainLoss).toEqual(b.trainLoss);
  });

  it('finishes a started epoch when then stepped by epoch', () => {
    const a = run();
    for (let k = 0; k < 5; k++) stepBatch(a);
    stepEpoch(a);
    const b = run();
    stepEpoch(b);
    expect(a.trainer.epochs).toBe(1);
    expect(weights(a)).toBe(weights(b));
  });
});

describe('changing the learning rate while training', () => {
  it('keeps the run going: weights, epoch count and curves carry on', () => {
    const r = run();
    for (let e = 0; e < 10; e++) stepEpoch(r);
    const before = weights(r);
    const curve = [...r.testLoss];
    const c = live(r, 'lr', 0.1 as never);
    expect(c).toEqual({ kind: 'live', run: r });
    expect(weights(r)).toBe(before);
    expect(r.trainer.optimizer.alpha).toBe(0.1);
    expect(r.settings.lr).toBe(0.1);
    stepEpoch(r);
    expect(r.trainer.epochs).toBe(11);
    expect(r.testLoss.slice(0, 11)).toEqual(curve);
  });

  it('moves the weights by exactly α times the gradient: twice the rate, twice the step', () => {
    const [a, b] = [run(), run()];
    for (const r of [a, b]) for (let e = 0; e < 3; e++) stepEpoch(r);
    live(a, 'lr', 0.2 as never);
    live(b, 'lr', 0.4 as never);
    const w0 = firstW(a);
    expect(firstW(b)).toEqual(w0);
    stepBatch(a);
    stepBatch(b); // the same batch: both shuffles come from the same seed
    const da = firstW(a).map((w, k) => w - w0[k]);
    const db = firstW(b).map((w, k) => w - w0[k]);
    da.forEach((d, k) => expect(db[k]).toBeCloseTo(2 * d, 12));
    expect(Math.max(...da.map(Math.abs))).toBeGreaterThan(1e-6);
  });

  it('leaves a diverged run diverged (only Reset helps), with the new rate in the settings', () => {
    const r = run({ lr: 1000, activation: 'leaky-relu', layers: 2 });
    expect(stepEpoch(r)).toBe(false);
    const status = r.status;
    expect(status.kind).toBe('diverged');
    live(r, 'lr', 0.01 as never);
    expect(r.status).toEqual(status);
    expect(r.settings.lr).toBe(0.01);
    expect(stepEpoch(r)).toBe(false);
  });

  it('resumes a run stopped by its epoch limit when the limit is raised, stops it when lowered', () => {
    const r = run({ epochs: 20 });
    while (stepEpoch(r));
    expect(r.status).toEqual({ kind: 'limit', epochs: 20 });
    live(r, 'epochs', 25 as never);
    expect(r.status).toEqual({ kind: 'running' });
    while (stepEpoch(r));
    expect(r.trainer.epochs).toBe(25);
    live(r, 'epochs', 10 as never);
    expect(r.status).toEqual({ kind: 'limit', epochs: 10 });
    expect(stepEpoch(r)).toBe(false);
  });

  it('rebuilds for a setting that changes the run itself, and refuses fewer classes than the points use', () => {
    const r = run();
    stepEpoch(r);
    const c = changeSetting(r, 'units', 3);
    expect(c.kind).toBe('rebuilt');
    if (c.kind !== 'rebuilt') return;
    expect([c.run.trainer.epochs, architecture(c.run.net)]).toEqual([0, '2-3-1']);
    expect(r.trainer.epochs).toBe(1); // the old run is untouched
    const own = [
      { x: 0, y: 0, label: 0 },
      { x: 1, y: 0, label: 2 },
    ];
    const custom = createRun({ ...DEFAULTS, dataset: 'custom', classes: 3 }, undefined, own);
    expect(changeSetting(custom, 'classes', 2, own)).toEqual({
      kind: 'refused',
      reason: { code: 'own-classes', top: 2 },
    });
  });
});

describe('the network view and editing a weight', () => {
  it('lists every weight of the 2-4-1 network with its place', () => {
    const r = run();
    const { sizes, links } = networkView(r);
    expect(sizes).toEqual([2, 4, 1]);
    expect(links).toHaveLength(2 * 4 + 4 * 1);
    const W1 = (r.net.layers[0] as Dense).W;
    expect(links[0]).toEqual({ layer: 0, depth: 0, from: 0, to: 0, w: W1.get(0, 0) });
    expect(links[3]).toEqual({ layer: 0, depth: 0, from: 1, to: 1, w: W1.get(1, 1) });
    expect(links[8]).toMatchObject({ layer: 1, depth: 1, from: 0, to: 0 });
    expect([hiddenUnitCount(r.net), hiddenUnitCount(run({ layers: 2, units: 3 }).net)]).toEqual([
      4, 6,
    ]);
  });

  it('with both weights of a 2-1 network set to 0 (bias 0) every output is ½: loss ln 2, by hand', () => {
    const r = run({ layers: 0, dataset: 'circles' });
    expect(setWeight(r, 0, 0, 0, 0)).toBe(true);
    expect(setWeight(r, 0, 0, 1, 0)).toBe(true);
    expect(r.now.trainLoss).toBeCloseTo(Math.LN2, 12);
    expect(r.now.testLoss).toBeCloseTo(Math.LN2, 12);
    expect(networkView(r).links.map((l) => l.w)).toEqual([0, 0]);
    // w = (0, 0): p = ½ everywhere, which is not above ½, so every point is called class 0.
    expect(r.now.testAcc).toBe(r.test.labels.filter((l) => l === 0).length / r.test.X.cols);
  });

  it('refuses a weight that is not a finite number or not in the network, changing nothing', () => {
    const r = run();
    const before = weights(r);
    expect(setWeight(r, 0, 0, 0, NaN)).toBe(false);
    expect(setWeight(r, 0, 9, 0, 1)).toBe(false);
    expect(setWeight(r, 5, 0, 0, 1)).toBe(false);
    expect(weights(r)).toBe(before);
  });

  it('publishes the settings as the link and the weights as the engine’s JSON', () => {
    const r = run({ dataset: 'circles' });
    const s = taskState(r, ['Seed']);
    expect(s.query).toMatch(/^dataset=circles&/);
    expect(s.network).toEqual(networkToJSON(r.net));
    expect(s.fieldErrors).toEqual(['Seed']);
  });
});

describe('wider and deeper', () => {
  it('builds up to 6 hidden layers of 16 units (lesson 9’s 2-16-16-1 included) and refuses 7 or 17 in a link', async () => {
    const { settingsFromQuery } = await import('../../../../src/widgets/playground/url.ts');
    expect(architecture(run({ layers: 2, units: 16 }).net)).toBe('2-16-16-1');
    const big = run({ layers: 6, units: 16 });
    expect(architecture(big.net)).toBe('2-16-16-16-16-16-16-1');
    expect(networkView(big).links).toHaveLength(2 * 16 + 5 * 16 * 16 + 16);
    expect(stepEpoch(big)).toBe(true);
    const r = settingsFromQuery('?layers=7&units=17');
    expect(r.problems.map((p) => p.message)).toEqual([
      'layers: 7 is out of range (0 to 6); using the default 1',
      'units: 17 is out of range (1 to 16); using the default 4',
    ]);
  });
});

describe('speed', () => {
  it('trains `speed` epochs per frame, stops at the limit inside a frame, and changes live', () => {
    const a = run({ speed: 5, epochs: 12 });
    const b = run({ epochs: 12 });
    expect(stepFrameOf(a)).toBe(true);
    for (let e = 0; e < 5; e++) stepEpoch(b);
    expect(a.trainer.epochs).toBe(5);
    expect(weights(a)).toBe(weights(b));
    stepFrameOf(a);
    expect(stepFrameOf(a)).toBe(false); // epochs 11, 12, then the limit
    expect(a.trainer.epochs).toBe(12);
    const c = run();
    expect(changeSetting(c, 'speed', 3).kind).toBe('live');
    stepFrameOf(c);
    expect(c.trainer.epochs).toBe(3);
  });
});
