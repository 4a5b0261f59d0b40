import { useMemo, useRef, useState } from 'preact/hooks';
import { Slider } from '../shared/Slider.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { DropoutDiagram, droppedText } from './DropoutDiagram.tsx';
import { TrainingCurves, type Curve } from '../shared/TrainingCurves.tsx';
import {
  DIAGRAM,
  SETUP,
  createDiagram,
  createDropoutRun,
  droppedUnits,
  nextIteration,
  type DiagramNet,
  type DropoutRun,
} from './dropout.ts';
import { finalLosses } from '../shared/curve-run.ts';
import { useTrainBoth } from '../shared/use-train-both.ts';

const EPOCHS_PER_FRAME = 10;
const Y_MAX = 1.7;

interface Runs {
  plain: DropoutRun;
  drop: DropoutRun;
}

const makeRuns = (p: number): Runs => ({
  plain: createDropoutRun(null),
  drop: createDropoutRun(p),
});
const f3 = (x: number) => (Number.isFinite(x) ? fmt(x, 3) : 'not a number');

function runWords(r: DropoutRun, name: string): string {
  if (r.trainer.state === 'diverged') return `${name}: training diverged (${r.trainer.reason}).`;
  const f = finalLosses(r);
  return `${name}: train loss ${f3(f.train)}, test loss ${f3(f.test)}.`;
}

/** Dropout, live: units switched off pass by pass, and a network trained with and without dropout side by side. */
export default function DropoutDemo() {
  const [p, setP] = useState(0.5);
  const diagram = useRef<DiagramNet | null>(null);
  diagram.current ??= createDiagram(0.5);
  const [dropped, setDropped] = useState<boolean[][]>(() => droppedUnits(diagram.current!));
  const runs = useRef<Runs | null>(null);
  runs.current ??= makeRuns(0.5);
  const { running, trainBoth, stop, refresh } = useTrainBoth(
    () => [runs.current!.plain, runs.current!.drop],
    EPOCHS_PER_FRAME,
  );
  const it = diagram.current.iteration;
  const scale = 1 / (1 - p);

  function changeRate(next: number) {
    stop();
    setP(next);
    diagram.current = createDiagram(next);
    setDropped(droppedUnits(diagram.current));
    runs.current = makeRuns(next);
    refresh();
  }

  function reset() {
    changeRate(0.5);
  }

  const { plain, drop } = runs.current;
  const epochs = plain.trainer.epochs;
  const done = epochs >= SETUP.epochs || plain.trainer.state === 'diverged';
  const curves: Curve[] = [
    {
      label: 'no dropout, train',
      xs: plain.epochs,
      ys: plain.trainLoss,
      cls: 'tc-a',
      dashed: true,
      marker: 'circle',
    },
    {
      label: 'no dropout, test',
      xs: plain.epochs,
      ys: plain.testLoss,
      cls: 'tc-a',
      dashed: false,
      marker: 'circle',
    },
    {
      label: `dropout p = ${fmt(p)}, train`,
      xs: drop.epochs,
      ys: drop.trainLoss,
      cls: 'tc-b',
      dashed: true,
      marker: 'square',
    },
    {
      label: `dropout p = ${fmt(p)}, test`,
      xs: drop.epochs,
      ys: drop.testLoss,
      cls: 'tc-b',
      dashed: false,
      marker: 'square',
    },
  ];
  const trainWords = `After ${epochs} of ${SETUP.epochs} epochs. ${runWords(plain, 'Without dropout')} ${runWords(drop, `With dropout p = ${fmt(p)}`)}`;
  const diagramWords =
    it === 0
      ? `Drop rate p = ${fmt(p)}; survivors are scaled by ${fmt(scale, 4)}. Press Next iteration to draw the first masks.`
      : `Iteration ${it}, p = ${fmt(p)}: ` +
        dropped
          .map(
            (d, h) =>
              `hidden layer ${h + 1} keeps ${d.filter((x) => !x).length} of ${d.length} units`,
          )
          .join(', ') +
        `; survivors are scaled by ${fmt(scale, 4)}.`;
  const fl = { plain: finalLosses(plain), drop: finalLosses(drop) };

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
          1/(1 − {fmt(p)}) = {fmt(scale, 4)}
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
          onClick={() => {
            setDropped(nextIteration(diagram.current!));
          }}
        >
          Next iteration
        </button>
      </div>
      <LiveStatus>{diagramWords}</LiveStatus>

      <h4 class="dd-sub">Train with and without dropout</h4>
      <p>
        The same 2-{SETUP.hidden}-{SETUP.hidden}-1 ReLU network, same seed ({SETUP.seed}), learns
        noisy moons from only {plain.train.X.cols} training points, tested on {plain.test.X.cols}{' '}
        others ({SETUP.epochs} epochs, learning rate {SETUP.alpha}, batches of {SETUP.batch}); one
        run has dropout at rate p after each hidden layer. Losses are measured without dropout
        (evaluation mode). Diagram masks use seed {DIAGRAM.seed}.
      </p>
      <div class="nn-row">
        <button type="button" class="nn-button" onClick={trainBoth} disabled={running || done}>
          Train both
        </button>
        <button type="button" class="nn-button" onClick={reset}>
          Reset
        </button>
      </div>
      <TrainingCurves
        title="Train and test loss, with and without dropout"
        description={trainWords}
        curves={curves}
        xMax={SETUP.epochs}
        yMax={Y_MAX}
      />
      <dl class="dd-results nn-result">
        <dt>without dropout</dt>
        <dd>
          train <span data-testid="dd-plain-train">{f3(fl.plain.train)}</span>, test{' '}
          <span data-testid="dd-plain-test">{f3(fl.plain.test)}</span>
        </dd>
        <dt>with dropout p = {fmt(p)}</dt>
        <dd>
          train <span data-testid="dd-drop-train">{f3(fl.drop.train)}</span>, test{' '}
          <span data-testid="dd-drop-test">{f3(fl.drop.test)}</span>
        </dd>
      </dl>
      <LiveStatus>{running ? 'Training…' : trainWords}</LiveStatus>
    </section>
  );
}
