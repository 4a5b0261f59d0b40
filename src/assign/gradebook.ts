// The teacher's gradebook: reads many pasted codes and dropped files at once,
// flags each one that cannot count (with the reason) while the others import,
// keeps one report per learner, sorts, and exports CSV.
import type { Assignment } from './assignment.ts';
import { codeFromFile, decodeReport, MAX_REPORT_FILE, type ReportError } from './report.ts';
import { gradeReport, type GradedReport, type PollInfo, type PollOutcome } from './grading.ts';
import type { WidgetCheck } from '../quiz/grade.ts';

/** The most reports read at once. */
export const MAX_REPORTS = 500;

/** Where a report came from: a pasted code or a file. */
export interface Source {
  label: string;
  text: string;
}

/** Why a row does not count. */
export type Flag =
  ReportError | 'not-a-report' | 'file-too-large' | 'duplicate' | 'superseded' | 'too-many';

/** One imported row: graded, or flagged with its reason. */
export type Row =
  | { ok: true; source: string; code: string; graded: GradedReport }
  | { ok: false; source: string; flag: Flag; detail?: string; name?: string };

const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Splits pasted text into codes (one per line or separated by spaces). */
export function splitCodes(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== '');
}

/**
 * Reads every source for the assignment. Identical codes count once (the
 * others are flagged "duplicate"); for two reports under one name, the newer
 * counts and the older is flagged "superseded". `existing` rows (already in
 * the gradebook) take part in both checks.
 */
export async function importReports(
  sources: readonly Source[],
  a: Assignment,
  polls: Record<string, PollInfo>,
  existing: readonly Row[] = [],
  checks?: Record<string, WidgetCheck>,
): Promise<Row[]> {
  const rows: Row[] = [...existing];
  for (const [i, s] of sources.entries()) {
    if (i >= MAX_REPORTS) {
      rows.push({ ok: false, source: s.label, flag: 'too-many', detail: String(MAX_REPORTS) });
      continue;
    }
    if (s.text.length > MAX_REPORT_FILE) {
      rows.push({ ok: false, source: s.label, flag: 'file-too-large' });
      continue;
    }
    const code = codeFromFile(s.text);
    if (code === null) {
      rows.push({ ok: false, source: s.label, flag: 'not-a-report' });
      continue;
    }
    const isFile = !s.text.trim().startsWith('nnR');
    const read = await decodeReport(code, a, isFile ? MAX_REPORT_FILE : undefined);
    if (!read.ok) {
      rows.push({ ok: false, source: s.label, flag: read.error, detail: read.detail });
      continue;
    }
    if (rows.some((r) => r.ok && r.code === read.code)) {
      rows.push({ ok: false, source: s.label, flag: 'duplicate', name: read.report.name });
      continue;
    }
    rows.push({
      ok: true,
      source: s.label,
      code: read.code,
      graded: gradeReport(read.report, a, polls, checks),
    });
  }
  return supersede(rows);
}

/** Keeps the newest report per name; older ones become "superseded" rows. */
function supersede(rows: Row[]): Row[] {
  const newest = new Map<string, number>();
  for (const r of rows) {
    if (!r.ok) continue;
    const k = nameKey(r.graded.name);
    newest.set(k, Math.max(newest.get(k) ?? -Infinity, r.graded.createdAt));
  }
  const kept = new Set<string>();
  return rows.map((r) => {
    if (!r.ok) return r;
    const k = nameKey(r.graded.name);
    if (r.graded.createdAt === newest.get(k) && !kept.has(k)) {
      kept.add(k);
      return r;
    }
    return { ok: false, source: r.source, flag: 'superseded', name: r.graded.name };
  });
}

/** What the table can be sorted by: name, completion, late attempts, or one poll's outcome. */
export type SortKey = { by: 'name' | 'completion' | 'late' } | { by: 'poll'; poll: string };

const OUTCOME_RANK: Record<PollOutcome, number> = { first: 3, later: 2, wrong: 1, none: 0 };

/** The graded reports sorted (a stable sort; names break ties). */
export function sortReports(
  reports: readonly GradedReport[],
  key: SortKey,
  descending: boolean,
): GradedReport[] {
  const value = (r: GradedReport): number | string => {
    if (key.by === 'poll') return OUTCOME_RANK[r.polls[key.poll]?.outcome ?? 'none'];
    if (key.by === 'name') return nameKey(r.name);
    return key.by === 'completion' ? r.completion : r.lateAttempts;
  };
  const sign = descending ? -1 : 1;
  return [...reports].sort((x, y) => {
    const [a, b] = [value(x), value(y)];
    const c = a < b ? -1 : a > b ? 1 : 0;
    return c !== 0 ? sign * c : nameKey(x.name).localeCompare(nameKey(y.name));
  });
}

/** Words for outcomes, in tables and CSV. */
export const OUTCOME_TEXT: Record<PollOutcome, string> = {
  first: 'right first time',
  later: 'right later',
  wrong: 'wrong',
  none: 'not tried',
};

/** One CSV field: quoted when needed, and a leading = + - @ neutralised so spreadsheets run no formula. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The gradebook as CSV: one line per learner, then each poll's outcome. */
export function toCsv(reports: readonly GradedReport[], a: Assignment): string {
  const head = [
    'name',
    'completion %',
    'right first time',
    'right later',
    'wrong',
    'not tried',
    'late attempts',
    ...a.polls,
  ];
  const lines = reports.map((r) => [
    r.name,
    Math.round(r.completion * 100),
    r.counts.first,
    r.counts.later,
    r.counts.wrong,
    r.counts.none,
    r.lateAttempts,
    ...a.polls.map((p) => OUTCOME_TEXT[r.polls[p]?.outcome ?? 'none']),
  ]);
  return [head, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
