// The teacher's gradebook, pure: reads many pasted codes and dropped files at
// once and refuses each one that cannot count (with the reason) while the others
// import. Every accepted report is kept; of several under one name the newest
// counts unless the teacher chose another, and the others stay listed.
import type { Assignment } from './assignment.ts';
import {
  codeFromFile,
  decodeReport,
  MAX_REPORT_FILE,
  type Report,
  type ReportError,
} from './report.ts';
import type { GradedReport, PollOutcome } from './grading.ts';
import { own } from './own.ts';

/** The most reports read in one import (what is saved has no limit). */
export const MAX_REPORTS = 500;

/** Where a report came from: a pasted code or a file. */
export interface Source {
  label: string;
  text: string;
  /** A file's size when its text was not read because it is too large. */
  bytes?: number;
}

/** Why a report is not counted. */
export type Flag = ReportError | 'file-too-large' | 'duplicate' | 'too-many';

/** A report read from a source. */
export interface Accepted {
  source: string;
  code: string;
  report: Report;
}

/** A source refused, with the reason (and the name it claims, when readable). */
export interface Refusal {
  source: string;
  flag: Flag;
  detail?: string;
  name?: string;
}

/** A name as it identifies a learner: case, spacing and Unicode form ignored. */
export const nameKey = (name: string) =>
  name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads every source for the assignment. A code already in `known` (saved
 * before) or met earlier in this batch is refused as a duplicate.
 */
export async function readReports(
  sources: readonly Source[],
  a: Assignment,
  known: ReadonlySet<string> = new Set(),
): Promise<{ accepted: Accepted[]; refused: Refusal[] }> {
  const accepted: Accepted[] = [];
  const refused: Refusal[] = [];
  const seen = new Set(known);
  for (const [i, s] of sources.entries()) {
    if (i >= MAX_REPORTS) {
      refused.push({ source: s.label, flag: 'too-many', detail: String(MAX_REPORTS) });
      continue;
    }
    if ((s.bytes ?? s.text.length) > MAX_REPORT_FILE) {
      refused.push({ source: s.label, flag: 'file-too-large' });
      continue;
    }
    const code = codeFromFile(s.text);
    if (code === null) {
      refused.push({ source: s.label, flag: 'not-a-report' });
      continue;
    }
    const read = await decodeReport(code, a);
    if (!read.ok) {
      refused.push({ source: s.label, flag: read.error, detail: read.detail, name: read.name });
      continue;
    }
    if (seen.has(read.code)) {
      refused.push({ source: s.label, flag: 'duplicate', name: read.report.name });
      continue;
    }
    seen.add(read.code);
    accepted.push({ source: s.label, code: read.code, report: read.report });
  }
  return { accepted, refused };
}

/** A kept report: its report, when it was imported, and when the teacher chose it to count (if ever). */
export interface Kept {
  report: Report;
  importedAt: number;
  chosenAt?: number;
}

/**
 * Which report counts for each learner: of those under one name, the one the
 * teacher chose last, else the newest (report time, then import time). The
 * others are `older`, kept and listed, never dropped.
 */
export function counting<T extends Kept>(kept: readonly T[]): { counted: T[]; older: T[] } {
  const rank = (k: T): [number, number, number] => [
    k.chosenAt ?? -Infinity,
    k.report.createdAt,
    k.importedAt,
  ];
  const better = (x: T, y: T) => {
    const [p, q] = [rank(x), rank(y)];
    for (let i = 0; i < 3; i++) if (p[i] !== q[i]) return p[i] > q[i];
    return false;
  };
  const best = new Map<string, T>();
  for (const k of kept) {
    const key = nameKey(k.report.name);
    const b = best.get(key);
    if (!b || better(k, b)) best.set(key, k);
  }
  const winners = new Set(best.values());
  return {
    counted: kept.filter((k) => winners.has(k)),
    older: kept.filter((k) => !winners.has(k)),
  };
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
    if (key.by === 'poll') return OUTCOME_RANK[own(r.polls, key.poll)?.outcome ?? 'none'];
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
