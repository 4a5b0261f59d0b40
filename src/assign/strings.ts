// Every sentence the assignment pages show, apart from logic (DESIGN.md: a
// second language replaces this file).
import type { CodeError } from './codec.ts';
import type { Flag } from './gradebook.ts';

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
  'too-large': () => 'too large (codes may be at most 20 000 characters)',
  'file-too-large': () => 'file too large (report files may be at most 200 KB)',
  'too-many': (n) => `more than ${n} reports at once; import the rest separately`,
  'unknown-version': () => 'made by a different version of the course (unknown report version)',
  malformed: () => 'not a readable report',
  'not-a-report': () => 'not a report of this course',
  integrity: () => 'altered or truncated: the integrity check failed',
  'other-assignment': (title) => `a report for another assignment${title ? ` (“${title}”)` : ''}`,
  duplicate: () => 'duplicate: this exact report is already imported',
  superseded: () => 'superseded by a newer report under the same name',
};

/** "3 days 4 hours left", "5 hours left", "overdue by 2 days", from milliseconds. */
export function timeLeft(due: number | null, now: number): string {
  if (due === null) return 'no due date';
  const ms = Math.abs(due - now);
  const h = Math.floor(ms / 3_600_000);
  const d = Math.floor(h / 24);
  const span =
    d > 0
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
