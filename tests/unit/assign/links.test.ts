import { describe, expect, it } from 'vitest';
import { encodeCode } from '../../../src/assign/codec.ts';
import {
  ASSIGNMENT_PREFIX,
  codeFromLink,
  decodeAssignment,
  encodeAssignment,
} from '../../../src/assign/assignment.ts';
import { gradeReport } from '../../../src/assign/grading.ts';
import { linkError, timeLeft } from '../../../src/assign/strings.ts';
import { visible } from '../../../src/assign/visible.ts';
import { assignment, polls } from './fixtures.ts';

const crafted = (p: Record<string, unknown>) =>
  encodeCode(ASSIGNMENT_PREFIX, { ...assignment, ...p });

describe('crafted assignment links', () => {
  it('refuses poll ids that cannot be polls, and says why', async () => {
    for (const bad of ['__proto__', 'toString', 'a b']) {
      const r = await decodeAssignment(await crafted({ polls: ['p-single', bad] }));
      expect(r).toEqual({
        ok: false,
        error: 'malformed',
        detail: `“${bad}”, which cannot be a poll id of this course`,
      });
      if (!r.ok)
        expect(linkError(r.error, r.detail)).toBe(
          `This is not an assignment link of this course. It has “${bad}”, which cannot be a poll id of this course.`,
        );
    }
    const twice = await decodeAssignment(await crafted({ polls: ['p-single', 'p-single'] }));
    expect(twice).toMatchObject({ ok: false, detail: 'a poll listed twice' });
    const far = await decodeAssignment(await crafted({ due: 1e300 }));
    expect(far).toMatchObject({ ok: false, detail: 'a due date that is not a date' });
  });

  it('grades a report for a poll id named like an Object property without failing', async () => {
    const r = await decodeAssignment(await crafted({ polls: ['constructor', 'p-single'] }));
    if (!r.ok) throw new Error(r.error);
    const g = gradeReport(
      {
        assignment: assignment.id,
        title: '',
        name: 'Ada',
        createdAt: 1,
        attempts: [
          { poll: 'constructor', answer: 'x', at: 1 },
          { poll: 'p-single', answer: 'b', at: 2 },
        ],
      },
      r.assignment,
      polls,
    );
    expect(g.polls.constructor).toEqual({
      outcome: 'none',
      attempts: 0,
      firstAnswer: null,
      firstCorrect: false,
      late: false,
    });
    expect(g.counts).toEqual({ first: 1, later: 0, wrong: 0, none: 1 });
  });

  it('reads a link with a full stop or bracket after it, or wrapped over lines', async () => {
    const code = await encodeAssignment(assignment);
    const link = `https://x.example/assignment/#${code}`;
    expect(codeFromLink(`${link}.`)).toBe(code);
    expect(codeFromLink(`(${link})`)).toBe(code);
    expect(codeFromLink(`${code}.`)).toBe(code);
    const wrapped = link.match(/.{1,76}/g)?.join('\n') ?? '';
    expect(wrapped.split('\n').length).toBeGreaterThan(1);
    expect((await decodeAssignment(wrapped)).ok).toBe(true);
  });
});

describe('shown text', () => {
  it('shows direction overrides and invisible characters as marks', () => {
    expect(visible('\u202Eecila')).toBe('[U+202E]ecila');
    expect(visible('a\u200Bb\u2066c\u0007')).toBe('a[U+200B]b[U+2066]c[U+0007]');
    expect(visible('Björn 👩‍💻')).toBe('Björn 👩‍💻');
  });

  it('says how long is left, also for a due date far away', () => {
    const day = 86_400_000;
    expect(timeLeft(3 * day + 4 * 3_600_000, 0)).toBe('3 days 4 h left');
    expect(timeLeft(90 * day, 0)).toBe('about 3 months left');
    expect(timeLeft(1100 * day, 0)).toBe('more than 3 years left'); // 1100 / 365.25 = 3.01
    expect(timeLeft(0, 2 * day)).toBe('overdue by 2 days');
  });
});
