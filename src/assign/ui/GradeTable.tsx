import type { Assignment } from '../assignment.ts';
import { OUTCOME_TEXT, type SortKey } from '../gradebook.ts';
import type { GradedReport, PollInfo } from '../grading.ts';

const MARK = { first: '✓', later: '✓ later', wrong: '✗', none: '–' } as const;
type Sort = { key: SortKey; desc: boolean };
const same = (a: SortKey, b: SortKey) =>
  a.by === b.by && (a.by !== 'poll' || (b.by === 'poll' && a.poll === b.poll));

/** Learners × polls, with completion and late flags; each column header sorts. */
export function GradeTable(props: {
  a: Assignment;
  polls: Record<string, PollInfo>;
  reports: GradedReport[];
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  const { a, polls, reports, sort } = props;
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
          {reports.length} learner(s). ✓ right first time, ✓ later: right after a wrong answer, ✗
          wrong, – not tried.
        </caption>
        <thead>
          <tr>
            {header('Name', { by: 'name' })}
            {header('Completion', { by: 'completion' })}
            {header('Late', { by: 'late' })}
            {a.polls.map((p, i) =>
              header(`Poll ${i + 1}`, { by: 'poll', poll: p }, polls[p]?.title ?? p),
            )}
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{Math.round(r.completion * 100)}%</td>
              <td>{r.lateAttempts > 0 ? `late (${r.lateAttempts})` : 'on time'}</td>
              {a.polls.map((p) => {
                const o = r.polls[p]?.outcome ?? 'none';
                return (
                  <td key={p} class={`gb-${o}`}>
                    <span aria-hidden="true">{MARK[o]}</span>
                    <span class="sr-only">{OUTCOME_TEXT[o]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ol class="gb-legend">
        {a.polls.map((p) => (
          <li key={p}>{polls[p]?.title ?? `${p} (no longer in the course)`}</li>
        ))}
      </ol>
    </div>
  );
}
