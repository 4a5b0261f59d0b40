import { formatNumber as fmt } from '../shared/number.ts';
import type { Row } from './perceptron.ts';

/** The gate's truth table under the current weights; `next` marks the row the rule visits next. */
export function PerceptronTable({
  rows,
  gateName,
  next,
}: {
  rows: Row[];
  gateName: string;
  next: number | null;
}) {
  return (
    <div class="pl-table-wrap">
      <table class="pl-table nn-result">
        <caption>
          {gateName} under the current weights and bias: z = w1·x1 + w2·x2 + b, y = f(z)
        </caption>
        <thead>
          <tr>
            <th scope="col">x1</th>
            <th scope="col">x2</th>
            <th scope="col">z</th>
            <th scope="col">y</th>
            <th scope="col">target</th>
            <th scope="col">ok?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, j) => (
            <tr key={`${r.x1}${r.x2}`} class={j === next ? 'pl-next' : undefined}>
              <td>
                {j === next && (
                  <span class="pl-next-mark">
                    <span aria-hidden="true">▶ </span>
                    <span class="nn-sr-only">next example: </span>
                  </span>
                )}
                {r.x1}
              </td>
              <td>{r.x2}</td>
              <td>{fmt(r.z)}</td>
              <td>{fmt(r.y)}</td>
              <td>{r.target}</td>
              <td>{r.correct ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
