import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../src/course/lesson-schema.ts';

const good = {
  title: 'The perceptron',
  order: 2,
  minutes: 15,
  objectives: ['Compute a weighted sum by hand.'],
  lectureTopics: ['Perceptron'],
};

function problems(data: unknown): string[] {
  const r = lessonSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('lesson frontmatter', () => {
  it('accepts a complete lesson', () => {
    expect(problems(good)).toEqual([]);
  });

  it.each([
    ['order', { ...good, order: 0 }],
    ['order', { ...good, order: 1.5 }],
    ['minutes', { ...good, minutes: 'ten' }],
    ['minutes', { ...good, minutes: -5 }],
    ['objectives', { ...good, objectives: [] }],
    ['objectives', { ...good, objectives: 'one string' }],
    ['lectureTopics', { ...good, lectureTopics: undefined }],
    ['title', { ...good, title: '' }],
  ])('rejects a bad %s, naming the field', (field, data) => {
    expect(problems(data)).toContain(field);
  });

  it('names every missing field at once', () => {
    expect(problems({ title: 'Bare' }).sort()).toEqual([
      'lectureTopics',
      'minutes',
      'objectives',
      'order',
    ]);
  });
});
