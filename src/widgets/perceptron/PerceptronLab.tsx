import { useEffect, useState } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { errorsShown, useFieldErrors } from '../shared/field-errors.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { PERCEPTRON_WIDGET, type PerceptronTaskState } from '../../quiz/checks/perceptron.ts';
import { ParamFields, typedLabel } from './ParamFields.tsx';
import { PerceptronPlane } from './PerceptronPlane.tsx';
import { PerceptronTable } from './PerceptronTable.tsx';
import {
  MAX_EPOCHS,
  initial,
  readOut,
  setActivation,
  setGate,
  setParam,
  setPoint,
  setRate,
  trainOneEpoch,
  trainOneExample,
  trainUntilConverged,
  type LabState,
} from './perceptron.ts';
import { buttonText, notTrained, statusText } from './strings.ts';

const TYPED = (['w1', 'w2', 'b'] as const).map(typedLabel);

/** The perceptron lab: set or train w1, w2, b and watch the decision line sort AND, OR or XOR. */
export default function PerceptronLab() {
  const [s, setS] = useState<LabState>(initial);
  const [generation, setGeneration] = useState(0);
  const fields = useFieldErrors();
  const { rows, correct, here } = readOut(s);
  const { p, train } = s;
  const gateName = s.gate.toUpperCase();
  const message = statusText(train.status);
  const fieldErrors = errorsShown(fields.errors, TYPED);

  // Widget-task polls grade this state (src/quiz/checks/perceptron.ts).
  useEffect(() => {
    const task: PerceptronTaskState = { ...p, fieldErrors };
    publishWidgetState(PERCEPTRON_WIDGET, task);
  }, [p.w1, p.w2, p.b, fieldErrors.join('|')]);

  const reset = () => {
    setS(initial());
    fields.clear();
    setGeneration((g) => g + 1);
  };

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
        <ParamFields
          s={s}
          here={here}
          onParam={(key, v) => setS((o) => setParam(o, key, v))}
          onParamError={(key) => fields.errorOf(typedLabel(key))}
          onGate={(g) => setS((o) => setGate(o, g))}
          onActivation={(a) => setS((o) => setActivation(o, a))}
          onRate={(r) => setS((o) => setRate(o, r))}
          onPoint={(a, c) => setS((o) => setPoint(o, a, c))}
        />
      </div>
      <div class="pl-plot">
        <PerceptronPlane
          p={p}
          rows={rows}
          gateName={gateName}
          point={s.point}
          onPick={(a, c) => setS((o) => setPoint(o, a, c))}
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
        <button type="button" class="nn-button" onClick={() => setS(trainOneExample)}>
          {buttonText.oneExample}
        </button>
        <button type="button" class="nn-button" onClick={() => setS(trainOneEpoch)}>
          {train.visit > 0 ? buttonText.finishEpoch : buttonText.oneEpoch}
        </button>
        <button type="button" class="nn-button" onClick={() => setS(trainUntilConverged)}>
          {buttonText.untilConverged(MAX_EPOCHS)}
        </button>
        <button type="button" class="nn-button" onClick={reset}>
          {buttonText.reset}
        </button>
      </div>
      <p class="pl-note">
        Training uses the perceptron rule with the unit step, visiting (0,0), (0,1), (1,0), (1,1) in
        order: w ← w + α(t − y)x, b ← b + α(t − y).
      </p>
      <p class="pl-train nn-result" data-testid="pl-train">
        {train.status.kind === 'fresh' ? notTrained : message}
      </p>
      <LiveStatus>
        {message ? `${message} ` : ''}
        {gateName}: {correct} of 4 correct with w1 {fmt(p.w1)}, w2 {fmt(p.w2)}, b {fmt(p.b)}. At (
        {fmt(s.point[0])}, {fmt(s.point[1])}): weighted sum {fmt(here.z)}, output {fmt(here.y)}.
      </LiveStatus>
    </section>
  );
}
