import { describe, expect, it } from 'vitest';
import { pollBankSchema, pollSchema } from '../../../src/quiz/poll-schema.ts';

const options = [
  { id: 'a', text: 'Statement 1 only', feedback: 'All-zero weights keep every unit identical.' },
  { id: 'b', text: 'Statement 2 only', feedback: 'Right: random weights already break symmetry.' },
];
const single = {
  id: 'init-zero',
  type: 'single',
  prompt: 'Which statement is true?',
  explanation: 'Symmetry.',
  options,
  answer: 'b',
};

function messages(schema: typeof pollSchema | typeof pollBankSchema, data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('poll schema', () => {
  it('accepts each of the four types', () => {
    expect(messages(pollSchema, single)).toEqual([]);
    expect(
      messages(pollSchema, { ...single, id: 'm', type: 'multiple', answer: ['a', 'b'] }),
    ).toEqual([]);
    const numeric = {
      id: 'sig0',
      type: 'numeric',
      prompt: 'σ(0)?',
      explanation: '1/2',
      answer: 0.5,
      tolerance: 0.01,
    };
    expect(messages(pollSchema, numeric)).toEqual([]);
    const widget = {
      id: 'and',
      type: 'widget',
      prompt: 'Make AND',
      explanation: '…',
      check: 'perceptron-and',
    };
    expect(messages(pollSchema, widget)).toEqual([]);
  });

  it('defaults fromLecture to false', () => {
    const r = pollSchema.parse(single);
    expect(r.fromLecture).toBe(false);
  });

  it('rejects an unknown type', () => {
    expect(messages(pollSchema, { ...single, type: 'essay' })[0]).toMatch(/^type/);
  });

  it('rejects a missing answer', () => {
    const { answer: _answer, ...rest } = single;
    expect(messages(pollSchema, rest)[0]).toMatch(/^answer/);
  });

  it('rejects an answer that is not among the options, naming the poll', () => {
    expect(messages(pollSchema, { ...single, answer: 'z' })).toEqual([
      'answer: poll "init-zero": answer "z" is not among its options (a, b)',
    ]);
    expect(messages(pollSchema, { ...single, type: 'multiple', answer: ['a', 'q'] })[0]).toContain(
      '"q"',
    );
  });

  it('rejects a numeric poll without a finite answer or with a negative tolerance', () => {
    const numeric = {
      id: 'n',
      type: 'numeric',
      prompt: 'p',
      explanation: 'e',
      answer: 1,
      tolerance: -1,
    };
    expect(messages(pollSchema, numeric)[0]).toMatch(/^tolerance/);
    expect(messages(pollSchema, { ...numeric, tolerance: 0, answer: Number.NaN })[0]).toMatch(
      /^answer/,
    );
  });

  it('rejects ids that are not stable slugs', () => {
    expect(messages(pollSchema, { ...single, id: 'Init Zero' })[0]).toMatch(/^id/);
  });

  it('rejects a duplicate poll id within a bank', () => {
    const bank = { lesson: 'lessons/03-x', polls: [single, { ...single }] };
    expect(messages(pollBankSchema, bank)).toEqual([
      'polls.1.id: poll id "init-zero" is used twice',
    ]);
  });

  it('accepts a followedBy experiment and rejects one without a title or with a bad anchor', () => {
    expect(messages(pollSchema, { ...single, followedBy: { title: 'Perceptron lab' } })).toEqual(
      [],
    );
    expect(
      messages(pollSchema, { ...single, followedBy: { title: 'X', anchor: 'init-experiment' } }),
    ).toEqual([]);
    expect(messages(pollSchema, { ...single, followedBy: { anchor: 'x' } })[0]).toMatch(
      /^followedBy\.title/,
    );
    expect(
      messages(pollSchema, { ...single, followedBy: { title: 'X', anchor: '#no spaces' } })[0],
    ).toMatch(/^followedBy\.anchor/);
  });
});
