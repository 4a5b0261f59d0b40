// A class roster from what a teacher pastes: a list of names or ids (one a
// line), or CSV with a header row (e.g. an LMS export), comma, semicolon or tab.
import { ApiError } from './errors.ts';
import { cleanName, NAME_MAX } from './names.ts';

/** The most learners a class holds. */
export const MAX_ROSTER = 500;

/** A name folded for matching what a learner types to the roster (case and spacing ignored). */
export function rosterKey(name: string): string {
  return (cleanName(name) ?? '').toLowerCase();
}

const NAME_HEADERS = ['name', 'full name', 'display name', 'student', 'learner', 'student name'];
const ID_HEADERS = [
  'id',
  'student id',
  'username',
  'user name',
  'email',
  'login id',
  'sis user id',
];

/** The fields of one CSV line (double quotes, "" inside quotes). */
export function csvFields(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((cur += '"'), i++);
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') ((quoted = true), (cur = ''));
    else if (ch === sep) (out.push(cur.trim()), (cur = ''));
    else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** How to turn a header row into a name, or null when the first line is not a header. */
function headerPicker(first: string): { sep: string; pick: (f: string[]) => string } | null {
  for (const sep of [',', ';', '\t']) {
    const h = csvFields(first, sep).map((x) => x.toLowerCase().replace(/^\ufeff/, ''));
    const firstName = h.indexOf('first name');
    const lastName = h.indexOf('last name');
    if (firstName >= 0 && lastName >= 0)
      return { sep, pick: (f) => `${f[firstName] ?? ''} ${f[lastName] ?? ''}` };
    const col = [...NAME_HEADERS, ...ID_HEADERS].map((n) => h.indexOf(n)).find((i) => i >= 0);
    if (col !== undefined) return { sep, pick: (f) => f[col] ?? '' };
  }
  return null;
}

/**
 * The names of a roster, cleaned like display names, in order; `text` is one name
 * a line unless its first line is a CSV header naming a name or id column.
 * Blank lines are skipped; a name twice or too long is an error naming its line.
 */
export function parseRoster(input: string | string[]): string[] {
  const lines = typeof input === 'string' ? input.split(/\r\n|\r|\n/) : input;
  const header = typeof input === 'string' && lines.length ? headerPicker(lines[0]) : null;
  const names: string[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    if (header && i === 0) return;
    const raw = header
      ? header.pick(csvFields(line, header.sep))
      : line.replace(/^\ufeff/, '').replace(/^"(.*)"$/, '$1');
    const where = typeof input === 'string' ? `line ${i + 1}` : `entry ${i + 1}`;
    if (raw.trim() === '') return;
    const name = cleanName(raw);
    if (name === null) return;
    if ([...raw.trim()].length > NAME_MAX)
      throw new ApiError(
        'invalid_roster',
        `Roster ${where}: “${name}…” is longer than ${NAME_MAX} characters.`,
      );
    const key = rosterKey(name);
    const before = seen.get(key);
    if (before !== undefined)
      throw new ApiError(
        'invalid_roster',
        `Roster ${where}: “${name}” is listed twice (also ${typeof input === 'string' ? 'line' : 'entry'} ${before}).`,
      );
    seen.set(key, i + 1);
    names.push(name);
  });
  if (names.length > MAX_ROSTER)
    throw new ApiError(
      'invalid_roster',
      `The roster has ${names.length} names; a class holds at most ${MAX_ROSTER}.`,
    );
  return names;
}
