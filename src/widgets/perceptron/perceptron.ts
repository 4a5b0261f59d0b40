// The perceptron lab's model: what the reader has set (weights, gate,
// activation, rate, their own point), how far training has gone, and the pure
// actions that change them. The maths is in rule.ts (on the engine); the words
// for a run's status are in strings.ts.
import { evaluate, gateRows, keep, paramsKey, trainExample, trainUntil } from './rule.ts';
import type { Gate, Params } from './rule.ts';

export * from './rule.ts';

/** The lesson's worked example starts here: w = (0.5, 0.5), b = 0.2. */
export const START_P: Readonly<Params> = Object.freeze({ w1: 0.5, w2: 0.5, b: 0.2 });
/** The lesson's learning rate α = 0.2, as the rate menu spells it. */
export const START_RATE = '0.2';
/** The rates the lab offers. */
export const RATES = ['0.1', '0.2', '0.5', '1'] as const;
/** "Train until it converges" stops after this many epochs. */
export const MAX_EPOCHS = 50;
/** The slider and the typed field share one range, so every typed value has a slider position. */
export const LIMIT = 5;

/** What the rule did on one example, for the status line. */
export interface ExampleReport {
  /** 0 to 3: (0,0), (0,1), (1,0), (1,1). */
  index: number;
  x1: number;
  x2: number;
  /** The step's output before the update (0.5 exactly on the line). */
  y: number;
  target: number;
  mistake: boolean;
  /** The parameters after the update. */
  params: Params;
}

/** How an epoch ended: why training stopped, or that it goes on. */
export type EpochEnd =
  | { kind: 'converged'; epochs: number }
  | { kind: 'cycle'; gate: Gate; since: number }
  | { kind: 'max-epochs' }
  | { kind: 'updated' };

/** What the last training action did, as data (src/widgets/perceptron/strings.ts words it). */
export type RunStatus =
  | { kind: 'fresh' }
  | { kind: 'example'; epoch: number; example: ExampleReport; errorsSoFar: number }
  | { kind: 'epoch'; epoch: number; errors: number; end: EpochEnd; example?: ExampleReport };

/** Training so far. */
export interface Training {
  /** Epochs completed. */
  epoch: number;
  /** The next example of the running epoch (0 to 3), when stepping one example at a time. */
  visit: number;
  /** Mistakes so far in the running epoch. */
  epochErrors: number;
  /** The state key after each epoch so far, to notice when the rule cycles. */
  ends: string[];
  convergedAt: number | null;
  status: RunStatus;
}

/** No training yet. */
export const FRESH: Readonly<Training> = Object.freeze<Training>({
  epoch: 0,
  visit: 0,
  epochErrors: 0,
  ends: [],
  convergedAt: null,
  status: { kind: 'fresh' },
});

/** Everything the lab shows follows from this. */
export interface LabState {
  p: Params;
  gate: Gate;
  activation: string;
  /** The learning rate α as chosen from RATES. */
  rate: string;
  /** The reader's own point (x1, x2). */
  point: readonly [number, number];
  train: Training;
}

/** The lab as the lesson starts it (also what Reset returns to). */
export const initial = (): LabState => ({
  p: { ...START_P },
  gate: 'and',
  activation: 'step',
  rate: START_RATE,
  point: [1, 1],
  train: FRESH,
});

/** One parameter set by hand (kept to thousandths); this starts a new training count. */
export const setParam = (s: LabState, key: keyof Params, v: number): LabState => ({
  ...s,
  p: { ...s.p, [key]: keep(v) },
  train: FRESH,
});

/** Another gate; a new training count. */
export const setGate = (s: LabState, gate: Gate): LabState => ({ ...s, gate, train: FRESH });

/** Another activation for the table and the point (training always uses the step). */
export const setActivation = (s: LabState, activation: string): LabState => ({ ...s, activation });

/** Another learning rate; training so far stays. */
export const setRate = (s: LabState, rate: string): LabState => ({ ...s, rate });

