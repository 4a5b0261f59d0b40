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

/** The assignment if `d` is a well-formed one (fields copied in a fixed order), else null. */
export function checkAssignment(d: unknown): Assignment | null {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return null;
  const a = d as Record<string, unknown>;
  if (!str(a.id, 64, 4) || !str(a.key, 64, 16) || !fromBase64Url(a.key)) return null;
  if (!str(a.title, 200, 1) || !str(a.instructions, 4000)) return null;
  if (!(a.due === null || (typeof a.due === 'number' && Number.isFinite(a.due)))) return null;
  if (!Array.isArray(a.lessons) || a.lessons.length > 100 || !ids(a.polls, 500)) return null;
  const lessons: AssignedLesson[] = [];
  for (const l of a.lessons as unknown[]) {
    const { lesson, sections } = (l ?? {}) as Record<string, unknown>;
    if (!str(lesson, 200, 1)) return null;
    if (sections === undefined) lessons.push({ lesson });
    else if (ids(sections, 200)) lessons.push({ lesson, sections: [...sections] });
    else return null;
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

/** The assignment's link code ("nnA1.…"), integrity-checked by SHA-256. */
export function encodeAssignment(a: Assignment): Promise<string> {
  const checked = checkAssignment(a);
  if (!checked) throw new Error('not a well-formed assignment');
  return encodeCode(ASSIGNMENT_PREFIX, checked);
}

/** An assignment read from a code, or why not. */
export type AssignmentRead =
  { ok: true; assignment: Assignment; code: string } | { ok: false; error: CodeError };

/** Reads an assignment code, or a whole link holding one in its fragment or `?a=` query. */
export async function decodeAssignment(text: string): Promise<AssignmentRead> {
  const code = codeFromLink(text);
  const r = await decodeCode(code, 'nnA', ASSIGNMENT_PREFIX, MAX_ASSIGNMENT_CODE);
  if (!r.ok) return r;
  const assignment = checkAssignment(r.data);
  return assignment ? { ok: true, assignment, code } : { ok: false, error: 'malformed' };
}

/** The code inside a link (fragment "#nnA1.…" or query "?a=nnA1.…"), or the text itself. */
export function codeFromLink(text: string): string {
  const t = text.trim();
  const m = /[#?&](?:a=)?(nnA\d+\.[A-Za-z0-9_.-]*)/.exec(t);
  return m ? m[1] : t;
}

/** The learner's link for an assignment, on the site at `origin`. */
export function assignmentLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}/assignment/#${code}`;
}

/** The HMAC key bytes of an assignment. */
export function assignmentKey(a: Assignment): Uint8Array {
  return fromBase64Url(a.key) ?? new Uint8Array();
}
