// Every word the live pages show, kept out of the logic so that a second
// language is one more table.

/** Words both live pages use. */
export const common = {
  checking: 'Looking for the class server…',
  needServerTitle: 'Live polls need the class server',
  needServer:
    'This copy of the course is served as static pages, so there is no class server to talk to. Live polls need it: in a checkout of the course, run',
  needServerCommand: 'npm start',
  needServerAfter:
    'and open this page from the address it prints. The lessons and their polls work without it.',
  status: { connecting: 'Connecting…', live: 'Connected', offline: 'Offline: reconnecting…' },
  loadBankFailed: 'The poll bank could not be loaded. Reload the page to try again.',
} as const;

/** The presenter's words. */
export const hostText = {
  pickTitle: 'Open a live class',
  classTitle: 'Title of the class',
  defaultTitle: 'Neural networks: live polls',
  allowAnonymous: 'Learners may join without a name',
  lectureGroup: 'From the lecture',
  chosen: (n: number) =>
    n === 1 ? '1 poll chosen, in this order:' : `${n} polls chosen, in this order:`,
  noneChosen: 'Choose at least one poll.',
  moveUp: (title: string) => `Move up: ${title}`,
  moveDown: (title: string) => `Move down: ${title}`,
  widgetPoll: 'needs its widget, cannot run live',
  create: 'Open the class',
  creating: 'Opening…',
  resume: (code: string) => `Resume class ${code}`,
  joinAt: 'Join at',
  joinCode: 'Join code',
  qrLabel: (url: string) => `QR code that opens ${url}`,
  learners: (n: number) => (n === 1 ? '1 learner' : `${n} learners`),
  answered: (n: number, of: number) => `${n} of ${of} answered`,
  pollOf: (i: number, n: number) => `Poll ${i} of ${n}`,
  waiting: 'No poll is open yet. Open the first one when the class has joined.',
  openFirst: 'Open the first poll',
  show: 'Show results',
  hide: 'Hide results',
  hidden: 'Results are hidden, so that nobody follows the crowd. Show them when you are ready.',
  lock: 'Lock answers',
  unlock: 'Unlock answers',
  reveal: 'Reveal the answer',
  next: 'Next poll',
  end: 'End the class',
  endConfirm: 'End the class now? Learners can no longer answer.',
  ended: 'The class has ended. Download the results below.',
  locked: 'Answers are locked.',
  histogramLabel: 'Answers per choice',
  numericLabel: 'Answers per range',
  noAnswers: 'No answers yet.',
  unparsed: (n: number) => `${n} answer(s) that are not numbers`,
  bar: (label: string, count: number, right: boolean) =>
    `${label}: ${count} ${count === 1 ? 'answer' : 'answers'}${right ? ', the right answer' : ''}`,
  answerIs: 'The answer:',
  rightMark: 'right answer',
  why: 'Why',
  runIt: (title: string) => `Now run it: ${title}`,
  runItHint: 'The class predicted; now the network shows who was right.',
  closeExperiment: 'Close the experiment',
  downloadCsv: 'Download results (CSV)',
  downloadJson: 'Download results (JSON)',
  secretKept:
    'The teacher key of this class is kept in this browser only; whoever has it can run the class.',
  forget: 'Forget this class',
  lostClass: 'This browser has no key for that class any more. Open a new class.',
} as const;

/** The learner's words. */
export const learnText = {
  title: 'Join a live class',
  codeLabel: 'Join code',
  codeHint: 'Six letters and digits, shown on the projector.',
  codeBad: 'A join code has six letters and digits, for example K7QM2P.',
  nameLabel: 'Your name',
  nameHint: 'Shown to the teacher only.',
  nameOptional: 'Your name (optional: leave it empty to stay anonymous)',
  join: 'Join',
  joining: 'Joining…',
  joinedAs: (name: string | null) => (name ? `You joined as ${name}.` : 'You joined anonymously.'),
  waiting: 'Waiting for the teacher to open a poll…',
  send: 'Send my answer',
  sent: 'Your answer is in. You can change it until the teacher locks the poll.',
  pending: 'Your answer is kept on this phone and will be sent as soon as you are back online.',
  refused: 'Your answer came too late: the poll was already locked.',
  locked: 'The poll is locked. Wait for the answer.',
  lockedNoAnswer: 'The poll is locked; you did not answer this one.',
  revealed: 'The answer is out.',
  youWereRight: 'You were right.',
  youWereWrong: 'Not this time.',
  youSkipped: 'You did not answer this one.',
  answerIs: 'The answer:',
  why: 'Why',
  ended: 'The class has ended. Thank you for taking part!',
  leave: 'Leave this class',
} as const;
