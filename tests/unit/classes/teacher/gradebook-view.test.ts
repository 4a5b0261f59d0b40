// The teacher's class gradebook view on a worked class of three: Ana hands in late
// from two devices, Ben answers one poll of two, Cleo never starts. The gradebook
// comes from the server's own function; the expected rows, sorts and CSV lines are
// worked out by hand from the attempts below.
import { describe, expect, it } from 'vitest';
import { toClassCsv } from '../../../../src/assign/csv.ts';
import { answerDistribution } from '../../../../src/assign/distribution.ts';
import {
  answerText,
  asGraded,
  csvRow,
  deviceNumbers,
  shown,
  tableRows,
} from '../../../../src/classes/teacher/gradebook-view.ts';
import type { ClassGradebook } from '../../../../src/classes/teacher/types.ts';
import { gradebook } from '../../../../server/class-gradebook.ts';
import type { AttemptRow } from '../../../../server/store/class-repository.ts';
import type { Poll } from '../../../../src/quiz/poll-schema.ts';
import { assignment, polls } from '../../assign/fixtures.ts';

const due = Date.parse('2026-01-30T17:00:00Z');
const polled = ['p-single', 'p-numeric'];
const learners = [
  { learnerId: 'cl_ana', name: 'Ana' },
  { learnerId: 'cl_ben', name: 'Ben' },
  { learnerId: 'cl_cleo', name: 'Cleo' },
];
let seq = 0;
const attempt = (
  learnerId: string,
  pollId: string,
  response: unknown,
  correct: boolean,
  deviceId: string,
  at: string,
): AttemptRow => ({
  seq: ++seq,
  learnerId,
  attemptId: `att-${seq}-xxxx`,
  pollId,
  response: JSON.stringify(response),
  correct,
  deviceId,
  clientAt: null,
  receivedAt: `2026-01-30T${at}:00.000Z`,
});
const attempts = [
  attempt('cl_ana', 'p-single', 'a', false, 'laptop-ana', '16:00'),
  attempt('cl_ben', 'p-single', 'b', true, 'phone-ben1', '16:02'),
  attempt('cl_ana', 'p-single', 'b', true, 'laptop-ana', '16:05'),
  // Ana's last poll from her phone, half an hour after the due time: handed in late.
  attempt('cl_ana', 'p-numeric', '0.5', true, 'phone-ana1', '17:30'),
];
const singlePoll = {
  type: 'single',
  answer: 'b',
  options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
} as unknown as Poll;
const built = gradebook(
  { assignmentId: assignment.id, polls: polled, due },
  learners,
  attempts,
  new Map(),
  new Map([['p-single', singlePoll]]),
  Date.parse('2026-01-31T09:00:00Z'),
);
const gb = {
  ...built,
  code: 'ABC234',
  name: 'Group A',
  version: 4,
  generatedAt: '',
  assignment: { ...assignment, polls: polled, due, published: true },
} as ClassGradebook;
const [ana, ben, cleo] = gb.learners;

describe('the rows of the class gradebook', () => {
  it('are what the attempts say (checked by hand)', () => {
    expect([ana.status, ben.status, cleo.status]).toEqual([
      'complete',
      'in_progress',
      'not_started',
    ]);
    expect(ana.polls['p-single'].outcome).toBe('later');
    expect(ana.polls['p-numeric']).toEqual({ outcome: 'first', attempts: 1, late: true });
    expect([ana.late, ben.overdue, cleo.overdue]).toEqual([true, true, true]);
  });

  it('sort by completion, descending, names breaking ties', () => {
    const names = (s: Parameters<typeof tableRows>[1], desc: boolean) =>
      tableRows(gb.learners, s, desc).map((l) => l.name);
    expect(names({ by: 'completion' }, true)).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(names({ by: 'completion' }, false)).toEqual(['Cleo', 'Ben', 'Ana']);
    expect(names({ by: 'name' }, true)).toEqual(['Cleo', 'Ben', 'Ana']);
    // On the first poll Ben was right first time (rank 3), Ana later (2), Cleo never tried (0).
    expect(names({ by: 'poll', poll: 'p-single' }, true)).toEqual(['Ben', 'Ana', 'Cleo']);
    expect(names({ by: 'status' }, false)).toEqual(['Cleo', 'Ben', 'Ana']);
    // Not handed in sorts after every time.
    expect(names({ by: 'handedIn' }, false)).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(names({ by: 'late' }, true)).toEqual(['Ana', 'Ben', 'Cleo']);
  });

  it('filter by status, lateness and a part of the name', () => {
    const names = (f: Parameters<typeof tableRows>[3], text = '') =>
      tableRows(gb.learners, { by: 'name' }, false, f, text).map((l) => l.name);
    expect(names('complete')).toEqual(['Ana']);
    expect(names('in_progress')).toEqual(['Ben']);
    expect(names('not_started')).toEqual(['Cleo']);
    expect(names('late')).toEqual(['Ana']);
    expect(names('overdue')).toEqual(['Ben', 'Cleo']);
    expect(names('all', ' CL ')).toEqual(['Cleo']);
    expect(shown(ana, 'all', 'zed')).toBe(false);
  });

  it('number each learner’s devices in the order they first sent', () => {
    expect([...deviceNumbers(ana)]).toEqual([
      ['laptop-ana', 1],
      ['phone-ana1', 2],
    ]);
    expect(deviceNumbers(cleo).size).toBe(0);
  });
});

