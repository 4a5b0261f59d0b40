import { answerDistribution } from '../distribution.ts';
import type { GradedReport, PollInfo } from '../grading.ts';
import type { WidgetCheck } from '../../quiz/grade.ts';

/**
 * One poll's first answers as horizontal bars (hand-drawn SVG), each with its
 * label as wrapping text above it, so no label is cut on a narrow screen.
 */
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
  return (
    <figure class="gb-chart">
      <figcaption>{info.title}</figcaption>
      <ul class="gb-bars" aria-hidden="true">
        {bars.map((b, i) => (
          <li key={i}>
            <span class="gb-bar-label">
              {b.count} · {b.correct ? '✓ ' : ''}
              <bdi>{b.label}</bdi>
            </span>
            <svg viewBox="0 0 100 8" preserveAspectRatio="none" class="gb-bar">
              <rect
                x="0"
                y="0"
                width={Math.max(0.5, (b.count / max) * 100)}
                height="8"
                class={b.correct ? 'gb-bar-right' : 'gb-bar-wrong'}
              />
            </svg>
          </li>
        ))}
      </ul>
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
