import { answerDistribution } from '../distribution.ts';
import type { GradedReport, PollInfo } from '../grading.ts';
import type { WidgetCheck } from '../../quiz/grade.ts';

/** One poll's first answers as horizontal bars (hand-drawn SVG), with counts in text and the right answers marked. */
export function PollChart({
  info,
  reports,
  checks,
}: {
  info: PollInfo;
  reports: GradedReport[];
  checks?: Record<string, WidgetCheck>;
}) {
  const bars = answerDistribution(info, reports, checks);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rowH = 28;
  return (
    <figure class="gb-chart">
      <figcaption>{info.title}</figcaption>
      <svg
        viewBox={`0 0 400 ${bars.length * rowH}`}
        aria-hidden="true"
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => (
          <g key={i} transform={`translate(0 ${i * rowH})`}>
            <rect
              x="0"
              y="4"
              width={Math.max(1, (b.count / max) * 160)}
              height={rowH - 8}
              class={b.correct ? 'gb-bar-right' : 'gb-bar-wrong'}
            />
            <text x="168" y={rowH / 2 + 5} class="gb-bar-label">
              {b.count} · {b.correct ? '✓ ' : ''}
              {b.label.slice(0, 40)}
            </text>
          </g>
        ))}
      </svg>
      <table class="sr-only" data-testid={`dist-${info.id}`}>
        <caption>First answers to: {info.title}</caption>
        <tbody>
          {bars.map((b, i) => (
            <tr key={i}>
              <th scope="row">
                {b.label}
                {b.correct ? ' (right)' : ''}
              </th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