describe('the charts reuse the static gradebook’s distribution', () => {
  it('count the same first answers as the server does', () => {
    const graded = gb.learners.map((l) => asGraded(l, polled));
    expect(graded[0].polls['p-single']).toMatchObject({ firstAnswer: 'a', firstCorrect: false });
    expect(graded[2].polls['p-single'].firstAnswer).toBeNull();
    const bars = answerDistribution(polls['p-single'], graded);
    expect(bars.map((b) => [b.label, b.count, b.correct])).toEqual([
      ['up', 1, false],
      ['down', 1, true],
      ['sideways', 0, false],
    ]);
    expect(bars.map((b) => b.count)).toEqual(gb.polls[0].distribution.map((d) => d.count));
    const numeric = answerDistribution(polls['p-numeric'], graded);
    expect(numeric).toEqual([{ label: '0.5', count: 1, correct: true }]);
  });
});

describe('the class CSV', () => {
  const lines = (layout: 'full' | 'moodle' | 'canvas') =>
    toClassCsv(gb.learners.map(csvRow), gb.assignment, layout).slice(1).split('\r\n');

  it('starts with a byte-order mark', () => {
    expect(toClassCsv([], gb.assignment).charCodeAt(0)).toBe(0xfeff);
  });

  it('holds the full table, one line per learner (worked by hand)', () => {
    expect(lines('full')).toEqual([
      'name,status,handed in (UTC),late,due (UTC),extended,completion %,right first time,right later,wrong,not tried,late attempts,devices,p-single,p-single late,p-numeric,p-numeric late',
      'Ana,handed in,2026-01-30 17:30:00,late,2026-01-30 17:00:00,,100,1,1,0,0,1,2,right later,,right first time,late',
      'Ben,not handed in,,overdue,2026-01-30 17:00:00,,50,1,0,0,1,0,1,right first time,,not tried,',
      'Cleo,not started,,overdue,2026-01-30 17:00:00,,0,0,0,0,2,0,0,not tried,,not tried,',
      '',
    ]);
  });

  it('holds Moodle’s and Canvas’s import columns, the grade out of 100', () => {
    expect(lines('moodle')).toEqual([
      'Identifier,Read lessons 6 and 7',
      'Ana,100',
      'Ben,50',
      'Cleo,0',
      '',
    ]);
    expect(lines('canvas')).toEqual([
      'Student,ID,SIS User ID,SIS Login ID,Section,Read lessons 6 and 7',
      'Ana,,,,,100',
      'Ben,,,,,50',
      'Cleo,,,,,0',
      '',
    ]);
  });

  it('marks an extension and neutralises a formula in a name', () => {
    const row = { ...csvRow(cleo), name: '=HYPERLINK("x")', extended: true, due: null };
    const [, line] = toClassCsv([row], gb.assignment).slice(1).split('\r\n');
    expect(line).toBe(
      `"'=HYPERLINK(""x"")",not started,,overdue,,extended,0,0,0,0,2,0,0,not tried,,not tried,`,
    );
  });
});

describe('an attempt’s answer in words', () => {
  it('names a choice by its label, a multiple choice by each, a typed number as typed', () => {
    const options = polls['p-single'].options;
    expect(answerText('b', options)).toBe('down');
    expect(answerText(['a', 'c'], options)).toBe('up; sideways');
    expect(answerText('0.5')).toBe('0.5');
    expect(answerText({ w: [1, 2] })).toBe('{"w":[1,2]}');
  });
});
