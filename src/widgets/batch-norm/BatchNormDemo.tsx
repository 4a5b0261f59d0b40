import { useEffect, useId, useState } from 'preact/hooks';
import { Slider } from '../shared/Slider.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { BatchHistogram } from './BatchHistogram.tsx';
import { BnTraining } from './BnTraining.tsx';
import {
  BATCH,
  START,
  batchValues,
  normalizeBatch,
  outSpread,
  parseBatch,
  type BatchSource,
} from './batch-norm.ts';
import { OWN_FIELD_LABEL } from './strings.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { BATCH_NORM_WIDGET, type BatchNormTaskState } from '../../quiz/checks/batch-norm.ts';

type Source = BatchSource['source'];
const START_OWN = [1, 2, 3, 6];
const f4 = (x: number) => (Number.isFinite(x) ? fmt(x, 4) : 'not a number');

/** Batch normalization, live: one unit's batch before and after, γ and β to move it, and training with and without batch norm. */
export default function BatchNormDemo() {
  const [source, setSource] = useState<Source>(START.source);
  const [mean, setMean] = useState<number>(START.mean);
  const [spread, setSpread] = useState<number>(START.spread);
  const [gamma, setGamma] = useState<number>(START.gamma);
  const [beta, setBeta] = useState<number>(START.beta);
  const [ownText, setOwnText] = useState<string>(START.own);
  const [own, setOwn] = useState(START_OWN);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();

  const batch: BatchSource = source === 'own' ? { source, values: own } : { source, mean, spread };
  const values = batchValues(batch);
  const n = normalizeBatch(values, gamma, beta);
  const fieldErrors = source === 'own' && error ? [OWN_FIELD_LABEL] : [];

  useEffect(() => {
    const state: BatchNormTaskState = { batch, gamma, beta, fieldErrors };
    publishWidgetState(BATCH_NORM_WIDGET, state);
  }, [source, mean, spread, own, gamma, beta, error]);
  let top = 0;
  values.forEach((v, j) => {
    if (v > values[top]) top = j;
  });

  function typeOwn(text: string) {
    setOwnText(text);
    const parsed = parseBatch(text);
    if (parsed.ok) {
      setOwn(parsed.values);
      setError(null);
    } else setError(parsed.message);
  }

  function reset() {
    setSource(START.source);
    setMean(START.mean);
    setSpread(START.spread);
    setGamma(START.gamma);
    setBeta(START.beta);
    setOwnText(START.own);
    setOwn(START_OWN);
    setError(null);
  }

  const batchWords =
    `Batch of ${values.length}: mean μ_B = ${f4(n.mean)}, variance σ²_B = ${f4(n.variance)}. ` +
    `With γ = ${fmt(gamma)} and β = ${fmt(beta)} the output has mean ${f4(n.outMean)} and variance ${f4(n.outVariance)}.`;

  return (
    <section class="nn-widget bnd" aria-labelledby="bnd-title" id="batchnorm-demo">
      <h3 id="bnd-title" class="nn-widget-title">
        Batch-norm demo
      </h3>
      <div class="nn-row">
        <SelectField
          label="Batch"
          value={source}
          options={[
            { value: 'sample', label: `${BATCH.size} seeded samples (seed ${BATCH.seed})` },
            { value: 'own', label: 'Your own numbers' },
          ]}
          onChange={setSource}
        />
      </div>
      {source === 'sample' ? (
        <div class="nn-row">
          <Slider
            label="Mean of the batch"
            value={mean}
            min={-6}
            max={6}
            step={0.5}
            onChange={setMean}
          />
          <Slider
            label="Spread (standard deviation)"
            value={spread}
            min={0.5}
            max={4}
            step={0.5}
            onChange={setSpread}
          />
        </div>
      ) : (
        <div class="nn-field bnd-own">
          <label for={fieldId}>{OWN_FIELD_LABEL}</label>
          <input
            id={fieldId}
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={ownText}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${fieldId}-error` : undefined}
            onInput={(e) => typeOwn((e.currentTarget as HTMLInputElement).value)}
          />
          {error && (
            <p id={`${fieldId}-error`} class="nn-field-error">
              {error} The last valid batch stays in use.
            </p>
          )}
        </div>
      )}
      <div class="nn-row">
        <Slider label="γ (scale)" value={gamma} min={0} max={3} step={0.1} onChange={setGamma} />
        <Slider label="β (shift)" value={beta} min={-4} max={4} step={0.5} onChange={setBeta} />
      </div>
      <div class="bnd-plots">
        <BatchHistogram
          title="Before: the unit's pre-activations over the batch"
          description={`Histogram of the ${values.length} values x, mean ${f4(n.mean)}, variance ${f4(n.variance)} (dashed line at the mean).`}
          values={values}
          marker={n.mean}
          markerLabel="μ_B"
          cls="bh-before"
        />
        <BatchHistogram
          title="After: y = γ·x̂ + β"
          description={`Histogram of the ${values.length} outputs y, mean ${f4(n.outMean)}, variance ${f4(n.outVariance)} (dashed line at β).`}
          values={n.y}
          marker={beta}
          markerLabel="β"
          cls="bh-after"
        />
      </div>
      <dl class="tc-results nn-result">
        <dt>μ_B (batch mean)</dt>
        <dd data-testid="bn-mean">{f4(n.mean)}</dd>
        <dt>σ²_B (batch variance)</dt>
        <dd data-testid="bn-var">{f4(n.variance)}</dd>
        <dt>largest x → x̂ → y</dt>
        <dd>
          <span data-testid="bn-x">{f4(values[top])}</span> →{' '}
          <span data-testid="bn-xhat">{f4(n.xhat[top])}</span> →{' '}
          <span data-testid="bn-y">{f4(n.y[top])}</span>
        </dd>
        <dt>mean of y (= β)</dt>
        <dd data-testid="bn-out-mean">{f4(n.outMean)}</dd>
        <dt>variance of y (≈ γ² = {fmt(gamma * gamma, 4)})</dt>
        <dd data-testid="bn-out-var">{f4(n.outVariance)}</dd>
        <dt>standard deviation of y (≈ |γ|)</dt>
        <dd data-testid="bn-out-sd">{f4(outSpread(n))}</dd>
      </dl>
      <LiveStatus>{batchWords}</LiveStatus>

      <BnTraining onReset={reset} />
    </section>
  );
}
