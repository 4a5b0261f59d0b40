// Every sentence of the teacher's class pages (DESIGN.md: a second language replaces this file).
import type { Filter } from './gradebook-view.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the page says before and around everything else. */
export const pageText = {
  checking: 'Looking for the class server…',
  needServerTitle: 'Classes need the class server',
  needServer:
    'This page keeps classes, rosters and gradebooks on the course’s class server, and this copy of the course is served without it. Run the course with',
  needServerCommand: 'npm start',
  needServerAfter:
    'on your own machine or a server, then open this page there. Assignments by link and the gradebook in your browser work without it.',
  kept: 'The teacher secret of each class is kept in this browser only (the server keeps just a hash of it). Another browser opens a class with its code and secret, or from a backup file.',
  storageRefused:
    'This browser did not let the page save the class’s secret: note the code and secret below now, or download a backup, or you lose access when you close the page.',
};

/** The list of classes and how to add one. */
export const homeText = {
  listTitle: 'Your classes in this browser',
  none: 'No class is kept in this browser yet.',
  open: (name: string) => `Open ${name}`,
  forget: (name: string) => `Forget ${name} in this browser`,
  forgetAsk: (name: string, code: string) =>
    `Forget “${name}” (${code}) in this browser? The class stays on the server, but you need its code and secret, or a backup, to open it again.`,
  createTitle: 'Create a class',
  name: 'Name of the class',
  allowNewNames: 'Let learners who are not on the roster join with a new name',
  roster: 'Roster (optional): one name or id a line, or CSV with a header row',
  rosterHint:
    'A CSV export from Moodle or Canvas works: the column “name”, “student”, “id”, “username” or “email”, or “First name” and “Last name”, is used.',
  create: 'Create the class',
  creating: 'Creating the class…',
  needName: 'Give the class a name.',
  created: (name: string, n: number) =>
    `Class “${name}” created with ${plural(n, 'learner')}. Its secret is kept in this browser.`,
  secretShown: 'Teacher secret (shown here; keep a copy somewhere safe)',
  openTitle: 'Open a class with its code and secret',
  code: 'Class code',
  secret: 'Teacher secret',
  openButton: 'Open the class',
  badCode: 'A class code has six letters and digits, like ABC234.',
  badSecret:
    'That is not a teacher secret of this course (it is a long string of letters, digits, “-” and “_”).',
  restoreTitle: 'Restore a class from a backup file',
  restoreFile: 'Backup file (JSON)',
  restoring: 'Restoring…',
  restored: (name: string, n: number) =>
    `Class “${name}” restored with ${plural(n, 'learner')}. Open it with its secret (the backup does not hold it).`,
  fileUnreadable: 'The file could not be read.',
};

/** The class view. */
export const classText = {
  back: 'All classes',
  loading: 'Loading the class…',
  lost: (code: string) =>
    `The server does not accept the secret kept here for class ${code} (wrong secret, or the class was deleted).`,
  codeLine: (code: string) => `Class code ${code}`,
  joinLink: 'Join by code (for learners not on the roster)',
  settingsTitle: 'Name and joining',
  rename: 'Name of the class',
  save: 'Save',
  saved: 'Saved.',
  allowNewNames: 'Learners not on the roster may join with a new name',
};

/** The roster. */
export const rosterText = {
  title: 'Roster and personal links',
  intro:
    'Each learner opens their own link on every device they use; their answers merge. Treat a link like a password: whoever has it answers as that learner.',
  tableLabel: 'Roster: learners, links and devices',
  caption: (n: number) => `${plural(n, 'learner')}.`,
  name: 'Name',
  sourceJoined: 'joined by code',
  sourceRoster: 'on the roster',
  link: 'Personal link',
  devices: 'Devices',
  actions: 'Actions',
  noLink: (joined: boolean) => (joined ? 'none (joined by code)' : 'revoked'),
  deviceCount: (n: number, last?: string) =>
    n === 0 ? 'none yet' : `${plural(n, 'device')}${last ? `, last seen ${last}` : ''}`,
  copy: (name: string) => `Copy the link of ${name}`,
  copied: (name: string) => `Link of ${name} copied.`,
  copyRefused: 'Copying is not allowed here: select the link and copy it by hand.',
  qr: (name: string) => `QR code of ${name}`,
  qrAlt: (name: string) => `QR code of the personal link of ${name}`,
  revoke: (name: string) => `Revoke the links of ${name}`,
  revokeAsk: (name: string) =>
    `Revoke every link and device of ${name}? Their answers stay; they cannot send more until you reissue a link.`,
  revoked: (name: string) => `Links of ${name} revoked.`,
  reissue: (name: string) => `New link for ${name}`,
  reissueAsk: (name: string) =>
    `Make a new link for ${name}? Their old link and devices stop working at once.`,
  reissued: (name: string) => `New link made for ${name}; the old one no longer works.`,
  addTitle: 'Add learners',
  add: 'Add to the roster',
  addLabel: 'Names or ids, one a line (or CSV with a header row)',
  added: (n: number) => `${plural(n, 'learner')} added.`,
  print: 'Print a sheet of all links',
  sheetTitle: (name: string) => `Personal links: ${name}`,
  sheetNote: 'Cut along the lines and hand each learner their own link.',
};

