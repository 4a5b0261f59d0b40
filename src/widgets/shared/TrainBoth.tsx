import type { ComponentChildren } from 'preact';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { TrainingCurves } from './TrainingCurves.tsx';
import {
  pairCurves,
  pairDone,
  pairEpochs,
  runOutcome,
  type PairNames,
  type RunPair,
} from './train-both.ts';
import { lossText, trainBothText as t } from './train-both-strings.ts';
import { finalLosses } from './curve-run.ts';

interface Props {
  pair: RunPair;
  names: PairNames;
  running: boolean;
  onTrain: () => void;
  onReset: () => void;
  /** The plot's title (also its accessible name). */
  title: string;
  yMax: number;
  /** Significant digits of the loss read-outs. */
  digits: number;
  /** The heading and the paragraph that say what is compared. */
  children: ComponentChildren;
}

/** Two runs trained side by side: Train both and Reset, their loss curves, the last losses, and a status line. */
export function TrainBoth({
  pair,
  names,
  running,
  onTrain,
  onReset,
  title,
  yMax,
  digits,
  children,
}: Props) {
  const epochs = pairEpochs(pair);
  const total = pair.plain.setup.epochs;
  const words =
    `${t.progress(epochs, total)} ` +
    `${t.outcome(names.plain.sentence, runOutcome(pair.plain), digits)} ` +
    `${t.outcome(names.other.sentence, runOutcome(pair.other), digits)}`;
  const sides = [
    { run: pair.plain, n: names.plain },
    { run: pair.other, n: names.other },
  ];
  return (
    <>
      {children}
      <div class="nn-row">
        <button
          type="button"
          class="nn-button"
          onClick={onTrain}
          disabled={running || pairDone(pair)}
        >
          {t.train}
        </button>
        <button type="button" class="nn-button" onClick={onReset}>
          {t.reset}
        </button>
      </div>
      <TrainingCurves
        title={title}
        description={words}
        curves={pairCurves(pair, names)}
        xMax={total}
        yMax={yMax}
      />
      <dl class="tc-results nn-result">
        {sides.map(({ run, n }) => {
          const f = finalLosses(run);
          return [
            <dt key={`${n.testid}-t`}>{n.term}</dt>,
            <dd key={`${n.testid}-d`}>
              {t.trainWord}{' '}
              <span data-testid={`${n.testid}-train`}>{lossText(f.train, digits)}</span>,{' '}
              {t.testWord} <span data-testid={`${n.testid}-test`}>{lossText(f.test, digits)}</span>
            </dd>,
          ];
        })}
      </dl>
      <LiveStatus>{running ? t.training : words}</LiveStatus>
    </>
  );
}
