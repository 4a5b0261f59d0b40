// A learner's result report: which assignment, who (a typed name, no account),
// when, and the raw attempts at the assigned polls (answer and time; counts
// follow). Never a score: the teacher's page grades the answers itself. The
// "nnR1." code is tagged with an HMAC keyed by the assignment's key.
import { decodeCode, encodeCode, MAX_JSON_BYTES, peekCode, type CodeError } from './codec.ts';
import { assignmentKey, type Assignment } from './assignment.ts';
import { MAX_ANSWER_CHARS, type Attempt } from '../progress/log.ts';

/** The prefix (kind and version) of report codes this code writes and reads. */
export const REPORT_PREFIX = 'nnR1.';
/** The longest report code a learner is offered to copy; longer ones go in the file only. */
export const MAX_PASTE_CODE = 20_000;
/** A report keeps at most this many attempts per poll (the first ones, the first right one, the last). */
export const MAX_ATTEMPTS_PER_POLL = 20;
/** The longest answer an attempt may hold (the progress log's own limit). */
export const MAX_ANSWER = MAX_ANSWER_CHARS;
/**
 * The most JSON a report can hold: every poll of the bank (60 today; room for
 * 100 here) × MAX_ATTEMPTS_PER_POLL × an answer of MAX_ANSWER characters with
 * its poll id and time (about 2 100 bytes). The codec's MAX_JSON_BYTES is this. The unit test
 * "the app's biggest own report file imports" builds that report for the real
 * bank; raise these limits if it ever fails.
 */
export const MAX_REPORT_JSON = MAX_JSON_BYTES;
/** The longest report code accepted, pasted, from a file or re-read from storage: base64 of MAX_REPORT_JSON. */
export const MAX_REPORT_CODE = Math.ceil((MAX_REPORT_JSON * 4) / 3) + 100;
/** The largest report file accepted: its code plus the readable copy beside it. */
export const MAX_REPORT_FILE = MAX_REPORT_CODE + 2 * MAX_REPORT_JSON;
/** The longest name a report may carry. */
export const MAX_NAME = 100;
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

/** Why a payload is not a report: unreadable, a name over MAX_NAME characters, or too many attempts. */
export type ReportFlaw = 'malformed' | 'name-too-long' | 'too-large';

/** The report if `d` is well-formed (fields copied in a fixed order), else its flaw. */
export function readReport(d: unknown): Report | ReportFlaw {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return 'malformed';
  const r = d as Record<string, unknown>;
  if (typeof r.name === 'string' && r.name.length > MAX_NAME) return 'name-too-long';
  if (!str(r.assignment, 64, 4) || !str(r.title, 200) || !str(r.name, MAX_NAME, 1))
    return 'malformed';
  if (typeof r.createdAt !== 'number' || !Number.isFinite(r.createdAt)) return 'malformed';
  if (!Array.isArray(r.attempts)) return 'malformed';
  // 500 polls (the most an assignment holds) × the attempts a report keeps per poll.
  if (r.attempts.length > 500 * MAX_ATTEMPTS_PER_POLL) return 'too-large';
  const attempts: ReportAttempt[] = [];
  for (const x of r.attempts as unknown[]) {
    const { poll, answer, at } = (x ?? {}) as Record<string, unknown>;
    const answerOk =
      str(answer, MAX_ANSWER) ||
      (Array.isArray(answer) && answer.length <= 50 && answer.every((a) => str(a, 200)));
    if (!str(poll, 200, 1) || !answerOk || typeof at !== 'number' || !Number.isFinite(at))
      return 'malformed';
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

/** The report if `d` is well-formed, else null. */
export function checkReport(d: unknown): Report | null {
  const r = readReport(d);
  return typeof r === 'string' ? null : r;
}

/**
 * A poll's attempts (in time order) cut to MAX_ATTEMPTS_PER_POLL so a report
 * stays within its limits: the first ones, the first right one after them and
 * the last one are kept, so right-first-time, right-later and late come out
 * as from the whole log.
 */
export function keepAttempts<T extends { correct: boolean }>(list: readonly T[]): T[] {
  if (list.length <= MAX_ATTEMPTS_PER_POLL) return [...list];
  const head = list.slice(0, MAX_ATTEMPTS_PER_POLL - 2);
  const rest = list.slice(MAX_ATTEMPTS_PER_POLL - 2, -1);
  const right = head.some((x) => x.correct) ? undefined : rest.find((x) => x.correct);
  return [...head, ...(right ? [right] : []), list[list.length - 1]];
}

/** The report of a learner's attempt log for an assignment (only its polls, in time order). */
export function buildReport(
  a: Assignment,
  name: string,
  attempts: readonly Attempt[],
  now: number,
): Report {
  const byPoll = new Map<string, Attempt[]>(a.polls.map((p) => [p, []]));
  for (const x of [...attempts].sort((x, y) => x.at - y.at)) byPoll.get(x.poll)?.push(x);
  return {
    assignment: a.id,
    title: a.title,
    name: name.trim().slice(0, MAX_NAME),
    createdAt: now,
    attempts: [...byPoll.values()]
      .flatMap(keepAttempts)
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
export type ReportError = CodeError | ReportFlaw | 'other-assignment' | 'not-a-report';

/** A report read for an assignment, or why not (with the other assignment's title when that is why, and the name it claims when readable). */
export type ReportRead =
  | { ok: true; report: Report; code: string }
  | { ok: false; error: ReportError; detail?: string; name?: string };

/** Reads a report code for the assignment: version, size, which assignment, then integrity and shape. */
export async function decodeReport(
  text: string,
  a: Assignment,
  maxChars = MAX_REPORT_CODE,
): Promise<ReportRead> {
  const code = text.trim();
  const peek = await peekCode(code, REPORT_PREFIX, maxChars);
  if (!peek.ok && peek.error === 'too-large') return { ok: false, error: 'too-large' };
  const claimed = peek.ok ? checkReport(peek.data) : null;
  if (claimed && claimed.assignment !== a.id)
    return { ok: false, error: 'other-assignment', detail: claimed.title, name: claimed.name };
  const r = await decodeCode(code, 'nnR', REPORT_PREFIX, maxChars, assignmentKey(a));
  if (!r.ok) return { ok: false, error: r.error, name: claimed?.name };
  const report = readReport(r.data);
  return typeof report === 'string' ? { ok: false, error: report } : { ok: true, report, code };
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
