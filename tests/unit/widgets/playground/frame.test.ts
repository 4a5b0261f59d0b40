// The frame loop's time budget and the cheap decision map, against independent
// answers: the same epochs stepped one at a time (the weights must match bit
// for bit however the frames cut them), and the engine's own predict with
// predictedClass on a freshly made grid (the map must match pixel for pixel).
import { describe, expect, it } from 'vitest';
import { gridInputs, networkToJSON, predictedClass } from '../../../../src/engine/index.ts';
import { DEFAULTS, type Settings } from '../../../../src/widgets/playground/url.ts';
import {
  GRID,
  UNIT_GRID,
  VIEW,
  createRun,
  featureInputs,
  stepEpoch,
  stepFrame,
  type Run,
} from '../../../../src/widgets/playground/playground.ts';
import { decisionMap, unitMaps } from '../../../../src/widgets/playground/views.ts';

const run = (over: Partial<Settings> = {}) => createRun({ ...DEFAULTS, ...over });
const weights = (r: Run) => JSON.stringify(networkToJSON(r.net).weights);

/** A clock that moves `steps[k]` ms on its k-th reading (cycling): frames of uneven length. */
function unevenClock(steps: number[]) {
  let t = 0;
  let k = 0;
  return () => (t += steps[k++ % steps.length]);
}

describe('the frame budget', () => {
  it('reaches the same weights and curves after N epochs whatever the budget cuts', () => {
    // Seven epochs a play: the frames stop exactly at epoch 7, wherever they cut it.
    const over = { layers: 2, units: 8, speed: 7, epochs: 1000 };
    const byEpoch = run(over);
    for (let e = 0; e < 7; e++) stepEpoch(byEpoch);
    // One mini-batch per frame (no budget left after the first step) ...
    const tight = run(over);
    let frames = 0;
    while (tight.trainer.epochs < 7) {
      expect(stepFrame(tight, 0)).toBe(true);
      frames++;
    }
    expect(frames).toBe(7 * 14); // 140 training points in batches of 10
    // ... and frames of uneven length cutting epochs at odd places.
    const uneven = run(over);
    const clock = unevenClock([0.7, 3, 0.2, 5, 1.1]);
    while (uneven.trainer.epochs < 7) stepFrame(uneven, 4, clock);
    for (const r of [tight, uneven]) {
      expect([r.trainer.epochs, r.trainer.steps]).toEqual([7, 7 * 14]);
      expect(weights(r)).toBe(weights(byEpoch));
      expect(r.trainLoss).toEqual(byEpoch.trainLoss);
      expect(r.testLoss).toEqual(byEpoch.testLoss);
    }
  });

  it('carries the epochs a frame could not finish over to the next frame, then asks for `speed` more', () => {
    const r = run({ speed: 2 });
    stepFrame(r, 0); // one batch: the frame's target is epoch 2
    expect([r.trainer.steps, r.frameTarget]).toEqual([1, 2]);
    while (r.trainer.epochs < 2) stepFrame(r, 0);
    expect(r.trainer.steps).toBe(28);
    stepFrame(r); // no budget: a whole frame of 2 epochs
    expect([r.trainer.epochs, r.frameTarget]).toEqual([4, 4]);
  });

  it('stops at the epoch limit inside a cut frame and reports it', () => {
    const r = run({ epochs: 2, speed: 5 });
    let ok = true;
    while (ok) ok = stepFrame(r, 0);
    expect(r.trainer.epochs).toBe(2);
    expect(r.status.kind).not.toBe('running');
    expect(stepFrame(r, 0)).toBe(false);
  });
});

/** The map as the engine's own predict and predictedClass give it, on a grid made afresh. */
function expected(r: Run) {
  const P = r.net.predict(featureInputs(gridInputs(GRID, VIEW), r.settings.features));
  const k = P.rows === 1 ? 2 : P.rows;
  const cls: number[] = [];
  const conf: number[] = [];
  for (let j = 0; j < GRID * GRID; j++) {
    const c = predictedClass(P, j);
    const p = P.rows === 1 ? (c === 1 ? P.get(0, j) : 1 - P.get(0, j)) : P.get(c, j);
    cls.push(c);
    conf.push((p - 1 / k) / (1 - 1 / k));
  }
  return { cls, conf };
}

describe('the decision map', () => {
  it.each([
    ['one sigmoid unit', { dataset: 'circles' as const }],
    ['softmax over 3 classes', { dataset: 'blobs' as const, classes: 3 }],
    ['features x₁² and x₂²', { features: ['x1sq', 'x2sq'] as Settings['features'] }],
  ])('matches predict and predictedClass pixel for pixel (%s)', (_, over) => {
    const r = run(over);
    for (let e = 0; e < 5; e++) stepEpoch(r);
    const want = expected(r);
    const got = decisionMap(r);
    expect(Array.from(got.cls)).toEqual(want.cls);
    got.conf.forEach((c, j) => expect(c).toBeCloseTo(want.conf[j], 12));
  });

  it('writes into the arrays it is given, so a frame allocates no pixels', () => {
    const r = run();
    const out = decisionMap(r);
    stepEpoch(r);
    const again = decisionMap(r, out);
    expect(again.cls).toBe(out.cls);
    expect(again.conf).toBe(out.conf);
    expect(Array.from(again.cls)).toEqual(expected(r).cls);
  });

  it("gives each hidden unit its output over the small grid, from the engine's own pass", () => {
    const r = run({ layers: 2, units: 3 });
    stepEpoch(r);
    const units = unitMaps(r);
    expect(units.map((l) => l.length)).toEqual([3, 3]);
    r.net.predict(featureInputs(gridInputs(UNIT_GRID, VIEW), r.settings.features));
    for (const [l, layer] of units.entries())
      for (const [u, m] of layer.entries()) {
        expect(m).toHaveLength(UNIT_GRID * UNIT_GRID);
        expect(Array.from(m)).toEqual(Array.from(r.net.unitOutput(r.hidden[l], u)));
      }
  });
});
