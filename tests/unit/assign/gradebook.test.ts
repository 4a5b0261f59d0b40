import { describe, expect, it } from 'vitest';
import { gradeReport } from '../../../src/assign/grading.ts';
import { answerDistribution } from '../../../src/assign/distribution.ts';
import { counting, readReports, sortReports } from '../../../src/assign/gradebook.ts';
import { csvField, toCsv } from '../../../src/assign/csv.ts';
import { encodeReport, reportFile, type Report } from '../../../src/assign/report.ts';
import { assignment, polls } from './fixtures.ts';

const report = (name: string, attempts: Report['attempts'], createdAt = 2000): Report => ({
  assignment: assignment.id,
  title: assignment.title,
  name,
  createdAt,
  attempts,
});
// Ada: single right first time; numeric wrong then right, the right one late; multi not tried.
const ada = report('Ada', [
  { poll: 'p-single', answer: 'b', at: 10 },
  { poll: 'p-numeric', answer: '5', at: 20 },
  { poll: 'p-numeric', answer: 'abc', at: 25 }, // cannot be graded: not an attempt
  { poll: 'p-numeric', answer: '0.5', at: 1500 },
]);
// Bob: single wrong twice; multi right first time.
const bob = report('Bob', [
  { poll: 'p-single', answer: 'a', at: 10 },
  { poll: 'p-single', answer: 'c', at: 11 },
  { poll: 'p-multi', answer: ['y', 'x'], at: 12 },
]);

describe('gradeReport', () => {
  it('grades raw answers with the course grader', () => {
    const g = gradeReport(ada, assignment, polls);
    expect(g.polls['p-single']).toMatchObject({ outcome: 'first', attempts: 1, late: false });
    expect(g.polls['p-numeric']).toMatchObject({
      outcome: 'later',
      attempts: 2,
      firstAnswer: '5',
      late: true,
    });
    expect(g.polls['p-multi']).toMatchObject({ outcome: 'none', attempts: 0 });
    expect(g.counts).toEqual({ first: 1, later: 1, wrong: 0, none: 1 });
    expect(g.completion).toBeCloseTo(2 / 3);
    expect(g.lateAttempts).toBe(1);
    const b = gradeReport(bob, assignment, polls);
    expect(b.counts).toEqual({ first: 1, later: 0, wrong: 1, none: 1 });
  });

  it('ignores attempts at polls outside the assignment', () => {
    const g = gradeReport(report('Cy', [{ poll: 'other', answer: 'b', at: 1 }]), assignment, polls);
    expect(g.counts.none).toBe(3);
  });
});

describe('readReports', () => {
  it('imports good reports and refuses the rest with reasons', async () => {
    const adaCode = await encodeReport(ada, assignment);
    const bobCode = await encodeReport(bob, assignment);
    const other = await encodeReport(
      { ...bob, assignment: 'zzzz-9', title: 'Another' },
      { ...assignment, id: 'zzzz-9' },
    );
    const tampered = adaCode.slice(0, 20) + (adaCode[20] === 'A' ? 'B' : 'A') + adaCode.slice(21);
    const { accepted, refused } = await readReports(
      [
        { label: 'ada.json', text: reportFile(ada, adaCode) },
        { label: 'pasted 1', text: bobCode },
        { label: 'pasted 2', text: bobCode },
        { label: 'other.json', text: other },
        { label: 'pasted 3', text: tampered },
        { label: 'pasted 4', text: adaCode.slice(0, 40) },
        { label: 'notes.txt', text: 'hello' },
        { label: 'big.json', text: '', bytes: 20_000_000 },
        { label: 'pasted 5', text: adaCode.replace('nnR1.', 'nnR7.') },
      ],
      assignment,
    );
    expect(accepted.map((x) => `${x.source}: ${x.report.name}`)).toEqual([
      'ada.json: Ada',
      'pasted 1: Bob',
    ]);
    expect(refused.map((r) => `${r.source}: ${r.flag}`)).toEqual([
      'pasted 2: duplicate',
      'other.json: other-assignment',
      'pasted 3: integrity',
      'pasted 4: integrity',
      'notes.txt: not-a-report',
      'big.json: file-too-large',
      'pasted 5: unknown-version',
    ]);
    // What is already saved counts as known: importing it again is a duplicate, not a second row.
    const again = await readReports(
      [{ label: 'p', text: adaCode }],
      assignment,
      new Set([adaCode]),
    );
    expect(again).toEqual({
      accepted: [],
      refused: [{ source: 'p', flag: 'duplicate', name: 'Ada' }],
    });
  });

  it('gives "name too long" and "too large" their own reasons', async () => {
    const { encodeCode } = await import('../../../src/assign/codec.ts');
    const { assignmentKey } = await import('../../../src/assign/assignment.ts');
    const long = await encodeCode(
      'nnR1.',
      { ...bob, name: 'x'.repeat(10_000) },
      assignmentKey(assignment),
    );
    const bomb = await encodeCode(
      'nnR1.',
      { ...bob, attempts: [{ poll: 'p-single', answer: 'a'.repeat(9_000_000), at: 1 }] },
      assignmentKey(assignment),
    );
    const { refused } = await readReports(
      [
        { label: 'long', text: long },
        { label: 'bomb', text: bomb },
      ],
      assignment,
    );
    expect(refused).toEqual([
      { source: 'long', flag: 'name-too-long' },
      { source: 'bomb', flag: 'too-large' },
    ]);
  });
});

