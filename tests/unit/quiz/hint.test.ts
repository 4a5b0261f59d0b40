import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hintFor } from '../../../src/quiz/hint.ts';
import { pollBankSchema, pollSchema } from '../../../src/quiz/poll-schema.ts';

const dir = 'content/polls';
const polls = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => pollBankSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))).polls);

describe('the hint after a first wrong answer', () => {
  it('exists for every numeric and widget poll (they have no option feedback to lean on)', () => {
    const missing = polls.filter((p) => (p.type === 'numeric' || p.type === 'widget') && !p.hint);
    expect(missing.map((p) => p.id)).toEqual([]);
    expect(polls.filter((p) => p.hint).length).toBeGreaterThanOrEqual(21);
  });
  it('never states a numeric answer (a hint is a first step, not the result)', () => {
    for (const p of polls) {
      if (p.type !== 'numeric' || !p.hint || Number.isInteger(p.answer)) continue;
      expect(p.hint, p.id).not.toContain(String(p.answer));
    }
  });
  it('is the poll’s own, or none', () => {
    expect(hintFor({ hint: 'Start with z.' })).toBe('Start with z.');
    expect(hintFor({})).toBeNull();
  });
  it('the schema refuses a hint that repeats the whole explanation, and an empty one', () => {
    const poll = {
      id: 'p',
      type: 'numeric',
      prompt: 'Q?',
      answer: 1,
      tolerance: 0,
      explanation: 'It is 1.',
    };
    expect(pollSchema.safeParse({ ...poll, hint: 'Count.' }).success).toBe(true);
    const same = pollSchema.safeParse({ ...poll, hint: 'It is 1.' });
    expect(same.success).toBe(false);
    expect(same.error?.issues[0].message).toMatch(/repeats the whole explanation/);
    expect(pollSchema.safeParse({ ...poll, hint: '' }).success).toBe(false);
  });
});
