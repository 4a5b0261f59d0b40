import { describe, expect, it } from 'vitest';
import { gradeReport } from '../../../src/assign/grading.ts';
import { answerDistribution } from '../../../src/assign/distribution.ts';
import {
  csvField,
  importReports,
  sortReports,
  splitCodes,
  toCsv,
} from '../../../src/assign/gradebook.ts';
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

describe('importReports', () => {
  it('imports good reports and flags the rest with reasons', async () => {
    const adaCode = await encodeReport(ada, assignment);
    const bobCode = await encodeReport(bob, assignment);
    const newerAda = await encodeReport({ ...ada, createdAt: 3000, attempts: [] }, assignment);
    const other = await encodeReport(
      { ...bob, assignment: 'zzzz-9', title: 'Another' },
      { ...assignment, id: 'zzzz-9' },
    );
    const tampered = adaCode.slice(0, 20) + (adaCode[20] === 'A' ? 'B' : 'A') + adaCode.slice(21);
    const rows = await importReports(
      [
        { label: 'ada.json', text: reportFile(ada, adaCode) },
        { label: 'pasted 1', text: bobCode },
        { label: 'pasted 2', text: bobCode },
        { label: 'other.json', text: other },
        { label: 'pasted 3', text: tampered },
        { label: 'pasted 4', text: adaCode.slice(0, 40) },
        { label: 'notes.txt', text: 'hello' },
        { label: 'big.json', text: 'x'.repeat(300_000) },
        { label: 'pasted 5', text: adaCode.replace('nnR1.', 'nnR7.') },
      ],
      assignment,
      polls,
    );
    const summary = rows.map((r) =>
      r.ok ? `${r.source}: ${r.graded.name}` : `${r.source}: ${r.flag}`,
    );
    expect(summary).toEqual([
      'ada.json: Ada',
      'pasted 1: Bob',
      'pasted 2: duplicate',
      'other.json: other-assignment',
      'pasted 3: integrity',
      'pasted 4: integrity',
      'notes.txt: not-a-report',
      'big.json: file-too-large',
      'pasted 5: unknown-version',
    ]);
    // A newer report under the same name replaces the older one.
    const more = await importReports(
      [{ label: 'pasted 6', text: newerAda }],
      assignment,
      polls,
      rows,
    );
    expect(more[0]).toMatchObject({ ok: false, flag: 'superseded', name: 'Ada' });
    expect(more.at(-1)).toMatchObject({ ok: true, source: 'pasted 6' });
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

  it('writes CSV that a spreadsheet cannot run', () => {
    const csv = toCsv(sortReports(graded, { by: 'name' }, false), assignment);
    expect(csv.split('\r\n')).toEqual([
      'name,completion %,right first time,right later,wrong,not tried,late attempts,p-single,p-numeric,p-multi',
      'Ada,67,1,1,0,1,1,right first time,right later,not tried',
      'Bob,33,1,0,1,1,0,wrong,not tried,right first time',
      '',
    ]);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
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

  it('splits pasted codes on any white space', () => {
    expect(splitCodes(' a\n b  c\r\n')).toEqual(['a', 'b', 'c']);
  });
});
