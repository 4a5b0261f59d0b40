// Export to a JSON file and import from one: the file is the attempt log with
// a header, so an import is validated exactly like a stored value.
import { countNew, mergeStores, readStore, type ProgressStore } from './log.ts';

/** The `format` field that marks a progress file. */
export const EXPORT_FORMAT = 'nn-course-progress';

/** The JSON text of a progress file for the store, stamped with the export time. */
export function exportProgress(store: ProgressStore, now: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: store.version,
    exportedAt: now.toISOString(),
    attempts: store.attempts,
  };
  return JSON.stringify(file, null, 2);
}

/** The file name for an export made at `now`, e.g. "nn-course-progress-2025-01-31.json". */
export function exportFileName(now: Date): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

/** What an import would bring, shown before the learner confirms. */
export interface ImportPreview {
  attempts: number;
  /** Attempts not already in the current log (what a merge adds). */
  newAttempts: number;
  polls: number;
  lessons: number;
  exportedAt: string | null;
}

/** A readable import, or a code for why it is not ("not-json", "not-progress", "future", "corrupt"). */
export type ImportRead =
  | { ok: true; store: ProgressStore; preview: ImportPreview }
  | { ok: false; code: 'not-json' | 'not-progress' | 'future' | 'corrupt'; detail: string };

/** Reads and validates an imported file against the current store, for a preview. */
export function readImport(text: string, current: ProgressStore): ImportRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json', detail: 'the file is not JSON' };
  }
  const d = data as Record<string, unknown> | null;
  if (!d || typeof d !== 'object' || (d.format !== EXPORT_FORMAT && !('attempts' in d))) {
    return {
      ok: false,
      code: 'not-progress',
      detail: 'the file is not a progress file of this course',
    };
  }
  const { format: _format, exportedAt, ...rest } = d;
  const r = readStore(rest);
  if (!r.ok) return { ok: false, code: r.reason, detail: r.detail };
  const { attempts } = r.store;
  return {
    ok: true,
    store: r.store,
    preview: {
      attempts: attempts.length,
      newAttempts: countNew(current, r.store),
      polls: new Set(attempts.map((a) => a.poll)).size,
      lessons: new Set(attempts.map((a) => a.lesson)).size,
      exportedAt: typeof exportedAt === 'string' ? exportedAt : null,
    },
  };
}

/** The store after an import: merged with the current log, or replacing it. */
export function applyImport(
  current: ProgressStore,
  incoming: ProgressStore,
  mode: 'merge' | 'replace',
): ProgressStore {
  return mode === 'merge'
    ? mergeStores(current, incoming)
    : mergeStores({ version: 1, attempts: [] }, incoming);
}
