import { useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { Slider } from '../shared/Slider.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { activationLabels } from '../shared/activation-labels.ts';
import { PerceptronPlane } from './PerceptronPlane.tsx';
import { PerceptronTable } from './PerceptronTable.tsx';
import {
  evaluate,
  gateRows,
  keep,
  paramsKey,
  trainExample,
  trainUntil,
  type Gate,
  type Params,
} from './perceptron.ts';

// The lesson's worked example starts here: w = (0.5, 0.5), b = 0.2, α = 0.2.
const START_P: Params = { w1: 0.5, w2: 0.5, b: 0.2 };
const MAX_EPOCHS = 50;
/** The slider and the typed field share one range, so every typed value has a slider position. */
const LIMIT = 5;
const GATES = [
  { value: 'and', label: 'AND' },
  { value: 'or', label: 'OR' },
  { value: 'xor', label: 'XOR' },
] as const;
const ACTIVATIONS = ['step', 'sign', 'sigmoid', 'tanh'].map((a) => ({
  value: a,
  label: activationLabels[a] ?? a,
}));
const RATES = ['0.1', '0.2', '0.5', '1'].map((r) => ({ value: r, label: r }));

interface Training {
  /** Epochs completed. */
  epoch: number;
  /** The next example of the running epoch (0 to 3), when stepping one example at a time. */
  visit: number;
  /** Mistakes so far in the running epoch. */
  epochErrors: number;
  /** The state key after each epoch so far, to notice when the rule cycles. */
  ends: string[];
  convergedAt: number | null;
  message: string;
}
const FRESH: Training = {
  epoch: 0,
  visit: 0,
  epochErrors: 0,
  ends: [],
  convergedAt: null,
  message: '',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The perceptron lab: set or train w1, w2, b and watch the decision line sort AND, OR or XOR. */
export default function PerceptronLab() {
  const [p, setP] = useState<Params>(START_P);
  const [gate, setGate] = useState<Gate>('and');
  const [activation, setActivation] = useState('step');
  const [rate, setRate] = useState('0.2');
  const [point, setPoint] = useState<readonly [number, number]>([1, 1]);
  const [train, setTrain] = useState<Training>(FRESH);
  const [generation, setGeneration] = useState(0);

  const gateName = gate.toUpperCase();
  const rows = gateRows(p, gate, activation);
  const correct = rows.filter((r) => r.correct).length;
  const [here] = evaluate(p, [point], activation);
  const alpha = Number(rate);

  // Setting the weights by hand starts a new training count.
  const setParam = (key: keyof Params) => (v: number) => {
    setP((old) => ({ ...old, [key]: keep(v) }));
    setTrain(FRESH);
  };

  function report(
    epoch: number,
    errors: number,
    ends: string[],
    cycleFrom: number | null,
    convergedAt: number | null,
  ) {
    const head = `Epoch ${epoch}: ${plural(errors, 'mistake')}.`;
    let tail = 'Weights updated.';
    if (convergedAt !== null)
      tail = `Converged after ${plural(convergedAt, 'epoch')}: all four points correct.`;
    else if (cycleFrom !== null) {
      tail =
        `No line separates ${gateName}: the weights after epoch ${epoch} are the same as after epoch ${cycleFrom}, ` +
        `so the rule repeats forever and never converges (${plural(errors, 'mistake')} in every epoch).`;
    } else if (epoch >= MAX_EPOCHS)
      tail = `Not converged after ${epoch} epochs: still ${plural(errors, 'mistake')} in the last one.`;
    setTrain({ epoch, visit: 0, epochErrors: 0, ends, convergedAt, message: `${head} ${tail}` });
  }

  /** Ends an epoch whose examples have all been visited. */
  function endEpoch(params: Params, errors: number) {
    const key = paramsKey(params);
    const epoch = train.epoch + 1;
    const earlier = train.ends.indexOf(key);
    const convergedAt = train.convergedAt ?? (errors === 0 ? epoch : null);
    setP(params);
    report(
      epoch,
      errors,
      [...train.ends, key],
      errors > 0 && earlier >= 0 ? earlier + 1 : null,
      convergedAt,
    );
  }

  /** The rest of the running epoch (all of it when none is running), one example after another. */
  function finishEpoch(): { params: Params; errors: number } {
    let params = p;
    let errors = train.epochErrors;
    for (let j = train.visit; j < 4; j++) {
      const r = trainExample(params, gate, alpha, j);
      params = r.params;
      if (r.mistake) errors++;
    }
    return { params, errors };
  }

  function oneEpoch() {
    const { params, errors } = finishEpoch();
    endEpoch(params, errors);
  }

  function oneExample() {
    const j = train.visit;
    const r = trainExample(p, gate, alpha, j);
    const errors = train.epochErrors + (r.mistake ? 1 : 0);
    const what = r.mistake
      ? `output ${fmt(r.y)}, target ${r.target}: a mistake, so w1, w2, b become ${fmt(r.params.w1)}, ${fmt(r.params.w2)}, ${fmt(r.params.b)}.`
      : `output ${fmt(r.y)}, target ${r.target}: right, nothing changes.`;
    const head = `Epoch ${train.epoch + 1}, example ${j + 1} of 4, (${r.x1}, ${r.x2}): ${what}`;
    if (j === 3) {
      endEpoch(r.params, errors);
      setTrain((t) => ({ ...t, message: `${head} ${t.message}` }));
      return;
    }
    setP(r.params);
    setTrain({
      ...train,
      visit: j + 1,
      epochErrors: errors,
      message: `${head} ${plural(errors, 'mistake')} so far in this epoch.`,
    });
  }

  function untilConverged() {
    if (train.visit > 0) {
      // Finish the running epoch first, so epochs keep their meaning.
      const { params, errors } = finishEpoch();
      return endEpoch(params, errors);
    }
    const r = trainUntil(p, gate, alpha, MAX_EPOCHS);
    const epoch = train.epoch + r.epochs;
    const convergedAt = train.convergedAt ?? (r.converged ? epoch : null);
    setP(r.params);
    report(
      epoch,
      r.errors,
      [...train.ends, ...r.keys],
      r.cycleFrom === null ? null : train.epoch + r.cycleFrom,
      convergedAt,
    );
  }

  function reset() {
    setP(START_P);
    setGate('and');
    setActivation('step');
    setRate('0.2');
    setPoint([1, 1]);
    setTrain(FRESH);
    setGeneration((g) => g + 1);
  }

  const param = (key: keyof Params, name: string, label: string) => (
    <div class="pl-param">
      <Slider
        label={label}
        value={p[key]}
        min={-LIMIT}
        max={LIMIT}
        step={0.1}
        onChange={setParam(key)}
      />
      <NumberField
        label={`${name}, typed`}
        value={p[key]}
        min={-LIMIT}
        max={LIMIT}
        onChange={setParam(key)}
      />
    </div>
  );

  return (
    <section class="nn-widget pl" aria-labelledby="pl-title">
      <h3 id="pl-title" class="nn-widget-title">
        Perceptron lab
      </h3>
      <p>
        Set the weights and the bias, or let the perceptron rule find them. The line w1·x1 + w2·x2 +
        b = 0 splits the plane: on the shaded side the output is on.
      </p>
      <div key={generation}>
        <fieldset class="pl-fieldset">
          <legend>Weights and bias</legend>
          {param('w1', 'w1', 'weight w1')}
          {param('w2', 'w2', 'weight w2')}
          {param('b', 'b', 'bias b')}
        </fieldset>
        <div class="nn-row">
          <SelectField
            label="gate"
            value={gate}
            options={GATES}
            onChange={(g) => {
              setGate(g);
              setTrain(FRESH);
            }}
          />
          <SelectField
            label="activation f"
            value={activation}
            options={ACTIVATIONS}
            onChange={setActivation}
          />
          <SelectField
            label="learning rate α (η)"
            value={rate}
            options={RATES}
            onChange={setRate}
          />
        </div>
        <fieldset class="nn-row pl-fieldset">
          <legend>Your point (or tap the plane)</legend>
          <NumberField
            label="x1"
            value={point[0]}
            min={-0.5}
            max={1.5}
            onChange={(v) => setPoint([keep(v), point[1]])}
          />
          <NumberField
            label="x2"
            value={point[1]}
            min={-0.5}
            max={1.5}
            onChange={(v) => setPoint([point[0], keep(v)])}
          />
          <p class="nn-result pl-here">
            z = <strong data-testid="pl-z">{fmt(here.z)}</strong>, y = f(z) ={' '}
            <strong data-testid="pl-y">{fmt(here.y)}</strong>
          </p>
        </fieldset>
      </div>
      <div class="pl-plot">
        <PerceptronPlane
          p={p}
          rows={rows}
          gateName={gateName}
          point={point}
          onPick={(a, c) => setPoint([a, c])}
        />
        <p class="pl-legend" aria-hidden="true">
          ● output 1 · ■ (hollow) output 0 · ◆ on the line (0.5 for the step) · ○ ring: target 1 ·
          ✓/✗ correct or not
        </p>
      </div>
      <p class="pl-count nn-result">
        <strong data-testid="pl-correct">{correct} of 4 correct</strong> for {gateName}
      </p>
      {train.epoch > 0 && (
        <p class="pl-why-counts">
          An epoch's mistakes are counted as it runs, each before the update it causes; the table
          shows the weights after the epoch, so the two counts can differ.
        </p>
      )}
      <PerceptronTable
        rows={rows}
        gateName={gateName}
        next={train.visit > 0 ? train.visit : null}
      />
      <div class="nn-row nn-controls">
        <button type="button" class="nn-button" onClick={oneExample}>
          Train one example
        </button>
        <button type="button" class="nn-button" onClick={oneEpoch}>
          {train.visit > 0 ? 'Finish this epoch' : 'Train one epoch'}
        </button>
        <button type="button" class="nn-button" onClick={untilConverged}>
          Train until it converges (max {MAX_EPOCHS} epochs)
        </button>
        <button type="button" class="nn-button" onClick={reset}>
          Reset
        </button>
      </div>
      <p class="pl-note">
        Training uses the perceptron rule with the unit step, visiting (0,0), (0,1), (1,0), (1,1) in
        order: w ← w + α(t − y)x, b ← b + α(t − y).
      </p>
      <p class="pl-train nn-result" data-testid="pl-train">
        {train.epoch === 0 && train.visit === 0 ? 'Not trained yet (epoch 0).' : train.message}
      </p>
      <LiveStatus>
        {train.message ? `${train.message} ` : ''}
        {gateName}: {correct} of 4 correct with w1 {fmt(p.w1)}, w2 {fmt(p.w2)}, b {fmt(p.b)}. At (
        {fmt(point[0])}, {fmt(point[1])}): weighted sum {fmt(here.z)}, output {fmt(here.y)}.
      </LiveStatus>
    </section>
  );
}
