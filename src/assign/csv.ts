// The gradebook as CSV, in three layouts: the full table (every poll's outcome
// and late flag), or the two columns Moodle's and Canvas's grade imports read;
// for the static gradebook's reports and for a class gradebook on the server.
// Always with a UTF-8 byte-order mark: without it spreadsheet programs read
// "Björn" as "BjÃ¶rn".
import type { Assignment } from './assignment.ts';
import { OUTCOME_TEXT } from './gradebook.ts';
import type { GradedReport, PollOutcome } from './grading.ts';
import { own } from './own.ts';
import { STATUS_TEXT, type ClassStatus } from './strings.ts';

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
const grade100 = (completion: number) => Math.round(completion * 1000) / 10;

/** What every layout needs of one learner: a graded report or a class gradebook row. */
interface Graded {
  name: string;
  completion: number;
  counts: Record<PollOutcome, number>;
  lateAttempts: number;
  polls: Record<string, { outcome: PollOutcome; late: boolean }>;
}

type Table = (string | number)[][];

/** Moodle's two columns, or Canvas's six (the grade out of 100 under the assignment's title). */
function lmsTable(rows: readonly Graded[], title: string, layout: 'moodle' | 'canvas'): Table {
  if (layout === 'moodle')
    return [['Identifier', title], ...rows.map((r) => [r.name, grade100(r.completion)])];
  return [
    ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', title],
    ...rows.map((r) => [r.name, '', '', '', '', grade100(r.completion)]),
  ];
}

const COUNT_HEAD = ['completion %', 'right first time', 'right later', 'wrong', 'not tried'];
const counts = (r: Graded) => [
  Math.round(r.completion * 100),
  r.counts.first,
  r.counts.later,
  r.counts.wrong,
  r.counts.none,
];
const pollHead = (polls: readonly string[]) => polls.flatMap((p) => [p, `${p} late`]);
const pollCells = (r: Graded, polls: readonly string[]) =>
  polls.flatMap((p) => {
    const res = own(r.polls, p);
    return [OUTCOME_TEXT[res?.outcome ?? 'none'], res?.late ? 'late' : ''];
  });

function table(reports: readonly GradedReport[], a: Assignment, layout: CsvLayout): Table {
  if (layout !== 'full') return lmsTable(reports, a.title, layout);
  const head = ['name', 'handed in (UTC)', ...COUNT_HEAD, 'late attempts', ...pollHead(a.polls)];
  return [
    head,
    ...reports.map((r) => [
      r.name,
      csvTime(r.createdAt),
      ...counts(r),
      r.lateAttempts,
      ...pollCells(r, a.polls),
    ]),
  ];
}

/** CSV text of a table: byte-order mark, fields made safe, CRLF line ends. */
function write(t: Table): string {
  return BOM + t.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The gradebook as CSV text (with its byte-order mark): one line per learner. */
export function toCsv(
  reports: readonly GradedReport[],
  a: Assignment,
  layout: CsvLayout = 'full',
): string {
  return write(table(reports, a, layout));
}

/** One learner's row of a class gradebook on the server (server/API.md, "Gradebook"). */
export interface ClassCsvRow extends Graded {
  status: ClassStatus;
  /** ISO time of handing in, or null. */
  handedInAt: string | null;
  late: boolean;
  overdue: boolean;
  /** This learner's due time (ms) and whether it is an extension. */
  due: number | null;
  extended: boolean;
  /** How many devices sent this learner's attempts. */
  devices: number;
}

/** A class gradebook as CSV: the full table adds status, handing in, lateness, due and devices. */
export function toClassCsv(
  rows: readonly ClassCsvRow[],
  a: Pick<Assignment, 'title' | 'polls'>,
  layout: CsvLayout = 'full',
): string {
  if (layout !== 'full') return write(lmsTable(rows, a.title, layout));
  const head = [
    'name',
    'status',
    'handed in (UTC)',
    'late',
    'due (UTC)',
    'extended',
    ...COUNT_HEAD,
    'late attempts',
    'devices',
    ...pollHead(a.polls),
  ];
  return write([
    head,
    ...rows.map((r) => [
      r.name,
      STATUS_TEXT[r.status],
      r.handedInAt ? csvTime(Date.parse(r.handedInAt)) : '',
      r.late ? 'late' : r.overdue ? 'overdue' : '',
      r.due === null ? '' : csvTime(r.due),
      r.extended ? 'extended' : '',
      ...counts(r),
      r.lateAttempts,
      r.devices,
      ...pollCells(r, a.polls),
    ]),
  ]);
}
