// Every sentence the class server says to a person, in one place.

/** Error messages by machine code. */
export const messages = {
  invalid_request: 'The request is not valid.',
  invalid_answer: 'That answer cannot be graded for this poll.',
  unknown_poll: 'There is no poll with that id in the course.',
  poll_not_live: 'That poll needs its lesson’s widget and cannot be run live.',
  poll_not_in_class: 'That poll is not among the polls of this class.',
  name_required: 'Please type a display name: this class does not allow anonymous learners.',
  unauthorized: 'The teacher secret or learner token is missing or wrong.',
  unknown_class: 'There is no live class with that join code. Check the code and try again.',
  unknown_run: 'There is no such poll run in this class.',
  not_found: 'There is no such API route.',
  run_locked: 'This poll is locked: answers can no longer change.',
  run_closed: 'This poll is closed: the teacher has moved on.',
  class_ended: 'This live class has ended.',
  invalid_transition: 'That step is not possible from the poll’s current state.',
  too_large: 'The request body is too large.',
  rate_limited: 'Too many requests: please wait a moment and try again.',
  no_class: 'There is no class with that code. Check the code and try again.',
  invalid_roster: 'The roster cannot be read.',
  invalid_assignment: 'The assignment is not well formed.',
  invalid_backup: 'The file is not a class backup this server can restore.',
  not_on_roster: 'That name is not on the class roster: ask your teacher for your personal link.',
  name_taken:
    'That name has already signed in on another device: ask your teacher for your personal link.',
  unknown_learner: 'There is no such learner in this class.',
  unknown_assignment: 'There is no such assignment in this class.',
  assignment_exists: 'This class already has an assignment with that id.',
  class_exists: 'A class with that code already exists on this server.',
  internal: 'Something went wrong on the class server; the error was logged.',
} as const;

/** The one line the server prints when it cannot start. */
export const cannotStart = (why: string) => `The class server cannot start: ${why}`;

/** Why the store did not open: which database (a PostgreSQL URL without its password), and what it said. */
export function storeUnopenable(databaseUrl: string | null, sqliteFile: string, detail: string) {
  if (databaseUrl === null)
    return `the SQLite file ${sqliteFile} cannot be used (${detail}). Set SQLITE_FILE to a database file, or a new file in a folder this user can write.`;
  let where = 'the DATABASE_URL';
  try {
    const u = new URL(databaseUrl);
    where = `${u.host}${u.pathname}`;
  } catch {
    // An unreadable URL: name the setting only.
  }
  return `the PostgreSQL database at ${where} cannot be opened (${detail}). Check that the server runs and DATABASE_URL is right.`;
}

/** What the server prints when it cannot take its address, by the system's error code. */
export function cannotListen(host: string, port: number, code: string | undefined, detail: string) {
  if (code === 'EADDRINUSE')
    return cannotStart(
      `${host}:${port} is already in use (another server, or a second "npm start"). Stop that one, or start this one on another port, e.g. PORT=${port + 1} npm start.`,
    );
  if (code === 'EACCES')
    return cannotStart(
      `this user may not listen on ${host}:${port}. Use a port above 1023, e.g. PORT=4321 npm start.`,
    );
  return cannotStart(`${host}:${port} cannot be listened on (${detail}).`);
}

/** What the server prints when it starts. */
export const listening = (url: string, store: string) =>
  `Class server on ${url} (store: ${store}). Press Ctrl+C to stop.`;
