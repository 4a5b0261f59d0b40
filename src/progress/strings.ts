// Every sentence the progress views, the storage notice and the My progress
// page show, kept out of the logic so that a second language is one more table.

/** The words of the progress views and notices (English). */
export const progressText = {
  status: { 'not-started': 'not started', 'in-progress': 'in progress', complete: 'complete' },
  memory:
    'This browser does not let the course save your progress (private browsing, or storage is full). Your answers count for this visit only: export them from “My progress” before you leave.',
  corrupt: 'Your saved progress could not be read, so the course started afresh.',
  future:
    'Your saved progress was written by a newer version of the course, so this page started afresh.',
  kept: 'Nothing was deleted: the old data is kept in this browser under “{key}”.',
  noBackup:
    'Nothing was deleted: it was left in place, and nothing new will be saved over it during this visit.',
  dismiss: 'Dismiss',
  noticeLabel: 'About your saved progress',
  downloadKept: 'Download the kept copy',
  restoreKept: 'Restore what can be read',
  keptGone: 'The kept copy is no longer in this browser.',
  nothingToRestore:
    'Nothing in the kept copy can be read by this version of the course. Download it to keep it.',
  restored: (n: number, dropped: number, saved: 'saved' | 'memory' | 'no-room') =>
    saved === 'no-room'
      ? `The ${count(n, 'readable answer')} could not be restored: they do not fit in the room this browser gives the course.`
      : `Restored ${count(n, 'answer')} from the kept copy${dropped ? ` (${count(dropped, 'damaged answer')} left out)` : ''}${saved === 'memory' ? ', for this visit only' : ''}.`,
  yourProgress: 'Your progress',
  keptHere: 'Your progress is kept in this browser.',
  myProgress: 'My progress',
  meterLabel: 'Questions answered correctly',
  courseTotal: (
    lessonsDone: number,
    lessons: number,
    solved: number,
    polls: number,
    firstTry: number,
  ) =>
    `Your progress: ${lessonsDone} of ${count(lessons, 'lesson')} complete, ${solved} of ${count(polls, 'question')} answered correctly (${firstTry} on the first try).`,
  lessonScore: (solved: number, total: number, firstTry: number) =>
    `${solved} of ${total} answered correctly, ${firstTry} on the first try`,
  question: 'Question',
  result: 'Result',
  attemptsHeader: 'Attempts',
  lastHeader: 'Last answered',
  tableLabel: (n: number) => `Lesson ${n}: questions and results`,
  notTried: 'not tried',
  notYet: 'not right yet',
  rightFirst: 'correct, first try',
  rightAfter: (n: number) => `correct after ${count(n, 'attempt')}`,
  noPolls: 'This lesson has no questions.',
  loading: 'Reading your progress…',
  transferTitle: 'Save, move or reset your progress',
  transferIntro:
    'Your answers are kept in this browser only. Export them to a file to keep a copy or to move to another browser, and import that file there.',
  export: 'Export to a file',
  exported: (file: string) => `Saved as ${file}.`,
  importLabel: 'Import a progress file',
  importPreview: (attempts: number, polls: number, lessons: number, fresh: number, when: string) =>
    `The file holds ${count(attempts, 'answer')} to ${count(polls, 'question')} in ${count(lessons, 'lesson')}${when ? `, exported ${when}` : ''}; ${
      attempts === 1
        ? fresh === 1
          ? 'it is not in this browser yet'
          : 'it is already in this browser'
        : `${fresh} of them ${fresh === 1 ? 'is' : 'are'} not in this browser yet`
    }.`,
  merge: 'Merge with my progress',
  replace: 'Replace my progress',
  cancel: 'Cancel',
  imported: (n: number) => `Imported. You now have ${count(n, 'answer')} saved.`,
  importedMemory: (n: number) =>
    `Imported for this visit only: this browser does not let the course save progress, so your ${count(n, 'answer')} will be gone when you leave. Export them to a file first.`,
  importNoRoom: (n: number, chars: number) =>
    `The import could not be saved: its ${count(n, 'answer')} (about ${(chars / 1e6).toFixed(1)} million characters) do not fit in the room this browser gives the course. Nothing was imported; your saved progress is unchanged.`,
  importErrors: {
    'not-json': 'That file could not be read: it is not a JSON file.',
    'not-progress': 'That file is not a progress file of this course.',
    future: 'That file was made by a newer version of the course and cannot be read here.',
    corrupt: 'That file is damaged: {detail}.',
  },
  reset: 'Reset my progress',
  resetConfirm:
    'Erase every saved answer in this browser? This cannot be undone (export first to keep a copy).',
  resetYes: 'Yes, erase everything',
  resetNo: 'Keep my progress',
  resetDone: 'Your progress was reset.',
  pageDescription:
    'Which questions you have answered, lesson by lesson; export, import or reset your progress.',
  pageIntro:
    'Every question you check is saved in this browser. A lesson is complete when each of its questions has been answered correctly at least once; “first try” counts the questions you got right straight away.',
} as const;

/** "1 lesson", "2 lessons": a count with its noun in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Fills `{key}` in a notice text. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}
