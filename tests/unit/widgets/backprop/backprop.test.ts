import { describe, expect, it } from 'vitest';
import { Optimizer } from '../../../../src/engine/index.ts';
import { readFileSync } from 'node:fs';
import {
  GRADCHECK_H,
  LAST_STEP,
  LESSON,
  START,
  START_ALPHA,
  STEPS,
  applyUpdate,
  buildNetwork,
  freshModel,
  replay,
  stepOf,
  trace,
} from '../../../../src/widgets/backprop/backprop.ts';
import { statusText } from '../../../../src/widgets/backprop/strings.ts';

// Independent values: a python3 re-implementation of the 2-2-1 sigmoid + BCE network
// with the lesson's weights (they also match lesson 7's worked example to 4 figures).
const PY = {
  Z1: [0.45, 0.15],
  H1: [0.610639233949222, 0.5374298453437496],
  Z2: 0.1828617097683613,
  P: 0.5455884643883165,
  loss: 0.6058903156596915,
  DW2: [-0.27748151200360804, -0.2442143213062028],
  dH1: [-0.22720576780584173, 0.2726469213670101],
  DZ1: [-0.05402020703932647, 0.06777975382552888],
  DW1: [
    [-0.027010103519663237, -0.05402020703932647],
    [0.03388987691276444, 0.06777975382552888],
  ],
  dH0: [-0.02573594685159131, -0.008052132050624815],
  lossesAfterUpdates: [0.44510274026116453, 0.34349667296826764, 0.27573130812895674],
};

describe('trace of the lesson’s 2-2-1 network', () => {
  const net = buildNetwork({ kind: 'lesson' });
  const { q, checks } = trace(net, LESSON.X, LESSON.Y);
  it('reads the forward pass from the engine’s caches', () => {
    q.Z1.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.Z1[i], 12));
    q.H1.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.H1[i], 12));
    expect(q.Z2[0][0]).toBeCloseTo(PY.Z2, 12);
    expect(q.P[0][0]).toBeCloseTo(PY.P, 12);
    expect(q.loss[0][0]).toBeCloseTo(PY.loss, 12);
  });
  it('reads the backward pass line by line', () => {
    expect(q.DZ2[0][0]).toBeCloseTo(PY.P - 1, 12);
    q.DW2[0].forEach((v, j) => expect(v).toBeCloseTo(PY.DW2[j], 12));
    q.dH1.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.dH1[i], 12));
    q.DZ1.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.DZ1[i], 12));
    q.gZ1.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.H1[i] * (1 - PY.H1[i]), 12));
    q.DW1.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(PY.DW1[i][j], 12)));
    q.Db1.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.DZ1[i], 12));
    q.dH0.forEach((r, i) => expect(r[0]).toBeCloseTo(PY.dH0[i], 12));
  });
  it('puts the finite-difference gradient beside backprop, agreeing below 1e-6', () => {
    for (const c of Object.values(checks)) expect(c.worst).toBeLessThan(1e-6);
    expect(checks.W1.numeric[0][1]).toBeCloseTo(-0.0540202, 7);
    expect(checks.W1.analytic).toEqual(q.DW1);
  });
  it('lowers the loss with each update of α = 0.5, as the python run does', () => {
    for (const expected of PY.lossesAfterUpdates) {
      new Optimizer(net.params(), { alpha: 0.5 }).step();
      expect(trace(net, LESSON.X, LESSON.Y).q.loss[0][0]).toBeCloseTo(expected, 12);
    }
  });
});

describe('the walk-through', () => {
  it('covers the forward pass and every line of the pseudocode for L = 2', () => {
    expect(STEPS.filter((s) => s.phase === 'forward').map((s) => s.result)).toEqual([
      'Z1',
      'H1',
      'Z2',
      'P',
      'loss',
    ]);
    expect(STEPS.filter((s) => s.phase === 'backward').map((s) => s.result)).toEqual([
      'DZ2',
      'DW2',
      'Db2',
      'dH1',
      'DZ1',
      'DW1',
      'Db1',
      'dH0',
    ]);
  });
  it('gives the same random weights for the same seed', () => {
    const a = buildNetwork({ kind: 'seed', seed: 7 }).params()[0].value.data;
    const b = buildNetwork({ kind: 'seed', seed: 7 }).params()[0].value.data;
    const c = buildNetwork({ kind: 'seed', seed: 8 }).params()[0].value.data;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });
});

describe('the gradient check agrees with the lesson', () => {
  it('uses the lesson’s h = 10⁻⁵', () => {
    const text = readFileSync('content/lessons/07-backpropagation.mdx', 'utf8');
    expect(text).toContain('With $h = 10^{-5}$');
    expect(GRADCHECK_H).toBe(1e-5);
  });
});

describe('the stepper model: updates and their replay', () => {
  it("three updates at α = 0.5 give the python3 replica's losses", () => {
    let m = freshModel(START);
    expect(m.losses).toEqual([m.t.q.loss[0][0]]);
    expect(m.losses[0]).toBeCloseTo(PY.loss, 12);
    for (let k = 0; k < 3; k++) m = applyUpdate(m, START, START_ALPHA);
    expect(m.losses.slice(1).map((l) => Number(l.toFixed(12)))).toEqual(
      PY.lossesAfterUpdates.map((l) => Number(l.toFixed(12))),
    );
  });
  it('the first update is W ← W − α·DW with the traced DW (by hand from the replica)', () => {
    const m = applyUpdate(freshModel(START), START, 0.5);
    expect(m.t.q.W2[0][0]).toBeCloseTo(LESSON.W2[0][0] - 0.5 * PY.DW2[0], 12);
    expect(m.t.q.W1[1][1]).toBeCloseTo(LESSON.W1[1][1] - 0.5 * PY.DW1[1][1], 12);
  });
  it('replays the same updates to the same model', () => {
    const a = replay(START, [0.5, 1, 0.25]);
    let b = freshModel(START);
    for (const alpha of [0.5, 1, 0.25]) b = applyUpdate(b, START, alpha);
    expect(a.losses).toEqual(b.losses);
    expect(a.t.q.DW2).toEqual(b.t.q.DW2);
  });
  it('knows the line of each result', () => {
    expect(STEPS[stepOf('DW2')].line).toBe('DW² = (1/m)·DZ²·(H¹)ᵀ');
    expect(stepOf('Z1')).toBe(1);
    expect(LAST_STEP).toBe(STEPS.length - 1);
  });
  it('words the status of a line with its result', () => {
    const m = freshModel(START);
    expect(statusText(stepOf('P'), m.t, m.losses)).toBe('Step 5 of 14: P = σ(Z²); P = 0.5456');
    expect(statusText(0, m.t, [0.6, 0.5])).toContain('After 1 update the loss is 0.5');
  });
});
