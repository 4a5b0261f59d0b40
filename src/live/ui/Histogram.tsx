import type { Histogram as Data } from '../histogram.ts';
import { hostText as t } from '../strings.ts';

const html = (h: string) => ({ dangerouslySetInnerHTML: { __html: h } });

/** The bars on the projector: a list, each item named "B: 20 answers, the right answer". */
export function Histogram({ data, numeric }: { data: Data; numeric: boolean }) {
  const label = numeric ? t.numericLabel : t.histogramLabel;
  if (data.bars.length === 0) return <p class="live-empty">{t.noAnswers}</p>;
  return (
    <figure class="live-histogram">
      <ul aria-label={label}>
        {data.bars.map((b) => (
          <li
            key={b.key}
            class={b.correct ? 'is-right' : undefined}
            aria-label={t.bar(b.label, b.count, b.correct)}
          >
            <span class="live-bar-label" aria-hidden="true">
              {b.label}
              {b.correct && ' ✓'}
            </span>
            <span class="live-bar-track" aria-hidden="true">
              <span class="live-bar" style={{ width: `${(b.share * 100).toFixed(1)}%` }} />
            </span>
            <span class="live-bar-count" aria-hidden="true">
              {b.count}
            </span>
            {b.html && <span class="live-bar-text" aria-hidden="true" {...html(b.html)} />}
          </li>
        ))}
      </ul>
      {data.unparsed > 0 && <figcaption>{t.unparsed(data.unparsed)}</figcaption>}
    </figure>
  );
}