/** The reader's point moved (kept to thousandths). */
export const setPoint = (s: LabState, x1: number, x2: number): LabState => ({
  ...s,
  point: [keep(x1), keep(x2)],
});

/** The truth table, how many rows are right, and the weighted sum and output at the reader's point. */
export function readOut(s: LabState) {
  const rows = gateRows(s.p, s.gate, s.activation);
  const [here] = evaluate(s.p, [s.point], s.activation);
  return { rows, correct: rows.filter((r) => r.correct).length, here };
}

const alphaOf = (s: LabState) => Number(s.rate);

/** Closes an epoch whose four examples have been visited, with the parameters and mistakes it ended on. */
function endEpoch(s: LabState, params: Params, errors: number, example?: ExampleReport): LabState {
  const key = paramsKey(params);
  const epoch = s.train.epoch + 1;
  const earlier = s.train.ends.indexOf(key);
  const convergedAt = s.train.convergedAt ?? (errors === 0 ? epoch : null);
  return withEpochs(s, params, epoch, errors, [...s.train.ends, key], convergedAt, {
    since: errors > 0 && earlier >= 0 ? earlier + 1 : null,
    example,
  });
}

/** The state after some whole epochs: which way the run ended (converged, cycle, the cap, or on it goes). */
function withEpochs(
  s: LabState,
  params: Params,
  epoch: number,
  errors: number,
  ends: string[],
  convergedAt: number | null,
  { since, example }: { since: number | null; example?: ExampleReport },
): LabState {
  let end: EpochEnd = { kind: 'updated' };
  if (convergedAt !== null) end = { kind: 'converged', epochs: convergedAt };
  else if (since !== null) end = { kind: 'cycle', gate: s.gate, since };
  else if (epoch >= MAX_EPOCHS) end = { kind: 'max-epochs' };
  const status: RunStatus = { kind: 'epoch', epoch, errors, end, ...(example ? { example } : {}) };
  return {
    ...s,
    p: params,
    train: { epoch, visit: 0, epochErrors: 0, ends, convergedAt, status },
  };
}

/** The rest of the running epoch (all of it when none is running), one example after another. */
function finishEpoch(s: LabState): { params: Params; errors: number } {
  let params = s.p;
  let errors = s.train.epochErrors;
  for (let j = s.train.visit; j < 4; j++) {
    const r = trainExample(params, s.gate, alphaOf(s), j);
    params = r.params;
    if (r.mistake) errors++;
  }
  return { params, errors };
}

/** The perceptron rule on the next example of the running epoch; the fourth closes the epoch. */
export function trainOneExample(s: LabState): LabState {
  const j = s.train.visit;
  const r = trainExample(s.p, s.gate, alphaOf(s), j);
  const example: ExampleReport = { index: j, ...r };
  const errors = s.train.epochErrors + (r.mistake ? 1 : 0);
  if (j === 3) return endEpoch(s, r.params, errors, example);
  return {
    ...s,
    p: r.params,
    train: {
      ...s.train,
      visit: j + 1,
      epochErrors: errors,
      status: { kind: 'example', epoch: s.train.epoch + 1, example, errorsSoFar: errors },
    },
  };
}

/** One epoch, or the rest of the running one. */
export function trainOneEpoch(s: LabState): LabState {
  const { params, errors } = finishEpoch(s);
  return endEpoch(s, params, errors);
}

/**
 * Epochs until one makes no mistake, the weights repeat (a cycle) or MAX_EPOCHS
 * pass. A running epoch is finished first, and that is all this press does, so
 * epochs keep their meaning.
 */
export function trainUntilConverged(s: LabState): LabState {
  if (s.train.visit > 0) return trainOneEpoch(s);
  const r = trainUntil(s.p, s.gate, alphaOf(s), MAX_EPOCHS);
  const epoch = s.train.epoch + r.epochs;
  const convergedAt = s.train.convergedAt ?? (r.converged ? epoch : null);
  return withEpochs(s, r.params, epoch, r.errors, [...s.train.ends, ...r.keys], convergedAt, {
    since: r.cycleFrom === null ? null : s.train.epoch + r.cycleFrom,
  });
}