describe('counting', () => {
  const kept = (name: string, createdAt: number, importedAt: number, chosenAt?: number) => ({
    report: report(name, [], createdAt),
    importedAt,
    chosenAt,
  });
  it('counts the newest report per name and keeps the older ones', () => {
    const old = kept('Ada', 1000, 5);
    const newer = kept(' ada ', 3000, 1);
    const bob1 = kept('Bob', 1000, 1);
    expect(counting([old, newer, bob1])).toEqual({ counted: [newer, bob1], older: [old] });
  });
  it('counts the one the teacher chose, even when older', () => {
    const old = kept('Ada', 1000, 5, 99);
    const newer = kept('Ada', 3000, 1);
    expect(counting([old, newer])).toEqual({ counted: [old], older: [newer] });
  });
});

describe('table, CSV and chart', () => {
  const graded = [gradeReport(bob, assignment, polls), gradeReport(ada, assignment, polls)];
  it('sorts by name, completion and a poll', () => {
    expect(sortReports(graded, { by: 'name' }, false).map((g) => g.name)).toEqual(['Ada', 'Bob']);
    expect(sortReports(graded, { by: 'completion' }, true).map((g) => g.name)).toEqual([
      'Ada',
      'Bob',
    ]);
    expect(sortReports(graded, { by: 'poll', poll: 'p-multi' }, true).map((g) => g.name)).toEqual([
      'Bob',
      'Ada',
    ]);
  });

  it('writes CSV with a byte-order mark, report times and late flags, that a spreadsheet cannot run', () => {
    const csv = toCsv(sortReports(graded, { by: 'name' }, false), assignment);
    expect(csv.startsWith('\uFEFFname,')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'name,handed in (UTC),completion %,right first time,right later,wrong,not tried,late attempts,p-single,p-single late,p-numeric,p-numeric late,p-multi,p-multi late',
      // createdAt 2000 ms after 1970; Ada's right numeric answer came at 1500 > due 1000.
      'Ada,1970-01-01 00:00:02,67,1,1,0,1,1,right first time,,right later,late,not tried,',
      'Bob,1970-01-01 00:00:02,33,1,0,1,1,0,wrong,,not tried,,right first time,',
      '',
    ]);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('writes the columns Moodle and Canvas grade imports read', () => {
    const sorted = sortReports(graded, { by: 'name' }, false);
    // Completion out of 100 to one decimal: 2/3 → 66.7, 1/3 → 33.3.
    expect(toCsv(sorted, assignment, 'moodle')).toBe(
      '\uFEFFIdentifier,Read lessons 6 and 7\r\nAda,66.7\r\nBob,33.3\r\n',
    );
    expect(toCsv(sorted, assignment, 'canvas')).toBe(
      '\uFEFFStudent,ID,SIS User ID,SIS Login ID,Section,Read lessons 6 and 7\r\nAda,,,,,66.7\r\nBob,,,,,33.3\r\n',
    );
    const bjorn = { ...sorted[0], name: 'Björn' };
    expect(toCsv([bjorn], assignment, 'moodle')).toContain('Björn,66.7');
  });

  it('counts first answers per option and per typed value', () => {
    expect(answerDistribution(polls['p-single'], graded)).toEqual([
      { label: 'up', count: 1, correct: false },
      { label: 'down', count: 1, correct: true },
      { label: 'sideways', count: 0, correct: false },
    ]);
    expect(answerDistribution(polls['p-numeric'], graded)).toEqual([
      { label: '5', count: 1, correct: false },
    ]);
    expect(answerDistribution(polls['p-multi'], graded).map((b) => b.count)).toEqual([1, 1, 0]);
  });
});
