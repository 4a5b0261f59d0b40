import type { Assignment } from '../assignment.ts';
import { OUTCOME_TEXT, type SortKey } from '../gradebook.ts';
import type { PollInfo, PollOutcome } from '../grading.ts';
import { own } from '../own.ts';
import { visible } from '../visible.ts';
import type { Entry } from './use-gradebook.ts';

const MARK = { first: '✓', later: '✓ later', wrong: '✗', none: '–' } as const;

/** One learner's cell for one poll: a mark to see, the outcome in words for a screen reader. */
export function PollCell({ result }: { result?: { outcome: PollOutcome; late: boolean } }) {
  const o = result?.outcome ?? 'none';
  return (
    <td class={`gb-${o}`}>
      <span aria-hidden="true">
        {MARK[o]}
        {result?.late ? ' (late)' : ''}
      </span>
      <span class="sr-only">
        {OUTCOME_TEXT[o]}
        {result?.late ? ', late' : ''}
      </span>
    </td>
  );
}
type Sort = { key: SortKey; desc: boolean };
const same = (a: SortKey, b: SortKey) =>
  a.by === b.by && (a.by !== 'poll' || (b.by === 'poll' && a.poll === b.poll));

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Learners × polls, with completion, late flags and when each report was made; each column header sorts. */
export function GradeTable(props: {
  a: Assignment;
  polls: Record<string, PollInfo>;
  entries: Entry[];
  sort: Sort;
  onSort: (s: Sort) => void;
  onRemove: (e: Entry) => void;
}) {
  const { a, polls, entries, sort } = props;
  const header = (label: string, key: SortKey, title?: string) => {
    const on = same(sort.key, key);
    return (
      <th
        scope="col"
        aria-sort={on ? (sort.desc ? 'descending' : 'ascending') : undefined}
        title={title}
      >
        <button
          type="button"
          class="gb-sort"
          onClick={() => props.onSort({ key, desc: on ? !sort.desc : key.by !== 'name' })}
        >
          {label}
          <span aria-hidden="true">{on ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div class="gb-table" tabindex={0} role="region" aria-label="Gradebook: learners by polls">
      <table>
        <caption>
          {entries.length} learner(s). ✓ right first time, ✓ later: right after a wrong answer, ✗
          wrong, – not tried.
        </caption>
        <thead>
          <tr>
            {header('Name', { by: 'name' })}
            {header('Completion', { by: 'completion' })}
            {header('Late', { by: 'late' })}
            {a.polls.map((p, i) =>
              header(`Poll ${i + 1}`, { by: 'poll', poll: p }, own(polls, p)?.title ?? p),
            )}
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ graded: r, saved, unsaved }, k) => (
            <tr key={saved.id}>
              <th scope="row">
                <bdi>{visible(r.name)}</bdi>
              </th>
              <td>{Math.round(r.completion * 100)}%</td>
              <td>{r.lateAttempts > 0 ? `late (${r.lateAttempts})` : 'on time'}</td>
              {a.polls.map((p) => (
                <PollCell key={p} result={own(r.polls, p)} />
              ))}
              <td class="gb-when">
                {when(r.createdAt)}
                {unsaved && <strong> not saved</strong>}{' '}
                <button
                  type="button"
                  class="gb-remove"
                  aria-label={`Remove the report of ${visible(r.name)}`}
                  onClick={() => props.onRemove(entries[k])}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol class="gb-legend">
        {a.polls.map((p) => (
          <li key={p}>{own(polls, p)?.title ?? `${p} (not a poll of this course)`}</li>
        ))}
      </ol>
    </div>
  );
}
