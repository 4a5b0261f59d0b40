// An assignment is one plain data object (what to read, which polls, by when)
// with one codec: the "nnA1." link code. It also carries a random id (so
// reports name their assignment) and a random key (so reports can carry an
// HMAC that the teacher's page checks). Pure apart from WebCrypto.
import { decodeCode, encodeCode, fromBase64Url, type CodeError } from './codec.ts';

/** The prefix (kind and version) of assignment codes this code writes and reads. */
export const ASSIGNMENT_PREFIX = 'nnA1.';
/** The longest assignment code accepted. */
export const MAX_ASSIGNMENT_CODE = 20_000;

/** One lesson of an assignment: the whole lesson, or some of its sections (heading ids). */
export interface AssignedLesson {
  lesson: string;
  sections?: string[];
}

/** What a teacher assigns. */
export interface Assignment {
  /** Random, names the assignment in reports. */
  id: string;
  /** Random base64url, keys the HMAC of reports. */
  key: string;
  title: string;
  instructions: string;
  /** Due time in ms since 1970 (UTC), or null for no due date. */
  due: number | null;
  lessons: AssignedLesson[];
  /** Poll ids, in the order they are listed. */
  polls: string[];
}

const str = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const ids = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((x) => str(x, 200, 1));
/** The shape of a poll id in the bank (content/polls schema). */
const POLL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The latest time a JavaScript Date can hold (ms); a due date beyond it cannot be shown. */
const MAX_TIME = 8.64e15;

/** The assignment if `d` is a well-formed one (fields copied in a fixed order), else why not (a phrase). */
export function readAssignment(d: unknown): Assignment | string {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return 'not an assignment';
  const a = d as Record<string, unknown>;
  if (!str(a.id, 64, 4) || !str(a.key, 64, 16) || !fromBase64Url(a.key))
    return 'no valid id and key';
  if (!str(a.title, 200, 1)) return 'no title, or a title over 200 characters';
  if (!str(a.instructions, 4000)) return 'instructions over 4000 characters';
  if (!(a.due === null || (typeof a.due === 'number' && Math.abs(a.due) <= MAX_TIME)))
    return 'a due date that is not a date';
  if (!Array.isArray(a.lessons) || a.lessons.length > 100) return 'a malformed list of lessons';
  if (!ids(a.polls, 500)) return 'a malformed list of polls';
  const bad = a.polls.find((p) => !POLL_ID.test(p));
  if (bad !== undefined) return `“${bad.slice(0, 40)}”, which cannot be a poll id of this course`;
  if (new Set(a.polls).size !== a.polls.length) return 'a poll listed twice';
  const lessons: AssignedLesson[] = [];
  for (const l of a.lessons as unknown[]) {
    const { lesson, sections } = (l ?? {}) as Record<string, unknown>;
    if (!str(lesson, 200, 1)) return 'a lesson without an id';
    if (sections === undefined) lessons.push({ lesson });
    else if (ids(sections, 200)) lessons.push({ lesson, sections: [...sections] });
    else return 'a malformed list of sections';
  }
  return {
    id: a.id,
    key: a.key,
    title: a.title,
    instructions: a.instructions,
    due: a.due,
    lessons,
    polls: [...a.polls],
  };
}

/** The assignment if `d` is a well-formed one, else null. */
export function checkAssignment(d: unknown): Assignment | null {
  const r = readAssignment(d);
  return typeof r === 'string' ? null : r;
}

/** The assignment's link code ("nnA1.…"), integrity-checked by SHA-256. */
export function encodeAssignment(a: Assignment): Promise<string> {
  const checked = checkAssignment(a);
  if (!checked) throw new Error('not a well-formed assignment');
  return encodeCode(ASSIGNMENT_PREFIX, checked);
}

/** An assignment read from a code, or why not. */
export type AssignmentRead =
  | { ok: true; assignment: Assignment; code: string }
  | { ok: false; error: CodeError; detail?: string };

/** Reads an assignment code, or a whole link holding one in its fragment or `?a=` query. */
export async function decodeAssignment(text: string): Promise<AssignmentRead> {
  const code = codeFromLink(text);
  const r = await decodeCode(code, 'nnA', ASSIGNMENT_PREFIX, MAX_ASSIGNMENT_CODE);
  if (!r.ok) return r;
  const assignment = readAssignment(r.data);
  return typeof assignment === 'string'
    ? { ok: false, error: 'malformed', detail: assignment }
    : { ok: true, assignment, code };
}

/** The code inside a link (fragment "#nnA1.…" or query "?a=nnA1.…"), or the text itself. */
export function codeFromLink(text: string): string {
  // Links and codes hold no white space: a link wrapped by an e-mail client is joined again.
  const t = text.replace(/\s+/g, '');
  const m = /(?:^|[#?&])(?:a=)?(nnA\d+\.[A-Za-z0-9_.-]*)/.exec(t);
  // A tag never ends in ".", so a full stop after a pasted link or code is the sentence's.
  return m ? m[1].replace(/\.+$/, '') : t;
}

/** The learner's link for an assignment, on the site at `origin`. */
export function assignmentLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}/assignment/#${code}`;
}

/** The HMAC key bytes of an assignment. */
export function assignmentKey(a: Assignment): Uint8Array {
  return fromBase64Url(a.key) ?? new Uint8Array();
}
