import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { Slider } from '../shared/Slider.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { LossCurvesPlot } from '../shared/LossCurvesPlot.tsx';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { SOFTMAX_WIDGET, type SoftmaxTaskState } from '../../quiz/checks/softmax.ts';
import {
  CLASS_COUNTS,
  LOGIT_LIMIT,
  initial,
  lossesAt,
  percentText,
  probabilities,
  setClassCount,
  setLogit,
  setTrueClass,
  sumText,
  type SoftmaxState,
} from './softmax.ts';

interface Props {
  /** 'softmax' (lesson 4): logits and probabilities; 'loss' (lesson 5): also the true class, both losses and their curves. */
  mode?: 'softmax' | 'loss';
}

const SUB = ['₁', '₂', '₃', '₄'];
const classCounts = CLASS_COUNTS.map((k) => ({ value: String(k), label: `${k} classes` }));

/** Logit sliders, softmax probability bars that sum to 100%, and (in loss mode) cross-entropy against MSE. */
export default function SoftmaxExplorer({ mode = 'softmax' }: Props) {
  const id = useId();
  const withLoss = mode === 'loss';
  const [state, setState] = useState<SoftmaxState>(initial);
  const { z, trueClass } = state;
  // Widget-task polls grade this state (src/quiz/checks/softmax.ts).
  useEffect(() => {
    const task: SoftmaxTaskState = { z, trueClass, mode };
    publishWidgetState(SOFTMAX_WIDGET, task);
  }, [state, mode]);
  const P = useMemo(() => probabilities(z), [z]);
  const loss = useMemo(() => lossesAt(z, trueClass), [z, trueClass]);
  const { sum, note } = sumText(P);
  const k = z.length;
  const label = Array.from({ length: k }, (_, i) => (i === trueClass ? 1 : 0)).join(', ');

  const setK = (value: string) => setState((old) => setClassCount(old, Number(value)));
  const status =
    `Probabilities ${P.map((p) => percentText(p)).join(', ')}, sum ${sum}.` +
    (withLoss
      ? ` True class ${trueClass + 1}: cross-entropy ${fmt(loss.ce)}, MSE ${fmt(loss.mse)}.`
      : '');

  return (
    <section class="nn-widget sm" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="nn-widget-title">
        {withLoss ? 'Softmax and cross-entropy' : 'Softmax explorer'}
      </h3>
      <p>
        Move the logits; softmax turns them into probabilities that always add up to 100%.
        {withLoss &&
          ' Pick the true class to compare the cross-entropy −log S_true with the MSE against the one-hot label.'}
      </p>
      <div class="nn-row">
        <SelectField
          label="number of classes"
          value={String(k)}
          options={classCounts}
          onChange={setK}
        />
      </div>
      <fieldset class="nn-row sm-logits">
        <legend>
          Logits z (from −{LOGIT_LIMIT} to {LOGIT_LIMIT})
        </legend>
        {z.map((v, i) => (
          <Slider
            key={i}
            label={`logit z${SUB[i]}`}
            value={v}
            min={-LOGIT_LIMIT}
            max={LOGIT_LIMIT}
            step={0.1}
            onChange={(n) => setState((old) => setLogit(old, i, n))}
          />
        ))}
      </fieldset>
      {withLoss && (
        <fieldset class="sm-true">
          <legend>True class</legend>
          <div class="nn-row">
            {z.map((_, i) => (
              <label key={i} class="sm-radio">
                <input
                  type="radio"
                  name={`${id}-true`}
                  checked={trueClass === i}
                  onChange={() => setState((old) => setTrueClass(old, i))}
                />
                class {i + 1}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <ul class="sm-bars nn-result" aria-label="Probabilities S = softmax(z)">
        {P.map((p, i) => (
          <li key={i} class={withLoss && i === trueClass ? 'sm-bar-true' : undefined}>
            <span class="sm-bar-name">
              S{SUB[i]}
              {withLoss && i === trueClass && <span class="sm-tag"> ✓ true</span>}
            </span>
            <span class="sm-bar-track" aria-hidden="true">
              <span
                class="sm-bar"
                data-testid={`sm-bar-${i + 1}`}
                style={{ width: `${p * 100}%` }}
              />
            </span>
            <span class="sm-bar-value">
              <strong data-testid={`sm-p-${i + 1}`}>{percentText(p)}</strong>{' '}
              <span class="sm-bar-exact">({fmt(p, 3)})</span>
            </span>
          </li>
        ))}
      </ul>
      <p class="sm-sum nn-result">
        Sum of the probabilities: <strong data-testid="sm-sum">{sum}</strong>
        {note && <span class="sm-note"> ({note})</span>}
      </p>
      {withLoss && (
        <>
          <dl class="sm-losses nn-result">
            <div>
              <dt>cross-entropy −log S{SUB[trueClass]}</dt>
              <dd data-testid="sm-ce">{fmt(loss.ce)}</dd>
            </div>
            <div>
              <dt>MSE Σ(Sᵢ − Lᵢ)² with L = ({label})</dt>
              <dd data-testid="sm-mse">{fmt(loss.mse)}</dd>
            </div>
          </dl>
          <LossCurvesPlot k={k} p={P[trueClass]} ce={loss.ce} mse={loss.mse} />
        </>
      )}
      <div class="nn-row">
        <button type="button" class="nn-button" onClick={() => setState(initial())}>
          Reset
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
