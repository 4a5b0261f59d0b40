import { GRADCHECK_H, type Check } from './backprop.ts';
import { formatNumber, formatPowerOfTen } from '../shared/number.ts';
import { SvgPlot } from '../shared/SvgPlot.tsx';
import { linePath } from '../shared/scale.ts';

/** A matrix as a bracketed table of numbers, captioned with its name and shape. */
export function MatrixTable({
  name,
  rows,
  digits = 4,
  emphasis = false,
}: {
  name: string;
  rows: number[][];
  digits?: number;
  emphasis?: boolean;
}) {
  const shape = `${rows.length}×${rows[0]?.length ?? 0}`;
  return (
    <table class={`bp-matrix ${emphasis ? 'bp-result' : ''}`}>
      <caption>
        {name} <span class="bp-shape">({shape})</span>
      </caption>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <td key={j}>{formatNumber(v, digits)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Backprop's gradient entry by entry beside the engine's central-difference estimate and their relative error. */
export function GradCheckTable({ name, check }: { name: string; check: Check }) {
  const cols = check.analytic[0].length;
  const entries = check.analytic.flatMap((r, i) => r.map((_, j) => [i, j] as const));
  const sub = (i: number, j: number) => (cols > 1 ? `${i + 1}${j + 1}` : `${i + 1}`);
  return (
    <table class="bp-check">
      <caption>
        Gradient check for {name}: backprop against the finite difference (c(w + h) − c(w − h)) /
        2h, h = {formatPowerOfTen(GRADCHECK_H)}
      </caption>
      <thead>
        <tr>
          <th scope="col">entry</th>
          <th scope="col">backprop D{name}</th>
          <th scope="col">finite difference</th>
          <th scope="col">relative error</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([i, j]) => (
          <tr key={`${i}${j}`}>
            <th scope="row">
              {name}
              <sub>{sub(i, j)}</sub>
            </th>
            <td>{formatNumber(check.analytic[i][j], 9)}</td>
            <td>{formatNumber(check.numeric[i][j], 9)}</td>
            <td>{formatNumber(check.relError[i][j], 2)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={4}>
            largest relative error <strong>{formatNumber(check.worst, 2)}</strong>{' '}
            {check.worst < 1e-6
              ? '(below 10⁻⁶: the gradients agree)'
              : '(above 10⁻⁶: look for a bug)'}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The loss before any update and after each one, as a numbered list and a small plot. */
export function LossHistory({ losses }: { losses: readonly number[] }) {
  const updates = losses.length - 1;
  return (
    <div class="bp-history">
      <ol aria-label="loss per update" start={0}>
        {losses.map((l, k) => (
          <li key={k}>
            {k === 0 ? 'before any update' : `after update ${k}`}: loss{' '}
            <span data-testid="bp-loss">{formatNumber(l, 6)}</span>
          </li>
        ))}
      </ol>
      {losses.length > 1 && (
        <SvgPlot
          title="Loss per update"
          description={`The loss after each update: ${losses.map((l) => formatNumber(l)).join(', ')}.`}
          xDomain={[0, Math.max(3, updates)]}
          yDomain={[0, Math.max(...losses) * 1.1]}
          xLabel="update"
          yLabel="loss"
          width={360}
          height={180}
        >
          {(sx, sy) => (
            <>
              <path
                d={linePath(
                  losses.map((_, k) => k),
                  losses,
                  sx,
                  sy,
                )}
                class="bp-curve"
              />
              {losses.map((l, k) => (
                <circle key={k} cx={sx(k)} cy={sy(l)} r={3.5} class="bp-dot" />
              ))}
            </>
          )}
        </SvgPlot>
      )}
    </div>
  );
}
