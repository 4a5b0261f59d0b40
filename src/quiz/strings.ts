// Every sentence the polls and the progress views show, kept out of the logic
// so that a second language is one more table. `{name}` is filled from params.
import { formatNumber } from '../course/number.ts';
import type { Message } from './grade.ts';

/** The poll's words (English). */
export const pollText = {
  check: 'Check',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  invalid: 'Not graded yet.',
  yourAnswer: 'Your answer',
  attempts: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  firstTryRight: 'right on the first try',
  firstTryWrong: 'first try wrong',
  solvedBefore: 'You have answered this correctly.',
  triedBefore: 'Your last answer was not right yet. Try again.',
  explanation: 'Why',
  nowRunIt: 'Now run it:',
  widgetTask: 'Use the widget above, then press Check. The check reads its current settings.',
  rightChoice: 'right choice',
  wrongChoice: 'wrong choice',
  retry: 'Change your answer and check again whenever you like.',
  hint: 'Hint',
  noHint: 'Read the feedback above and go through the question step by step.',
  hintRetry: 'Change your answer and check again; the worked solution follows a second try.',
  showSolution: 'Show the solution',
} as const;

const messages: Record<string, string> = {
  correct: 'Well done.',
  incorrect: 'Read the feedback, then try again.',
  'choose-one': 'Choose an answer first.',
  'choose-some': 'Choose at least one answer first.',
  'multiple-partial':
    'Every right option, and nothing else, must be chosen. You chose {right} right and {wrong} wrong; {missing} right one(s) missing.',
  'empty-number': 'Type a number first, for example 0.5.',
  'not-a-number': '“{text}” is not a number; type something like 0.5, 2,43 or 1/64.',
  // {detail} is the number reader's own sentence naming what it did not understand.
  'not-understood': '{detail}',
  close: 'Close, but outside the tolerance: check your rounding and the last steps.',
  'sign-error': 'The size is right but the sign is not: check a minus sign.',
  percent:
    'That looks like a percentage; give it as a fraction between 0 and 1 (or type the % sign).',
  'unknown-check': 'This task cannot be graded here (no check named “{check}”).',
  'widget-missing':
    'The widget has not started yet: scroll to it, change a value, then check again.',
  'widget-field-error':
    'Not graded: the field(s) {fields} show an error. Fix the value there, then check again.',
  'gate-two-inputs': 'Use exactly two inputs (the calculator has {n} now).',
  'gate-need-step': 'Choose the unit step as the activation f.',
  'gate-wrong':
    'At x = ({x1}, {x2}) the weighted sum is {z} and the output {y}, but {gate} gives {t}.',
  'gate-right': 'All four input pairs give the outputs of {gate}.',
  // playground tasks
  'playground-dataset': 'Choose the {dataset} data set in the playground first.',
  'playground-too-many-units':
    'Your network has {units} hidden units; this task allows at most {max}. Use fewer units or layers.',
  'playground-below-goal':
    'With these weights the network classifies {acc}% of the test points right; the goal is {goal}%. Train longer or change a setting.',
  'playground-goal-met':
    'With these weights the network classifies {acc}% of the test points right, with {units} hidden units: goal reached.',
};

/** The sentence for a message code, with its params filled in (numbers formatted for reading). */
export function messageText(message: Message): string {
  const template = messages[message.code] ?? message.code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = message.params?.[name];
    return typeof v === 'number' ? formatNumber(v) : (v ?? '');
  });
}

/** Registers or replaces message templates (for a widget's own checks, or a translation). */
export function addMessages(more: Record<string, string>): void {
  Object.assign(messages, more);
}

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
} as const;

/** "1 lesson", "2 lessons": a count with its noun in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Fills `{key}` in a notice text. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}
