// The learner's assignments (the one shown, and every one opened) and the
// teacher's own assignments, persisted in this browser's localStorage. (The
// gradebook's reports live in IndexedDB: see db.ts. The older gradebook's
// list of codes per assignment id is read once to carry it over.)
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { checkAssignment, type Assignment } from './assignment.ts';

/**
 * The assignment the builder made last on this page (not kept): what other islands on the
 * builder page act on, such as publishing it to a class, without the builder importing them.
 */
export const $justMade = atom<Assignment | null>(null);

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

const sameAssignment = (x: Remembered, y: Remembered) =>
  x.assignment.id === y.assignment.id && x.assignment.key === y.assignment.key;

const rememberedList = {
  encode: JSON.stringify,
  decode: (text: string) => {
    try {
      const list = JSON.parse(text) as unknown[];
      return (Array.isArray(list) ? list : [])
        .map((x) => readRemembered(JSON.stringify(x)))
        .filter((x) => x !== null);
    } catch {
      return [];
    }
  },
};

/** The assignment the learner has in view (null when none). */
export const $assignment = persistentAtom<Remembered | null>('nn-course:assignment:v1', null, {
  encode: JSON.stringify,
  decode: readRemembered,
});

/** Every assignment the learner opened, newest first (opening a second one keeps the first). */
export const $openedAssignments = persistentAtom<Remembered[]>(
  'nn-course:assignments:v2',
  [],
  rememberedList,
);

/** The learner's assignments: the one in view first (also when it predates the list), then the others. */
export const $learnerAssignments = computed([$assignment, $openedAssignments], (cur, list) =>
  cur && !list.some((x) => sameAssignment(x, cur)) ? [cur, ...list] : list,
);

/** Assignments this teacher made in this browser, newest first. */
export const $madeAssignments = persistentAtom<Remembered[]>(
  'nn-course:teacher:assignments:v1',
  [],
  rememberedList,
);

/** The report codes the older gradebook saved, by assignment id (read only, to carry them over). */
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

/** Runs a localStorage write; false when the browser refused it (storage full or blocked). */
function tryWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

/** Remembers an assignment the teacher made (newest first, each once, none pushed out); false if storage is full. */
export function rememberMade(r: Remembered): boolean {
  return tryWrite(() =>
    $madeAssignments.set([r, ...$madeAssignments.get().filter((x) => !sameAssignment(x, r))]),
  );
}

/** Shows an assignment to the learner and adds it to their list (the others stay); false if storage is full. */
export function openAssignment(r: Remembered): boolean {
  const list = $learnerAssignments.get().filter((x) => !sameAssignment(x, r));
  return tryWrite(() => {
    $openedAssignments.set([r, ...list]);
    $assignment.set(r);
  });
}

/** Removes an assignment from the learner's list; the next one (if any) is shown. */
export function forgetAssignment(r: Remembered): void {
  const list = $learnerAssignments.get().filter((x) => !sameAssignment(x, r));
  tryWrite(() => {
    $openedAssignments.set(list);
    const cur = $assignment.get();
    if (!cur || sameAssignment(cur, r)) $assignment.set(list[0] ?? null);
  });
}