/** Assignments of the class. */
export const assignText = {
  title: 'Assignments',
  none: 'No assignment yet. Make one in the assignment builder and publish it to this class.',
  builder: 'Open the assignment builder',
  listLabel: 'Assignments of this class',
  due: (text: string) => `due ${text}`,
  unpublished: 'not published (learners do not see it)',
  publish: (title: string) => `Publish ${title}`,
  published: (title: string) => `“${title}” published.`,
  show: (title: string) => `Gradebook of ${title}`,
  dueTitle: 'Due date',
  dueAll: 'Due for everyone (your local time; empty for none)',
  saveDue: 'Set the due date for everyone',
  dueSaved: 'Due date changed for everyone; the links stay the same.',
  extTitle: 'Extension for one learner',
  extLearner: 'Learner',
  extDue: 'Their own due time (your local time)',
  saveExt: 'Set the extension',
  removeExt: 'Remove the extension',
  extSaved: (name: string) => `Extension for ${name} saved.`,
  extRemoved: (name: string) => `Extension for ${name} removed.`,
  badDate: 'That is not a valid date.',
};

/** The class gradebook. */
export const gradebookText = {
  title: (t: string) => `Gradebook: ${t}`,
  loading: 'Loading the gradebook…',
  live: (time: string) =>
    `Up to date at ${time}; checked every 5 seconds while this page is visible.`,
  paused: 'Paused while this page is hidden.',
  summary: (s: {
    complete: number;
    in_progress: number;
    not_started: number;
    late: number;
    overdue: number;
  }) =>
    `${s.complete} handed in (${s.late} late), ${s.in_progress} not handed in, ${s.not_started} not started; ${s.overdue} overdue.`,
  tableLabel: 'Class gradebook: learners by polls',
  caption: (shown: number, all: number) =>
    `${shown} of ${plural(all, 'learner')}. ✓ right first time, ✓ later: right after a wrong answer, ✗ wrong, – not tried.`,
  name: 'Name',
  status: 'Status',
  completion: 'Completion',
  late: 'Late',
  handedIn: 'Handed in',
  poll: (i: number) => `Poll ${i}`,
  onTime: 'on time',
  lateText: (n: number, handedInLate: boolean) =>
    [handedInLate ? 'handed in late' : '', n > 0 ? `${plural(n, 'late attempt')}` : '']
      .filter(Boolean)
      .join(', ') || 'on time',
  overdue: 'overdue',
  extended: 'extended',
  filter: 'Show',
  filters: {
    all: 'everyone',
    complete: 'handed in',
    in_progress: 'not handed in',
    not_started: 'not started',
    late: 'late',
    overdue: 'overdue',
  } satisfies Record<Filter, string>,
  search: 'Name contains',
  csv: 'CSV columns',
  csvLayouts: {
    full: 'every poll (full table)',
    moodle: 'Moodle grade import',
    canvas: 'Canvas grade import',
  },
  download: 'Download CSV',
  chartsTitle: 'Answers of the class, poll by poll',
  chartsNote:
    'Each learner’s first answer counts, so a common misconception shows as a long bar on a wrong answer.',
  attemptsTitle: 'Attempts, learner by learner',
  attemptsOf: (name: string, n: number) => `${name}: ${plural(n, 'attempt')}`,
  noAttempts: 'No attempts yet.',
  attempt: (o: {
    time: string;
    poll: string;
    answer: string;
    correct: boolean;
    device: number;
    late: boolean;
  }) =>
    `${o.time} · ${o.poll} · ${o.answer} · ${o.correct ? '✓ right' : '✗ wrong'} · device ${o.device}${o.late ? ' · late' : ''}`,
};

/** Backup, restore, delete. */
export const keepText = {
  title: 'Back up or delete this class',
  backupNote:
    'The backup file holds the roster, every learner’s answers, the assignments and a hash of the secret: keep it like a gradebook.',
  backup: 'Download a backup (JSON)',
  backedUp: 'Backup downloaded.',
  deleteNote:
    'Deleting the class deletes every learner’s data on the server: the roster, their links and devices, the assignments, extensions and every answer. Only a backup brings it back.',
  delete: 'Delete the class and every learner’s data',
  deleteAsk: (name: string, n: number) =>
    `Delete “${name}” and every learner’s data (${plural(n, 'learner')}, all their answers)? This cannot be undone except from a backup.`,
  deleted: (name: string, learners: number, attempts: number) =>
    `Class “${name}” deleted with ${plural(learners, 'learner')} and ${plural(attempts, 'attempt')}.`,
  forget: 'Forget this class in this browser',
};

/** The builder's "publish to a class" step. */
export const publishText = {
  title: 'Publish to a class',
  intro:
    'With the class server, publish this assignment to one of your classes: its learners see it through their personal links, and their answers arrive in the class gradebook.',
  noServer: 'Publishing to a class needs the class server (run the course with npm start).',
  noClass: 'No class is kept in this browser yet:',
  makeClass: 'create a class',
  choose: 'Class',
  publish: 'Publish to this class',
  publishing: 'Publishing…',
  done: (title: string, name: string) => `“${title}” is published to ${name}.`,
  openClass: 'Open the class',
};
