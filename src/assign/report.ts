// A learner's result report: which assignment, who (a typed name, no account),
// when, and the raw attempts at the assigned polls (answer and time; counts
// follow). Never a score: the teacher's page grades the answers itself. The
// "nnR1." code is tagged with an HMAC keyed by the assignment's key.
import { decodeCode, encodeCode, peekCode, type CodeError } from './codec.ts';
import { assignmentKey, type Assignment } from './assignment.ts';
import type { Attempt } from '../progress/log.ts';

/** The prefix (kind and version) of report codes this code writes and reads. */
export const REPORT_PREFIX = 'nnR1.';
/** The longest report code accepted when pasted. */
export const MAX_REPORT_CODE = 20_000;
/** The largest report file accepted. */
export const MAX_REPORT_FILE = 200_000;
/** The `format` field of a report file. */
export const REPORT_FILE_FORMAT = 'nn-course-report';

/** One raw attempt in a report. */
export interface ReportAttempt {
  poll: string;
  answer: string | string[];
  at: number;
}

/** A result report. */
export interface Report {
  /** The assignment's id. */
  assignment: string;
  /** The assignment's title (so a report for another assignment can say which). */
  title: string;
  name: string;
  createdAt: number;
  /** Attempts at the assignment's polls, in time order. */
  attempts: ReportAttempt[];
}

const str = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/** The report if `d` is well-formed (fields copied in a fixed order), else null. */
export function checkReport(d: unknown): Report | null {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return null;
  const r = d as Record<string, unknown>;
  if (!str(r.assignment, 64, 4) || !str(r.title, 200) || !str(r.name, 100, 1)) return null;
  if (typeof r.createdAt !== 'number' || !Number.isFinite(r.createdAt)) return null;
  if (!Array.isArray(r.attempts) || r.attempts.length > 5000) return null;
  const attempts: ReportAttempt[] = [];
  for (const x of r.attempts as unknown[]) {
    const { poll, answer, at } = (x ?? {}) as Record<string, unknown>;
    const answerOk =
      str(answer, 2000) ||
      (Array.isArray(answer) && answer.length <= 50 && answer.every((a) => str(a, 200)));
    if (!str(poll, 200, 1) || !answerOk || typeof at !== 'number' || !Number.isFinite(at))
      return null;
    attempts.push({
      poll,
      answer: Array.isArray(answer) ? [...(answer as string[])] : (answer as string),
      at,
    });
  }
  return {
    assignment: r.assignment,
    title: r.title,
    name: r.name,
    createdAt: r.createdAt,
    attempts,
  };
}

/** The report of a learner's attempt log for an assignment (only its polls, in time order). */
export function buildReport(
  a: Assignment,
  name: string,
  attempts: readonly Attempt[],
  now: number,
): Report {
  const wanted = new Set(a.polls);
  return {
    assignment: a.id,
    title: a.title,
    name: name.trim().slice(0, 100),
    createdAt: now,
    attempts: attempts
      .filter((x) => wanted.has(x.poll))
      .sort((x, y) => x.at - y.at)
      .map((x) => ({ poll: x.poll, answer: x.answer, at: x.at })),
  };
}

/** The report's code ("nnR1.…"), tagged with the assignment's HMAC key. */
export function encodeReport(r: Report, a: Assignment): Promise<string> {
  const checked = checkReport(r);
  if (!checked) throw new Error('not a well-formed report');
  return encodeCode(REPORT_PREFIX, checked, assignmentKey(a));
}

/** Why a report was not accepted. */
export type ReportError = CodeError | 'other-assignment' | 'not-a-report';

/** A report read for an assignment, or why not (with the other assignment's title when that is why). */
export type ReportRead =
  { ok: true; report: Report; code: string } | { ok: false; error: ReportError; detail?: string };

/** Reads a report code for the assignment: version, size, which assignment, then integrity and shape. */
export async function decodeReport(
  text: string,
  a: Assignment,
  maxChars = MAX_REPORT_CODE,
): Promise<ReportRead> {
  const code = text.trim();
  const claimed = checkReport(await peekCode(code, REPORT_PREFIX, maxChars));
  if (claimed && claimed.assignment !== a.id)
    return { ok: false, error: 'other-assignment', detail: claimed.title };
  const r = await decodeCode(code, 'nnR', REPORT_PREFIX, maxChars, assignmentKey(a));
  if (!r.ok) return r;
  const report = checkReport(r.data);
  return report ? { ok: true, report, code } : { ok: false, error: 'malformed' };
}

/** The JSON text of a report file: the code, plus a readable copy of what it holds. */
export function reportFile(r: Report, code: string): string {
  return JSON.stringify({ format: REPORT_FILE_FORMAT, code, readable: r }, null, 2);
}

/** The file name for a learner's report, e.g. "report-ada-2025-01-31.json". */
export function reportFileName(r: Report): string {
  const slug =
    r.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'learner';
  return `report-${slug}-${new Date(r.createdAt).toISOString().slice(0, 10)}.json`;
}

/** The code inside a report file's text (or the text itself when it is a bare code); null if neither. */
export function codeFromFile(text: string): string | null {
  if (text.length > MAX_REPORT_FILE) return null;
  const t = text.trim();
  if (t.startsWith('nnR')) return t;
  try {
    const d = JSON.parse(t) as Record<string, unknown> | null;
    return d && d.format === REPORT_FILE_FORMAT && typeof d.code === 'string' ? d.code : null;
  } catch {
    return null;
  }
}
