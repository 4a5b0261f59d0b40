// Every word the class pages and the class banner show, kept out of the logic.
import type { LinkFlaw } from './link.ts';

/** Words of the API client. */
export const apiText = {
  noAnswer: 'The class server did not answer. Check the connection and try again.',
  badReply: (status: number) => `The class server sent an unexpected reply (HTTP ${status}).`,
} as const;

/** Why a personal link cannot be used. */
export const linkFlaws: Record<LinkFlaw, string> = {
  'too-long': 'This link is far longer than a class link, so it was not used.',
  repeated: 'This link names its class or its key twice, so it was not used.',
  'bad-code': 'This link has no valid class code (six letters and digits), so it was not used.',
  'bad-token':
    'The personal key in this link is damaged, so it was not used. Open the link again from your teacher’s message.',
  'no-code': 'This link has a personal key but no class code, so it was not used.',
};

/** The status words of one assignment. */
export const statusText = {
  handedIn: (time: string) => `handed in ✓ at ${time}`,
  handedInOn: (day: string, time: string) => `handed in ✓ on ${day} at ${time}`,
  inProgress: (answered: number, of: number) => `in progress: ${answered} of ${of}`,
  notStarted: 'not started',
  late: 'late',
  overdue: 'overdue',
  waiting: (n: number) =>
    n === 1 ? '1 answer waiting to be sent' : `${n} answers waiting to be sent`,
  outcome: {
    first: 'right first time',
    later: 'right after a wrong try',
    wrong: 'answered, not right yet',
    none: 'not answered yet',
  },
} as const;

/** Words of the /class/ page. */
export const pageText = {
  checking: 'Looking for the class server…',
  needServerTitle: 'Classes need the class server',
  needServer:
    'This copy of the course is served as static pages, so there is no class server to sign in to. Your class link works where your teacher runs the course with',
  needServerCommand: 'npm start',
  needServerAfter:
    '. The lessons and their polls work here too, and your progress stays in this browser.',
  signingIn: 'Signing in…',
  unknownClass:
    'There is no class with this code on this server. Check the link with your teacher.',
  revoked:
    'This personal link no longer works: your teacher has replaced or withdrawn it. Ask your teacher for your new link.',
  nothingStored: 'Nothing was kept in this browser.',
  storageFull: 'This browser will not keep the sign-in (its storage is full or blocked).',
  noLinkTitle: 'Join your class',
  noLink:
    'Open the personal link your teacher gave you, or join with the class code and your name as it is on the class list.',
  codeLabel: 'Class code',
  codeHint: 'Six letters and digits, for example ABC234.',
  badCode: 'A class code has six letters and digits (no 0, O, 1, I or L).',
  findClass: 'Find the class',
  nameLabel: 'Your name',
  nameHintRoster: 'As it is on the class list.',
  nameHintNew: 'As it is on the class list; a name not on it is added as a new learner.',
  nameRequired: 'Type your name.',
  join: 'Join',
  joining: 'Joining…',
  joinClass: (name: string) => `Join “${name}”`,
  signedInAs: 'Signed in as',
  classLabel: 'Class',
  signOut: 'Sign out of this class',
  signOutConfirm: (n: number) =>
    n > 0
      ? `Sign out of this class in this browser? ${n} answer${n === 1 ? '' : 's'} not sent yet will be sent when you sign in again with your link.`
      : 'Sign out of this class in this browser? Your link signs you in again.',
  signedOut: 'Signed out. Your answers stay in this browser’s progress.',
  assignmentsTitle: 'Your assignments',
  noAssignments: 'Your teacher has not published an assignment yet.',
  due: 'Due',
  noDue: 'no due date',
  read: 'Read',
  answer: 'Answer',
  wholeLesson: 'the whole lesson',
  missingLesson: (id: string) => `${id} (no longer in the course)`,
  missingPoll: (id: string) => `${id} (no longer in the course)`,
  lessonN: (n: number, title: string) => `Lesson ${n}: ${title}`,
  earlierSent: (n: number) =>
    n === 1
      ? 'One answer you gave before signing in was sent to your class too.'
      : `${n} answers you gave before signing in were sent to your class too.`,
  refusedTitle: 'Answers the class server did not take',
  refusedItem: (poll: string, why: string) => `${poll}: ${why}`,
  refusedWhy: {
    invalid_answer: 'this answer cannot be graded by the class server.',
    poll_not_in_class: 'this poll is no longer in a published assignment of your class.',
    unknown_poll: 'this poll is no longer in the course.',
  } as Record<string, string>,
  offlineNote:
    'The class server cannot be reached just now; the status shown is from your last visit.',
  moveTitle: 'Use another device',
  moveText:
    'Scan this code with your phone or tablet, or open the link there, to answer from it as well; your answers from every device count together.',
  moveWarning:
    'This code and this link are your account: whoever opens them answers as you. Do not share or post them.',
  linkLabel: 'Your personal link',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copying is not allowed here: select the link and copy it by hand.',
  qrAlt: 'QR code of your personal class link',
  refreshed: (time: string) => `Status as of ${time}.`,
  refresh: 'Refresh status',
  gone: 'Your sign-in to this class no longer works (the class was deleted, or your link withdrawn). You are signed out in this browser.',
} as const;

/** Words of the banner on lesson pages. */
export const bannerText = {
  label: 'Your class assignment',
  assignment: 'Class assignment:',
  onThisPage: 'Polls on this page',
  open: 'Open your class page',
} as const;
