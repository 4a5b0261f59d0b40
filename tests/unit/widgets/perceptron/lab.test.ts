import { describe, expect, it } from 'vitest';
import {
  FRESH,
  MAX_EPOCHS,
  START_P,
  START_RATE,
  initial,
  readOut,
  setGate,
  setParam,
  setPoint,
  trainOneEpoch,
  trainOneExample,
  trainUntilConverged,
  type LabState,
} from '../../../../src/widgets/perceptron/perceptron.ts';
import { statusText } from '../../../../src/widgets/perceptron/strings.ts';
import { contentText } from '../../helpers.ts';

const lesson = contentText('lessons/02-perceptron.mdx');

describe('the lab starts from the lesson’s worked epoch', () => {
  it('w = (0.5, 0.5), b = 0.2 and α = 0.2, as printed', () => {
    const m = lesson.match(
      /starting from \$w = \((\S+), (\S+)\)\$, \$b = (\S+)\$, with \$\\alpha = (\S+)\$/,
    );
    expect(m, 'the worked epoch is no longer printed').not.toBeNull();
    expect([START_P.w1, START_P.w2, START_P.b]).toEqual([m![1], m![2], m![3]].map(Number));
    expect(Number(START_RATE)).toBe(Number(m![4]));
    expect(initial()).toMatchObject({ p: START_P, gate: 'and', rate: START_RATE, train: FRESH });
  });
});

const run = (s: LabState, ...actions: ((s: LabState) => LabState)[]) =>
  actions.reduce((acc, a) => a(acc), s);

// The lesson's table, by hand: AND from w = (0.5, 0.5), b = 0.2, α = 0.2.
describe('training, one example at a time', () => {
  it('walks the first epoch row by row, then closes it with 3 mistakes', () => {
    const one = trainOneExample(initial());
    expect(one.p).toEqual({ w1: 0.5, w2: 0.5, b: 0 });
    expect(one.train).toMatchObject({ epoch: 0, visit: 1, epochErrors: 1 });
    expect(statusText(one.train.status)).toBe(
      'Epoch 1, example 1 of 4, (0, 0): output 1, target 0: a mistake, so w1, w2, b become 0.5, 0.5, 0. 1 mistake so far in this epoch.',
    );
    const four = run(one, trainOneExample, trainOneExample, trainOneExample);
    expect(four.p).toEqual({ w1: 0.3, w2: 0.3, b: -0.4 });
    expect(four.train).toMatchObject({ epoch: 1, visit: 0, epochErrors: 0, convergedAt: null });
    expect(statusText(four.train.status)).toBe(
      'Epoch 1, example 4 of 4, (1, 1): output 1, target 1: right, nothing changes. Epoch 1: 3 mistakes. Weights updated.',
    );
  });
  it('finishes a running epoch on "one epoch" and on "until converged", so epochs keep their meaning', () => {
    const started = trainOneExample(initial());
    expect(trainOneEpoch(started).p).toEqual({ w1: 0.3, w2: 0.3, b: -0.4 });
    const finished = trainUntilConverged(started);
    expect(finished.train.epoch).toBe(1);
    expect(finished.p).toEqual({ w1: 0.3, w2: 0.3, b: -0.4 });
  });
});

// Independent answers: the exact-fraction simulation quoted in tests/e2e/widgets/perceptron-lab.spec.ts.
describe('training by epochs', () => {
  it('AND converges after 2 epochs and stays converged', () => {
    const s = run(initial(), trainOneEpoch, trainOneEpoch);
    expect(s.train.status).toEqual({
      kind: 'epoch',
      epoch: 2,
      errors: 0,
      end: { kind: 'converged', epochs: 2 },
    });
    expect(statusText(s.train.status)).toBe(
      'Epoch 2: 0 mistakes. Converged after 2 epochs: all four points correct.',
    );
    expect(readOut(s).correct).toBe(4);
    expect(trainOneEpoch(s).train.status).toMatchObject({ end: { kind: 'converged', epochs: 2 } });
  });
  it('OR converges after 3 epochs with b = −0.1', () => {
    const s = trainUntilConverged(setGate(initial(), 'or'));
    expect(s.p).toEqual({ w1: 0.5, w2: 0.5, b: -0.1 });
    expect(s.train.status).toMatchObject({ epoch: 3, end: { kind: 'converged', epochs: 3 } });
  });
  it('XOR cycles: epoch 9 ends where epoch 8 did, and the words say so', () => {
    const s = trainUntilConverged(setGate(initial(), 'xor'));
    expect(s.train.status).toEqual({
      kind: 'epoch',
      epoch: 9,
      errors: 4,
      end: { kind: 'cycle', gate: 'xor', since: 8 },
    });
    expect(statusText(s.train.status)).toBe(
      'Epoch 9: 4 mistakes. No line separates XOR: the weights after epoch 9 are the same as after epoch 8, ' +
        'so the rule repeats forever and never converges (4 mistakes in every epoch).',
    );
  });
  it('epoch by epoch, XOR finds the same cycle as the run to convergence', () => {
    let s = setGate(initial(), 'xor');
    for (let e = 0; e < 9; e++) s = trainOneEpoch(s);
    expect(s.train.status).toMatchObject({ epoch: 9, end: { kind: 'cycle', since: 8 } });
  });
  it('reports the epoch cap when the last epoch neither converges nor repeats an earlier one', () => {
    const s = setGate(initial(), 'xor');
    const late = trainOneEpoch({ ...s, train: { ...s.train, epoch: MAX_EPOCHS - 1 } });
    expect(late.train.status).toEqual({
      kind: 'epoch',
      epoch: MAX_EPOCHS,
      errors: 2, // by hand: (0, 0) gives z = 0.2 → 1 and (1, 1) gives z = 1 → 1, both wrong
      end: { kind: 'max-epochs' },
    });
    expect(statusText(late.train.status)).toBe(
      'Epoch 50: 2 mistakes. Not converged after 50 epochs: still 2 mistakes in the last one.',
    );
  });
});

describe('setting by hand', () => {
  it('keeps thousandths and starts a new training count', () => {
    const trained = trainOneEpoch(initial());
    const s = setParam(trained, 'b', -0.12345);
    expect(s.p.b).toBe(-0.123);
    expect(s.train).toEqual(FRESH);
    expect(statusText(s.train.status)).toBe('');
  });
  it('reads out z and y at the reader’s point: w = (0.5, 0.5), b = 0.2 at (0, 0) gives z = 0.2, y = 1', () => {
    const s = setPoint(initial(), 0, 0);
    expect(readOut(s).here).toMatchObject({ z: 0.2, y: 1 });
    expect(readOut(initial()).correct).toBe(1); // only (1, 1) is right for AND at the start
  });
});
