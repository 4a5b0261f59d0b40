import { useState } from 'preact/hooks';
import { toClassCsv, type CsvLayout } from '../../../assign/csv.ts';
import type { PollInfo } from '../../../assign/grading.ts';
import { own } from '../../../assign/own.ts';
import { STATUS_TEXT } from '../../../assign/strings.ts';
import { visible } from '../../../assign/visible.ts';
import { PollCell } from '../../../assign/ui/GradeTable.tsx';
import { PollChart } from '../../../assign/ui/PollChart.tsx';
import {
  answerText,
  asGraded,
  csvRow,
  deviceNumbers,
  tableRows,
  type Filter,
  type SortBy,
} from '../gradebook-view.ts';
import type { KnownClass } from '../keep.ts';
import { gradebookText as t } from '../strings.ts';
import type { GradebookLearner } from '../types.ts';
import { saveFile } from './save-file.ts';
import { useLiveGradebook } from './use-live-gradebook.ts';
import { CsvLayoutField } from '../../../assign/ui/gradebook-fields.tsx';

const STATUS_MARK = { complete: '✓ ', in_progress: '… ', not_started: '– ' } as const;
const time = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const same = (a: SortBy, b: SortBy) =>
  a.by === b.by && (a.by !== 'poll' || (b.by === 'poll' && a.poll === b.poll));

/** The class gradebook of one assignment, live from the server: table, filters, CSV, charts, attempts. */
export function ClassGradebook(props: {
  cls: KnownClass;
  assignmentId: string;
  polls: Record<string, PollInfo>;
  changes: number;
}) {
  const { gb, checkedAt, error, paused } = useLiveGradebook(
    props.cls,
    props.assignmentId,
    props.changes,
  );
  const [sort, setSort] = useState<{ key: SortBy; desc: boolean }>({
    key: { by: 'name' },
    desc: false,
  });
  const [filter, setFilter] = useState<Filter>('all');
  const [text, setText] = useState('');
  const [layout, setLayout] = useState<CsvLayout>('full');
  if (!gb)
    return error ? (
      <p role="alert" class="nn-field-error">
        {error}
      </p>
    ) : (
      <p role="status">{t.loading}</p>
    );
  const a = gb.assignment;
  const rows = tableRows(gb.learners, sort.key, sort.desc, filter, text);
  const title = (p: string) => own(props.polls, p)?.title ?? p;
  // Each row as the static gradebook's report, so PollChart counts first answers as it does there.
  const graded = gb.learners.map((l) => asGraded(l, a.polls));

  const header = (label: string, key: SortBy, hint?: string) => {
    const on = same(sort.key, key);
    return (
      <th
        scope="col"
        aria-sort={on ? (sort.desc ? 'descending' : 'ascending') : undefined}
        title={hint}
      >
        <button
          type="button"
          class="gb-sort"
          onClick={() => setSort({ key, desc: on ? !sort.desc : key.by !== 'name' })}
        >
          {label}
          <span aria-hidden="true">{on ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  const lateCell = (l: GradebookLearner) =>
    l.overdue ? t.overdue : t.lateText(l.lateAttempts, l.late);

  return (
    <section class="class-gradebook" aria-labelledby="class-gb-title">
      <h3 id="class-gb-title">{t.title(visible(a.title))}</h3>
      <p role="status">{t.summary(gb.summary)}</p>
      <p class="assign-hint no-print">
        {paused ? t.paused : checkedAt && t.live(new Date(checkedAt).toLocaleTimeString())}
      </p>
      {error && (
        <p role="alert" class="nn-field-error">
          {error}
        </p>
      )}
      <div class="nn-row no-print">
        <label class="nn-field">
          <span>{t.filter}</span>
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as Filter)}>
            {Object.entries(t.filters).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label class="nn-field">
          <span>{t.search}</span>
          <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
      </div>
      <div class="gb-table" tabindex={0} role="region" aria-label={t.tableLabel}>
        <table>
          <caption>{t.caption(rows.length, gb.learners.length)}</caption>
          <thead>
            <tr>
              {header(t.name, { by: 'name' })}
              {header(t.status, { by: 'status' })}
              {header(t.completion, { by: 'completion' })}
              {header(t.late, { by: 'late' })}
              {header(t.handedIn, { by: 'handedIn' })}
              {a.polls.map((p, i) => header(t.poll(i + 1), { by: 'poll', poll: p }, title(p)))}
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.learnerId}>
                <th scope="row">
                  <bdi>{visible(l.name)}</bdi>
                  {l.extended && <span class="assign-hint"> ({t.extended})</span>}
                </th>
                <td class={`class-${l.status}`}>
                  <span aria-hidden="true">{STATUS_MARK[l.status]}</span>
                  {STATUS_TEXT[l.status]}
                </td>
                <td>{Math.round(l.completion * 100)}%</td>
                <td>{lateCell(l)}</td>
                <td>{l.handedInAt ? time(l.handedInAt) : '–'}</td>
                {a.polls.map((p) => (
                  <PollCell key={p} result={l.polls[p]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <ol class="gb-legend">
          {a.polls.map((p) => (
            <li key={p}>{title(p)}</li>
          ))}
        </ol>
      </div>
      <div class="nn-row gb-export no-print">
        <CsvLayoutField label={t.csv} names={t.csvLayouts} value={layout} onChange={setLayout} />
        <button
          type="button"
          class="nn-button"
          onClick={() =>
            saveFile(
              toClassCsv(gb.learners.map(csvRow), a, layout),
              `class-${gb.code}-${a.id}${layout === 'full' ? '' : `-${layout}`}.csv`,
              'text/csv;charset=utf-8',
            )
          }
        >
          {t.download}
        </button>
      </div>
      <h4>{t.chartsTitle}</h4>
      <p>{t.chartsNote}</p>
      {a.polls.map((p) => {
        const info = own(props.polls, p);
        return info && <PollChart key={p} info={info} reports={graded} />;
      })}
      <h4>{t.attemptsTitle}</h4>
      {gb.learners.map((l) => {
        const devices = deviceNumbers(l);
        return (
          <details key={l.learnerId} class="class-attempts">
            <summary>{t.attemptsOf(visible(l.name), l.attempts.length)}</summary>
            {l.attempts.length === 0 ? (
              <p>{t.noAttempts}</p>
            ) : (
              <ol>
                {l.attempts.map((x) => (
                  <li key={x.attemptId}>
                    {t.attempt({
                      time: time(x.at),
                      poll: title(x.pollId),
                      answer: answerText(x.response, own(props.polls, x.pollId)?.options),
                      correct: x.correct,
                      device: devices.get(x.deviceId) ?? 0,
                      late: x.late,
                    })}
                  </li>
                ))}
              </ol>
            )}
          </details>
        );
      })}
    </section>
  );
}
