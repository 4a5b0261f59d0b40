import type { HiddenRun } from './hidden-space.ts';
import { CASES } from './hidden-space.ts';
import type { Grid, HiddenView } from './geometry.ts';
import type { Picture } from './picture.ts';
import { HiddenSpacePanel } from './HiddenSpacePanel.tsx';
import {
  describe,
  hiddenTitle,
  inputPanel,
  legend,
  morphAxis,
  twoUnitAxes,
  viewAxes,
} from './strings.ts';

interface Props {
  run: HiddenRun;
  grid: Grid;
  picture: Picture;
  view: HiddenView;
  t: number;
}

/** The input panel beside the hidden (or morphing) panel, and their legend. */
export function HiddenSpacePanels({ run, grid, picture, view, t }: Props) {
  const c = CASES[run.name];
  const axes = c.hidden === 2 ? twoUnitAxes : viewAxes[view];
  const [x1, x2] = inputPanel.axes;
  const [xLabel, yLabel] = t === 1 ? axes : [morphAxis(x1, axes[0]), morphAxis(x2, axes[1])];
  return (
    <>
      <div class="hs-panels">
        <HiddenSpacePanel
          title={inputPanel.title}
          description={describe.input(run.data.labels.length)}
          extent={c.inputExtent}
          xLabel={x1}
          yLabel={x2}
          points={run.data.X}
          labels={run.data.labels}
          grid={grid.X}
          shape={grid}
          line={null}
        />
        <HiddenSpacePanel
          title={hiddenTitle(t, c.hidden)}
          description={describe.hidden(t, picture.line !== null)}
          extent={c.hiddenExtent}
          xLabel={xLabel}
          yLabel={yLabel}
          points={picture.points}
          labels={run.data.labels}
          grid={picture.grid}
          shape={grid}
          line={picture.line}
        />
      </div>
      <p class="hs-legend">
        <span class="hs-key hs-key0" aria-hidden="true">
          ●
        </span>{' '}
        {legend.class0} ·{' '}
        <span class="hs-key hs-key1" aria-hidden="true">
          ■
        </span>{' '}
        {legend.class1} ·{' '}
        <span class="hs-key hs-keyline" aria-hidden="true">
          ━
        </span>{' '}
        {legend.line} · {legend.grid}
      </p>
    </>
  );
}
