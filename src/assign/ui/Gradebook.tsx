import { useState } from 'preact/hooks';
import { toCsv, type CsvLayout } from '../csv.ts';
import { counting, sortReports, type SortKey } from '../gradebook.ts';
import type { PollInfo } from '../grading.ts';
import { own } from '../own.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { AssignmentPicker } from './AssignmentPicker.tsx';
import { GradebookTools } from './GradebookTools.tsx';
import { GradeTable } from './GradeTable.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { NotCounted } from './NotCounted.tsx';
import { PollChart } from './PollChart.tsx';
import { useGradebook, type Entry } from './use-gradebook.ts';
import { downloadText as download } from '../../ui/download.ts';
import { CsvLayoutField } from './gradebook-fields.tsx';

const CSV_NAMES: Record<CsvLayout, string> = {
  full: 'every poll (full table)',
  moodle: 'Moodle grade import',
  canvas: 'Canvas grade import',
};

/** The teacher's gradebook: choose the assignment, import codes and files, read the table and charts, export CSV. */
export default function Gradebook({ polls }: { polls: Record<string, PollInfo> }) {
  const { view, actions } = useGradebook(polls);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: { by: 'name' },
    desc: false,
  });
  const [layout, setLayout] = useState<CsvLayout>('full');
  const { a } = view;
  const { counted, older } = counting(view.entries.map((e) => ({ ...e.saved, ...e, e })));
  const byGraded = new Map(counted.map((x) => [x.e.graded, x.e]));
  const entries = sortReports([...byGraded.keys()], sort.key, sort.desc).map(
    (g) => byGraded.get(g) as Entry,
  );
  const graded = entries.map((e) => e.graded);
  const ask = (q: string, f: () => void) => {
    if (window.confirm(q)) f();
  };
  const saved = view.assignments.find((x) => x.code === view.code);
  return (
    <div class="gradebook">
      <AssignmentPicker
        assignments={view.assignments}
        current={view.code}
        onOpen={(c) => void actions.open(c)}
      />
      <LiveStatus>{view.status}</LiveStatus>
      {view.storage && (
        <div role="alert" class="gb-storage nn-widget">
          <p>{view.storage}</p>
          <div class="nn-row">
            <button type="button" class="nn-button" onClick={() => void actions.backup()}>
              Download a backup file
            </button>
            <button type="button" class="nn-button" onClick={() => void actions.retrySave()}>
              Try saving again
            </button>
          </div>
        </div>
      )}
      {a && (
        <>
          <ImportPanel a={a} pending={view.pending} onImport={actions.importSources} />
          <NotCounted
            refusals={view.refusals}
            older={older.map((x) => x.e)}
            unreadable={view.unreadable}
            onChoose={(e) => void actions.choose(e)}
            onRemove={(e) => ask('Remove this report for good?', () => void actions.remove(e))}
            onClear={() =>
              ask(
                'Empty the list of refused codes and files?',
                () => void actions.clearNotCounted(),
              )
            }
          />
          <GradeTable
            a={a}
            polls={polls}
            entries={entries}
            sort={sort}
            onSort={setSort}
            onRemove={(e) =>
              ask(`Remove the report of ${e.report.name} for good?`, () => void actions.remove(e))
            }
          />
          <div class="nn-row gb-export">
            <CsvLayoutField
              label="CSV columns"
              names={CSV_NAMES}
              value={layout}
              onChange={setLayout}
            />
            <button
              type="button"
              class="nn-button"
              disabled={graded.length === 0}
              onClick={() =>
                download(
                  toCsv(graded, a, layout),
                  `gradebook-${a.id}${layout === 'full' ? '' : `-${layout}`}.csv`,
                  'text/csv;charset=utf-8',
                )
              }
            >
              Download CSV
            </button>
          </div>
          <h2>Answers of the class, poll by poll</h2>
          <p>
            Each learner's first answer counts, so a common misconception shows as a long bar on a
            wrong answer.
          </p>
          {a.polls.map((p) => {
            const info = own(polls, p);
            return info && <PollChart key={p} info={info} reports={graded} checks={view.checks} />;
          })}
          <GradebookTools
            archived={saved?.archived ?? false}
            count={view.entries.length}
            onArchive={(on) => void actions.archive(on)}
            onClear={() =>
              ask(
                `Remove all ${view.entries.length} report(s) of “${a.title}” for good? Download a backup first if unsure.`,
                () => void actions.clearReports(),
              )
            }
            onBackup={() => void actions.backup()}
            onRestore={(f) => void actions.restore(f)}
          />
        </>
      )}
      {!a && (
        <GradebookTools
          archived={false}
          count={0}
          onBackup={() => void actions.backup()}
          onRestore={(f) => void actions.restore(f)}
        />
      )}
    </div>
  );
}
