import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { decodeAssignment, type Assignment } from '../assignment.ts';
import {
  importReports,
  MAX_REPORTS,
  sortReports,
  splitCodes,
  toCsv,
  type Row,
  type SortKey,
  type Source,
} from '../gradebook.ts';
import type { PollInfo } from '../grading.ts';
import type { WidgetCheck } from '../../quiz/grade.ts';
import { $gradebookCodes, $madeAssignments } from '../store.ts';
import { dueText, flagText, linkErrors } from '../strings.ts';
import { LiveStatus } from '../../widgets/ui/LiveStatus.tsx';
import { GradeTable } from './GradeTable.tsx';
import { PollChart } from './PollChart.tsx';

/** The teacher's gradebook: choose the assignment, import codes and files, read the table and charts, export CSV. */
export default function Gradebook({ polls }: { polls: Record<string, PollInfo> }) {
  const made = useStore($madeAssignments);
  const [link, setLink] = useState('');
  const [a, setA] = useState<Assignment | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [paste, setPaste] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: { by: 'name' },
    desc: false,
  });
  const [checks, setChecks] = useState<Record<string, WidgetCheck> | undefined>();

  async function open(text: string) {
    const r = await decodeAssignment(text);
    if (!r.ok) return setStatus(linkErrors[r.error]);
    const cs = r.assignment.polls.some((p) => polls[p]?.gradable.type === 'widget')
      ? (await import('../../quiz/widget-checks.ts')).widgetChecks
      : undefined;
    setChecks(cs);
    setA(r.assignment);
    const saved = $gradebookCodes.get()[r.assignment.id] ?? [];
    const restored = await importReports(
      saved.map((c, i) => ({ label: `saved ${i + 1}`, text: c })),
      r.assignment,
      polls,
      [],
      cs,
    );
    setRows(restored);
    setStatus(
      `Gradebook of “${r.assignment.title}” opened with ${restored.filter((x) => x.ok).length} saved reports.`,
    );
  }
  useEffect(() => {
    const initial = location.hash.slice(1) || $madeAssignments.get()[0]?.code || '';
    setLink(initial);
    if (initial) void open(initial);
  }, []);

  async function add(sources: Source[]) {
    if (!a || sources.length === 0) return;
    const next = await importReports(sources, a, polls, rows, checks);
    setRows(next);
    $gradebookCodes.set({
      ...$gradebookCodes.get(),
      [a.id]: next.flatMap((r) => (r.ok ? [r.code] : [])),
    });
    const added = next.slice(rows.length);
    const bad = added.filter((r) => !r.ok).length;
    setStatus(`${added.length - bad} report(s) imported, ${bad} flagged.`);
  }
  async function addFiles(files: FileList | null | undefined) {
    const list = [...(files ?? [])];
    // Oversized files are not read at all; importReports flags them by their length.
    await add(
      await Promise.all(
        list.map(async (f) => ({
          label: f.name,
          text: f.size > 200_000 ? ' '.repeat(200_001) : await f.text(),
        })),
      ),
    );
  }
  function download() {
    if (!a) return;
    const url = URL.createObjectURL(new Blob([toCsv(graded, a)], { type: 'text/csv' }));
    Object.assign(document.createElement('a'), {
      href: url,
      download: `gradebook-${a.id}.csv`,
    }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const graded = sortReports(
    rows.flatMap((r) => (r.ok ? [r.graded] : [])),
    sort.key,
    sort.desc,
  );
  const flagged = rows.filter((r) => !r.ok);
  return (
    <div class="gradebook">
      <form
        class="nn-widget"
        onSubmit={(e) => (e.preventDefault(), void open(link))}
        aria-labelledby="gb-assign"
      >
        <h2 id="gb-assign" class="nn-widget-title">
          Assignment
        </h2>
        {made.length > 0 && (
          <label class="nn-field">
            <span>Made in this browser</span>
            <select
              onChange={(e) => (setLink(e.currentTarget.value), void open(e.currentTarget.value))}
              value={link}
            >
              {made.map((m) => (
                <option key={m.assignment.id} value={m.code}>
                  {m.assignment.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="nn-field">
          <span>Assignment link or code</span>
          <input type="text" value={link} onInput={(e) => setLink(e.currentTarget.value)} />
        </label>
        <button type="submit" class="nn-button">
          Open gradebook
        </button>
      </form>
      <LiveStatus>{status}</LiveStatus>
      {a && (
        <>
          <section class="nn-widget" aria-labelledby="gb-import">
            <h2 id="gb-import" class="nn-widget-title">
              Import reports for “{a.title}”
            </h2>
            <p>
              Due {dueText(a.due)}. Reports stay in this browser; nothing is uploaded. Up to{' '}
              {MAX_REPORTS} at once.
            </p>
            <label class="nn-field">
              <span>Paste report codes (one per line)</span>
              <textarea rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
            </label>
            <button
              type="button"
              class="nn-button"
              onClick={() => (
                void add(
                  splitCodes(paste).map((t, i) => ({ label: `pasted code ${i + 1}`, text: t })),
                ),
                setPaste('')
              )}
            >
              Import pasted codes
            </button>
            <label
              class="gb-drop nn-field"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => (e.preventDefault(), void addFiles(e.dataTransfer?.files))}
            >
              <span>Report files (choose or drop many at once)</span>
              <input
                type="file"
                multiple
                accept=".json,application/json,text/plain"
                onChange={(e) => void addFiles(e.currentTarget.files)}
              />
            </label>
          </section>
          {flagged.length > 0 && (
            <section aria-labelledby="gb-flagged">
              <h2 id="gb-flagged">Not counted ({flagged.length})</h2>
              <ul class="gb-flags">
                {flagged.map((r, i) => (
                  <li key={i}>
                    <strong>{r.source}</strong>
                    {!r.ok && r.name ? ` (${r.name})` : ''}: {!r.ok && flagText[r.flag](r.detail)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <GradeTable a={a} polls={polls} reports={graded} sort={sort} onSort={setSort} />
          <button type="button" class="nn-button" onClick={download} disabled={graded.length === 0}>
            Download CSV
          </button>
          <h2>Answers of the class, poll by poll</h2>
          <p>
            Each learner's first answer counts, so a common misconception shows as a long bar on a
            wrong answer.
          </p>
          {a.polls.map(
            (p) =>
              polls[p] && <PollChart key={p} info={polls[p]} reports={graded} checks={checks} />,
          )}
        </>
      )}
    </div>
  );
}
