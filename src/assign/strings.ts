// Every sentence the assignment pages show, apart from logic (DESIGN.md: a
// second language replaces this file).
import type { CodeError } from './codec.ts';
import type { Flag } from './gradebook.ts';
import { MAX_NAME, MAX_REPORT_CODE, MAX_REPORT_FILE } from './report.ts';

const mb = (n: number) => `${Math.round(n / 100_000) / 10} MB`;

/** Why an assignment link cannot be opened, in words. */
export const linkErrors: Record<CodeError, string> = {
  empty: 'There is no assignment in this link.',
  'too-large': 'This link is too long to be an assignment link of this course.',
  'unknown-version':
    'This assignment link was made by a different version of the course; ask your teacher for a new link.',
  malformed: 'This is not an assignment link of this course.',
  integrity: 'This assignment link is incomplete or was changed; copy the whole link again.',
};

/** Why a report row does not count, in words. */
export const flagText: Record<Flag, (detail?: string) => string> = {
  empty: () => 'empty',
  'too-large': () =>
    `too large: it holds more than any report of this course can (codes may be at most ${mb(MAX_REPORT_CODE)})`,
  'file-too-large': () => `file too large (report files may be at most ${mb(MAX_REPORT_FILE)})`,
  'name-too-long': () => `name too long (names may be at most ${MAX_NAME} characters)`,
  'too-many': (n) => `more than ${n} reports at once; import the rest separately`,
  'unknown-version': () => 'made by a different version of the course (unknown report version)',
  malformed: () => 'not a readable report',
  'not-a-report': () => 'not a report of this course',
  integrity: () => 'altered or truncated: the integrity check failed',
  'other-assignment': (title) => `a report for another assignment${title ? ` (“${title}”)` : ''}`,
  duplicate: () => 'duplicate: this exact report is already imported',
};

/** "3 days 4 h left", "5 h left", "overdue by 2 days", "about 3 months left", "more than 2 years left", from milliseconds. */
export function timeLeft(due: number | null, now: number): string {
  if (due === null) return 'no due date';
  const ms = Math.abs(due - now);
  const h = Math.floor(ms / 3_600_000);
  const d = Math.floor(h / 24);
  const years = Math.floor(d / 365.25);
  const months = Math.round(d / 30.44);
  const span =
    years >= 2
      ? `more than ${years} years`
      : d >= 60
        ? `about ${months} months`
        : d > 0
          ? `${d} day${d === 1 ? '' : 's'}${h % 24 ? ` ${h % 24} h` : ''}`
          : h > 0
            ? `${h} h`
            : `${Math.max(1, Math.floor(ms / 60_000))} min`;
  return due >= now ? `${span} left` : `overdue by ${span}`;
}

/** A due time as the reader's locale writes it. */
export function dueText(due: number | null): string {
  return due === null
    ? 'no due date'
    : new Date(due).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}

/** Why a link cannot be opened, with the flaw found in it when there is one. */
export function linkError(error: CodeError, detail?: string): string {
  return detail ? `${linkErrors[error]} It has ${detail}.` : linkErrors[error];
}

/** What the gradebook says when the browser did not save: why, what is at risk, what to do. */
export function storageText(quota: boolean, message: string, unsaved: number): string {
  const why = quota
    ? 'The browser’s storage for this site is full'
    : `The browser did not let this page save (${message})`;
  const risk =
    unsaved > 0
      ? `: ${unsaved} report(s) on this page are NOT saved and would be lost when you close it.`
      : '.';
  return `${why}${risk} Download a backup file now; then free some space (for example by removing reports of old assignments) and press “Try saving again”.`;
}

/** Where a learner is with an assignment of a class on the server. */
export type ClassStatus = 'not_started' | 'in_progress' | 'complete';

/** A class gradebook's status words (tables and CSV): handed in means every poll answered. */
export const STATUS_TEXT: Record<ClassStatus, string> = {
  complete: 'handed in',
  in_progress: 'not handed in',
  not_started: 'not started',
};
