// A learner's progress is an append-only log of attempts; everything else
// (per-poll state, per-lesson status, the course total) is derived from it.
// A log merges without conflicts (a union of attempts), so it can later be
// synced with a class server. Pure: no storage, no DOM, no clock.

/** The version of the stored format this code writes. */
export const STORE_VERSION = 1;

/** One graded check of one poll. */
export interface Attempt {
  /** The poll's stable id. */
  poll: string;
  /** The lesson it belongs to, e.g. "lessons/03-weights-bias-activations". */
  lesson: string;
  /** Option id (single), option ids (multiple), typed text (numeric), a summary of the widget's state (widget). */
  answer: string | string[];
  correct: boolean;
  /** When, in milliseconds since 1970 (UTC). */
  at: number;
}

/** The stored progress. */
export interface ProgressStore {
  version: typeof STORE_VERSION;
  attempts: Attempt[];
}

/** What loading found: a usable store, or why not (then the raw value is kept aside). */
export type LoadResult =
  | { ok: true; store: ProgressStore; migrated: boolean }
  | { ok: false; reason: 'corrupt' | 'future'; detail: string };

/** A new, empty store. */
export function emptyStore(): ProgressStore {
  return { version: STORE_VERSION, attempts: [] };
}

const isString = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= 200;

/** The longest answer text an attempt may hold (a typed number, or a widget's state as JSON). */
export const MAX_ANSWER_CHARS = 2000;

/** The attempt if `a` is a well-formed one, else a description of the flaw. */
export function checkAttempt(a: unknown): Attempt | string {
  if (!a || typeof a !== 'object') return 'an attempt is not an object';
  const { poll, lesson, answer, correct, at } = a as Record<string, unknown>;
  if (!isString(poll)) return 'an attempt has no poll id';
  if (!isString(lesson)) return `attempt at poll "${poll}" has no lesson`;
  const answerOk =
    (typeof answer === 'string' && answer.length <= MAX_ANSWER_CHARS) ||
    (Array.isArray(answer) && answer.length <= 50 && answer.every(isString));
  if (!answerOk) return `attempt at poll "${poll}" has a malformed answer`;
  if (typeof correct !== 'boolean') return `attempt at poll "${poll}" has no correct flag`;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0)
    return `attempt at poll "${poll}" has no valid time`;
  return { poll, lesson, answer: Array.isArray(answer) ? [...answer] : answer, correct, at };
}

// Migrations from older formats, by the version they read. Version 0 is the
// unversioned draft format ({ attempts } with ISO date strings in `time`).
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  0: (data) => ({
    version: 1,
    attempts: (Array.isArray(data.attempts) ? data.attempts : []).map((a: unknown) => {
      const { time, ...rest } = (a ?? {}) as Record<string, unknown>;
      return { ...rest, at: typeof time === 'string' ? Date.parse(time) : time };
    }),
  }),
};

/** Reads a parsed store of any known version: migrates it, then validates every attempt. */
export function readStore(data: unknown): LoadResult {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'corrupt', detail: 'the saved progress is not an object' };
  }
  let d = data as Record<string, unknown>;
  const stated = d.version === undefined ? 0 : d.version;
  if (typeof stated !== 'number' || !Number.isInteger(stated) || stated < 0) {
    return { ok: false, reason: 'corrupt', detail: `unknown version ${JSON.stringify(d.version)}` };
  }
  let version: number = stated;
  if (version > STORE_VERSION) {
    return {
      ok: false,
      reason: 'future',
      detail: `saved by a newer version (${version}) of the course`,
    };
  }
  const migrated = version < STORE_VERSION;
  while (version < STORE_VERSION) {
    d = migrations[version](d);
    version = d.version as number;
  }
  if (!Array.isArray(d.attempts))
    return { ok: false, reason: 'corrupt', detail: 'the saved progress has no attempts' };
  const attempts: Attempt[] = [];
  for (const a of d.attempts) {
    const checked = checkAttempt(a);
    if (typeof checked === 'string') return { ok: false, reason: 'corrupt', detail: checked };
    attempts.push(checked);
  }
  return { ok: true, store: { version: STORE_VERSION, attempts }, migrated };
}

/** Reads a stored JSON string (see readStore); text that is not JSON is corrupt. */
export function loadStore(raw: string): LoadResult {
  try {
    return readStore(JSON.parse(raw));
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'the saved progress is not valid JSON' };
  }
}

/** A new store with the attempt appended (the log only grows). */
export function appendAttempt(store: ProgressStore, attempt: Attempt): ProgressStore {
  return { version: STORE_VERSION, attempts: [...store.attempts, attempt] };
}

const attemptKey = (a: Attempt) =>
  `${a.poll}\u0000${a.at}\u0000${JSON.stringify(a.answer)}\u0000${a.correct}`;

/** The union of two logs, in time order, each attempt once (merging twice changes nothing). */
export function mergeStores(a: ProgressStore, b: ProgressStore): ProgressStore {
  const seen = new Map<string, Attempt>();
  for (const x of [...a.attempts, ...b.attempts])
    if (!seen.has(attemptKey(x))) seen.set(attemptKey(x), x);
  const attempts = [...seen.values()].sort((x, y) => x.at - y.at);
  return { version: STORE_VERSION, attempts };
}

/** How many attempts of `b` are not already in `a`. */
export function countNew(a: ProgressStore, b: ProgressStore): number {
  const have = new Set(a.attempts.map(attemptKey));
  return new Set(b.attempts.map(attemptKey).filter((k) => !have.has(k))).size;
}
