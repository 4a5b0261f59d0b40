// The learner's current assignment (one at a time) and the teacher's own
// assignments and imported report codes, persisted in this browser only.
import { computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { checkAssignment, type Assignment } from './assignment.ts';

/** A remembered assignment: the checked object and its code. */
export interface Remembered {
  assignment: Assignment;
  code: string;
}

function readRemembered(text: string): Remembered | null {
  try {
    const d = JSON.parse(text) as { assignment?: unknown; code?: unknown } | null;
    const assignment = checkAssignment(d?.assignment);
    return assignment && typeof d?.code === 'string' ? { assignment, code: d.code } : null;
  } catch {
    return null;
  }
}

/** The assignment the learner opened last (null when none). */
export const $assignment = persistentAtom<Remembered | null>('nn-course:assignment:v1', null, {
  encode: JSON.stringify,
  decode: readRemembered,
});

/** Assignments this teacher made in this browser, newest first. */
export const $madeAssignments = persistentAtom<Remembered[]>(
  'nn-course:teacher:assignments:v1',
  [],
  {
    encode: JSON.stringify,
    decode: (text) => {
      try {
        const list = JSON.parse(text) as unknown[];
        return (Array.isArray(list) ? list : [])
          .map((x) => readRemembered(JSON.stringify(x)))
          .filter((x) => x !== null);
      } catch {
        return [];
      }
    },
  },
);

/** The report codes imported into the gradebook, by assignment id. */
export const $gradebookCodes = persistentAtom<Record<string, string[]>>(
  'nn-course:teacher:gradebook:v1',
  {},
  {
    encode: JSON.stringify,
    decode: (text) => {
      try {
        const d = JSON.parse(text) as unknown;
        return d && typeof d === 'object' && !Array.isArray(d)
          ? (d as Record<string, string[]>)
          : {};
      } catch {
        return {};
      }
    },
  },
);

/** Whether the learner has an assignment. */
export const $hasAssignment = computed($assignment, (a) => a !== null);

/** Remembers an assignment the teacher made (newest first, each id once, at most 50). */
export function rememberMade(r: Remembered): void {
  $madeAssignments.set(
    [r, ...$madeAssignments.get().filter((x) => x.assignment.id !== r.assignment.id)].slice(0, 50),
  );
}
