import { describe, expect, it } from 'vitest';
import { count, progressText as t } from '../../../src/progress/strings.ts';

describe('progress sentences use the right number', () => {
  it('one of each is singular, more are plural', () => {
    expect(count(1, 'lesson')).toBe('1 lesson');
    expect(count(0, 'lesson')).toBe('0 lessons');
    expect(t.importPreview(1, 1, 1, 1, '')).toBe(
      'The file holds 1 answer to 1 question in 1 lesson; it is not in this browser yet.',
    );
    expect(t.importPreview(2, 1, 1, 0, '2026-12-01')).toBe(
      'The file holds 2 answers to 1 question in 1 lesson, exported 2026-12-01; 0 of them are not in this browser yet.',
    );
    expect(t.importPreview(3, 2, 2, 1, '')).toContain('1 of them is not in this browser yet');
    expect(t.imported(1)).toBe('Imported. You now have 1 answer saved.');
    expect(t.courseTotal(1, 1, 1, 1, 1)).toBe(
      'Your progress: 1 of 1 lesson complete, 1 of 1 question answered correctly (1 on the first try).',
    );
    expect(t.courseTotal(0, 9, 2, 40, 1)).toContain('0 of 9 lessons complete, 2 of 40 questions');
    expect(t.restored(1, 1, 'saved')).toBe(
      'Restored 1 answer from the kept copy (1 damaged answer left out).',
    );
  });
});
