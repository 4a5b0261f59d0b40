import { describe, expect, it } from 'vitest';
import { histogram, optionLetter } from '../../../src/live/histogram.ts';
import { numeric, run, single, multiple } from './fixtures.ts';

describe('histogram', () => {
  it('has no bars while the run carries no tally (a learner before Show results)', () => {
    expect(histogram(single, run('pick-one'))).toBeNull();
  });

  it('draws one bar per option in the poll order, longest bar = 1', () => {
    const h = histogram(
      single,
      run('pick-one', { tally: { kind: 'choice', counts: { c: 2, a: 4 } } }),
    )!;
    expect(h.bars.map((b) => [b.label, b.key, b.count, b.share])).toEqual([
      ['A', 'a', 4, 1],
      ['B', 'b', 0, 0],
      ['C', 'c', 2, 0.5],
    ]);
    expect(h.total).toBe(6);
    expect(h.bars.some((b) => b.correct)).toBe(false);
  });

  it('marks the right options only once revealed', () => {
    const tally = { kind: 'choice' as const, counts: { a: 1, b: 1, c: 1 } };
    const open = histogram(multiple, run('pick-some', { tally, correct: ['a', 'c'] }))!;
    expect(open.bars.filter((b) => b.correct)).toEqual([]);
    const shown = histogram(
      multiple,
      run('pick-some', { tally, state: 'revealed', correct: ['a', 'c'] }),
    )!;
    expect(shown.bars.filter((b) => b.correct).map((b) => b.key)).toEqual(['a', 'c']);
  });

  it('gives every bar a share of 0 when nobody answered', () => {
    const h = histogram(single, run('pick-one', { tally: { kind: 'choice', counts: {} } }))!;
    expect(h.bars.map((b) => b.share)).toEqual([0, 0, 0]);
  });

  it('bins numeric answers and finds the bin of the answer, the last bin closed', () => {
    const bins = [
      { from: 0, to: 0.5, count: 3 },
      { from: 0.5, to: 1, count: 1 },
    ];
    const h = histogram(
      numeric,
      run('type-it', {
        tally: { kind: 'numeric', bins, unparsed: 2 },
        state: 'revealed',
        correct: 0.5,
      }),
    )!;
    expect(h.bars.map((b) => [b.label, b.count, b.correct])).toEqual([
      ['0 – 0.5', 3, false],
      ['0.5 – 1', 1, true],
    ]);
    expect(h.total).toBe(6);
    expect(h.unparsed).toBe(2);
    const edge = histogram(
      numeric,
      run('type-it', {
        tally: { kind: 'numeric', bins, unparsed: 0 },
        state: 'revealed',
        correct: 1,
      }),
    )!;
    expect(edge.bars.map((b) => b.correct)).toEqual([false, true]);
  });

  it('puts an answer in the single bin when every answer was equal', () => {
    const h = histogram(
      numeric,
      run('type-it', {
        tally: { kind: 'numeric', bins: [{ from: 0.5, to: 0.5, count: 4 }], unparsed: 0 },
        state: 'revealed',
        correct: 0.5,
      }),
    )!;
    expect(h.bars[0].correct).toBe(true);
  });

  it('names options by letter, then by number past Z', () => {
    expect([0, 1, 25, 26].map(optionLetter)).toEqual(['A', 'B', 'Z', '27']);
  });
});
