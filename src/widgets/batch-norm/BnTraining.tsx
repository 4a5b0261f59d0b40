import { useRef } from 'preact/hooks';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { formatNumber as fmt } from '../shared/number.ts';
import { TrainingCurves, type Curve } from '../shared/TrainingCurves.tsx';
import { BN_SETUP, createBnRun, type BnRun } from './batch-norm.ts';
import { useTrainBoth } from '../shared/use-train-both.ts';

const EPOCHS_PER_FRAME = 2;
const f4 = (x: number) => (Number.isFinite(x) ? fmt(x, 4) : 'not a number');
const last = (a: readonly number[]) => a[a.length - 1];

interface Runs {
  plain: BnRun;
  bn: BnRun;
}
const makeRuns = (): Runs => ({ plain: createBnRun(false), bn: createBnRun(true) });

function runWords(r: BnRun, name: string): string {
  if (r.trainer.state === 'diverged') return `${name}: training diverged (${r.trainer.reason}).`;
  return `${name}: train loss ${f4(last(r.trainLoss))}, test loss ${f4(last(r.testLoss))}.`;
}

/** The deep sigmoid network trained with and without batch norm, side by side, on "Train both"; Reset calls onReset (the parent remounts this). */
export function BnTraining({ onReset }: { onReset: () => void }) {
  const runs = useRef<Runs | null>(null);
  runs.current ??= makeRuns();
  const { running, trainBoth, stop } = useTrainBoth(
    () => [runs.current!.plain, runs.current!.bn],
    EPOCHS_PER_FRAME,
  );

  function reset() {
    stop();
    onReset();
  }

  const { plain, bn } = runs.current;
  const epochs = plain.trainer.epochs;
  const done = epochs >= BN_SETUP.epochs || plain.trainer.state === 'diverged';
  const curves: Curve[] = [
    {
      label: 'no batch norm, train',
      xs: plain.epochs,
      ys: plain.trainLoss,
      cls: 'tc-a',
      dashed: true,
      marker: 'circle',
    },
    {
      label: 'no batch norm, test',
      xs: plain.epochs,
      ys: plain.testLoss,
      cls: 'tc-a',
      dashed: false,
      marker: 'circle',
    },
    {
      label: 'batch norm, train',
      xs: bn.epochs,
      ys: bn.trainLoss,
      cls: 'tc-b',
      dashed: true,
      marker: 'square',
    },
    {
      label: 'batch norm, test',
      xs: bn.epochs,
      ys: bn.testLoss,
      cls: 'tc-b',
      dashed: false,
      marker: 'square',
    },
  ];
  const trainWords = `After ${epochs} of ${BN_SETUP.epochs} epochs. ${runWords(plain, 'Without batch norm')} ${runWords(bn, 'With batch norm')}`;

  return (
    <>
      <h4 class="bnd-sub">Train with and without batch norm</h4>
      <p>
        The same deep sigmoid network ({BN_SETUP.depth} hidden layers of {BN_SETUP.hidden} units,
        same seed {BN_SETUP.seed}) learns noisy circles ({plain.train.X.cols} training and{' '}
        {plain.test.X.cols} test points, {BN_SETUP.epochs} epochs, learning rate {BN_SETUP.alpha},
        batches of {BN_SETUP.batch}); in one run every hidden layer normalizes its Z with batch norm
        before the sigmoid.
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
        title="Train and test loss, with and without batch norm"
        description={trainWords}
        curves={curves}
        xMax={BN_SETUP.epochs}
        yMax={1.1}
      />
      <dl class="bnd-results nn-result">
        <dt>without batch norm</dt>
        <dd>
          train <span data-testid="bn-plain-train">{f4(last(plain.trainLoss))}</span>, test{' '}
          <span data-testid="bn-plain-test">{f4(last(plain.testLoss))}</span>
        </dd>
        <dt>with batch norm</dt>
        <dd>
          train <span data-testid="bn-bn-train">{f4(last(bn.trainLoss))}</span>, test{' '}
          <span data-testid="bn-bn-test">{f4(last(bn.testLoss))}</span>
        </dd>
      </dl>
      <LiveStatus>{running ? 'Training…' : trainWords}</LiveStatus>
    </>
  );
}
