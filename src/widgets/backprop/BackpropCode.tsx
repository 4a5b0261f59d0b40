import { STEPS, type Step } from './backprop.ts';

const loopStart = STEPS.findIndex((s) => s.inLoop);

/** One line of the walk-through, marked by an arrow, bold type and aria-current when it is the current one. */
function Line({ step, k, current }: { step: Step; k: number; current: number }) {
  const here = k === current;
  return (
    <li
      class={`bp-line ${here ? 'bp-here' : k < current ? 'bp-done' : ''}`}
      aria-current={here ? 'step' : undefined}
      // Numbered as the status counts ("Step 1 of 14" is item 1), across both lists.
      value={k + 1}
    >
      <span class="bp-marker" aria-hidden="true">
        {here ? '▶' : k < current ? '✓' : ''}
      </span>
      <code>{step.line}</code>
    </li>
  );
}

/** The forward pass and the lecture's backprop pseudocode as lists, the current line marked. */
export function Pseudocode({ current: step }: { current: number }) {
  return (
    <div class="bp-code">
      <h4>Forward pass</h4>
      <ol>
        {STEPS.map((s, k) =>
          s.phase !== 'backward' ? <Line key={k} step={s} k={k} current={step} /> : null,
        )}
      </ol>
      <h4>Backpropagation (the lecture’s pseudocode, L = 2)</h4>
      <ol>
        {STEPS.slice(0, loopStart).map((s, k) =>
          s.phase === 'backward' ? <Line key={k} step={s} k={k} current={step} /> : null,
        )}
        <li class="bp-line bp-loop">
          <span class="bp-marker" aria-hidden="true" />
          <code>for l in [L − 1, …, 1], here only l = 1:</code>
          <ol>
            {STEPS.map((s, k) =>
              s.inLoop ? <Line key={k} step={s} k={k} current={step} /> : null,
            )}
          </ol>
        </li>
      </ol>
    </div>
  );
}
