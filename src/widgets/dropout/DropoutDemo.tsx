import { useEffect, useState } from 'preact/hooks';
import { Slider } from '../shared/Slider.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { DropoutDiagram, droppedText } from './DropoutDiagram.tsx';
import { TrainBoth } from '../shared/TrainBoth.tsx';
import { pairEpochs } from '../shared/train-both.ts';
import { useTrainBoth } from '../shared/use-train-both.ts';
import { useModel } from '../shared/use-model.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { DROPOUT_WIDGET, type DropoutTaskState } from '../../quiz/checks/dropout.ts';
import {
  DIAGRAM,
  SETUP,
  START_RATE,
  createDiagram,
  dropoutPair,
  droppedUnits,
  keepScale,
  nextIteration,
} from './dropout.ts';
import { diagramText, dropoutNames } from './strings.ts';

const EPOCHS_PER_FRAME = 10;
const Y_MAX = 1.7;

/** Dropout, live: units switched off pass by pass, and a network trained with and without dropout side by side. */
export default function DropoutDemo() {
  const [p, setP] = useState(START_RATE);
  const diagram = useModel(() => createDiagram(START_RATE));
  const training = useTrainBoth(() => dropoutPair(START_RATE), EPOCHS_PER_FRAME);
  const { pair } = training;
  const it = diagram.model.iteration;
  const dropped = droppedUnits(diagram.model);
  const epochs = pairEpochs(pair);

  useEffect(() => {
    const state: DropoutTaskState = { rate: p, epochs };
    publishWidgetState(DROPOUT_WIDGET, state);
  }, [p, epochs]);

  function changeRate(next: number) {
    setP(next);
    diagram.reset(() => createDiagram(next));
    training.reset(() => dropoutPair(next));
  }

  return (
    <section class="nn-widget dd" aria-labelledby="dd-title" id="dropout-demo">
      <h3 id="dd-title" class="nn-widget-title">
        Dropout demo
      </h3>
      <div class="nn-row">
        <Slider
          label="Drop rate p"
          value={p}
          min={0}
          max={0.9}
          step={0.1}
          onChange={changeRate}
          format={(v) => fmt(v)}
        />
      </div>
      <p class="dd-scale">
        Inverted dropout: each kept unit's output is multiplied by 1/(1 − p) ={' '}
        <span data-testid="dd-scale">
          1/(1 − {fmt(p)}) = {fmt(keepScale(p), 4)}
        </span>
        , so its expected value is unchanged.
      </p>
      <DropoutDiagram dropped={dropped} iteration={it} />
      <p class="dd-dropped nn-result">
        <span data-testid="dd-iteration">Iteration {it}</span>:{' '}
        {dropped.map((d, h) => (
          <span key={h} data-testid={`dd-dropped-${h + 1}`}>
            hidden layer {h + 1} drops {droppedText(d)}
            {h === 0 ? '; ' : '.'}
          </span>
        ))}
      </p>
      <div class="nn-row">
        <button
          type="button"
          class="nn-button"
          onClick={() => diagram.update((d) => nextIteration(d))}
        >
          Next iteration
        </button>
      </div>
      <LiveStatus>{diagramText(p, it, dropped)}</LiveStatus>

      <TrainBoth
        pair={pair}
        names={dropoutNames(p)}
        running={training.running}
        onTrain={training.trainBoth}
        onReset={() => changeRate(START_RATE)}
        title="Train and test loss, with and without dropout"
        yMax={Y_MAX}
        digits={3}
      >
        <h4 class="tc-sub">Train with and without dropout</h4>
        <p>
          The same 2-{SETUP.hidden}-{SETUP.hidden}-1 ReLU network, same seed ({SETUP.seed}), learns
          noisy moons from only {pair.plain.train.X.cols} training points, tested on{' '}
          {pair.plain.test.X.cols} others ({SETUP.epochs} epochs, learning rate {SETUP.alpha},
          batches of {SETUP.batch}); one run has dropout at rate p after each hidden layer. Losses
          are measured without dropout (evaluation mode). Diagram masks use seed {DIAGRAM.seed}.
        </p>
      </TrainBoth>
    </section>
  );
}
