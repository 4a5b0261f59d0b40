import { describe, expect, it } from 'vitest';
import { statusLine, statusWords } from '../../../src/classes/status.ts';

const NOW = Date.parse('2026-12-02T15:00:00.000Z');
const base = {
  assignment: { polls: ['a', 'b', 'c', 'd', 'e'] },
  status: 'not_started' as const,
  handedInAt: null,
  late: false,
  overdue: false,
  answered: 0,
};

describe('status words', () => {
  it('says handed in with the time of day, today', () => {
    const w = statusWords(
      { ...base, status: 'complete', handedInAt: '2026-12-02T14:02:31.000Z', answered: 5 },
      NOW,
      'UTC',
    );
    expect(w).toEqual({ text: 'handed in ✓ at 14:02', tone: 'done', flag: null });
    // The same instant in Berlin (UTC+1 in December).
    expect(
      statusWords(
        { ...base, status: 'complete', handedInAt: '2026-12-02T14:02:31.000Z' },
        NOW,
        'Europe/Berlin',
      ).text,
    ).toBe('handed in ✓ at 15:02');
  });

  it('names the day when it was not today, and says late', () => {
    const w = statusWords(
      {
        ...base,
        status: 'complete',
        handedInAt: '2026-11-30T09:05:00.000Z',
        late: true,
        answered: 5,
      },
      NOW,
      'UTC',
    );
    expect(statusLine(w)).toBe('handed in ✓ on 30 Nov at 09:05 (late)');
  });

  it('counts answered polls in progress, and says overdue', () => {
    expect(
      statusLine(statusWords({ ...base, status: 'in_progress', answered: 3 }, NOW, 'UTC')),
    ).toBe('in progress: 3 of 5');
    expect(
      statusLine(
        statusWords({ ...base, status: 'in_progress', answered: 3, overdue: true }, NOW, 'UTC'),
      ),
    ).toBe('in progress: 3 of 5 (overdue)');
  });

  it('says not started, overdue or not', () => {
    expect(statusWords(base, NOW, 'UTC')).toEqual({
      text: 'not started',
      tone: 'none',
      flag: null,
    });
    expect(statusLine(statusWords({ ...base, overdue: true }, NOW, 'UTC'))).toBe(
      'not started (overdue)',
    );
  });
});
