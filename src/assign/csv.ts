// The gradebook as CSV, in three layouts: the full table (every poll's outcome
// and late flag), or the two columns Moodle's and Canvas's grade imports read.
// Always with a UTF-8 byte-order mark: without it spreadsheet programs read
// "Björn" as "BjÃ¶rn".
import type { Assignment } from './assignment.ts';
import { OUTCOME_TEXT } from './gradebook.ts';
import type { GradedReport } from './grading.ts';
import { own } from './own.ts';

/** Which columns: the full table, Moodle's grade import, or Canvas's. */
export type CsvLayout = 'full' | 'moodle' | 'canvas';

const BOM = '\uFEFF';

/** One CSV field: quoted when needed, and a leading = + - @ neutralised so spreadsheets run no formula. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A time as "2026-01-30 17:00:00" in UTC (spreadsheets read this form as a date). */
export function csvTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Completion as a grade out of 100, to one decimal. */
const grade100 = (r: GradedReport) => Math.round(r.completion * 1000) / 10;

function table(reports: readonly GradedReport[], a: Assignment, layout: CsvLayout) {
  if (layout === 'moodle')
    return [['Identifier', a.title], ...reports.map((r) => [r.name, grade100(r)])];
  if (layout === 'canvas')
    return [
      ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', a.title],
      ...reports.map((r) => [r.name, '', '', '', '', grade100(r)]),
    ];
  const head = [
    'name',
    'handed in (UTC)',
    'completion %',
    'right first time',
    'right later',
    'wrong',
    'not tried',
    'late attempts',
    ...a.polls.flatMap((p) => [p, `${p} late`]),
  ];
  return [
    head,
    ...reports.map((r) => [
      r.name,
      csvTime(r.createdAt),
      Math.round(r.completion * 100),
      r.counts.first,
      r.counts.later,
      r.counts.wrong,
      r.counts.none,
      r.lateAttempts,
      ...a.polls.flatMap((p) => {
        const res = own(r.polls, p);
        return [OUTCOME_TEXT[res?.outcome ?? 'none'], res?.late ? 'late' : ''];
      }),
    ]),
  ];
}

/** The gradebook as CSV text (with its byte-order mark): one line per learner. */
export function toCsv(
  reports: readonly GradedReport[],
  a: Assignment,
  layout: CsvLayout = 'full',
): string {
  const lines = table(reports, a, layout).map((l) => l.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
