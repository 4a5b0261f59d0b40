import { describe, expect, it } from 'vitest';
import type { ClientPoll } from '../../../src/quiz/client-poll.ts';
import { detailsPath, pollDetail, pollView, relativeTo } from '../../../src/quiz/poll-view.ts';
import { gradable } from '../../../src/quiz/poll-details.ts';
import { grade } from '../../../src/quiz/grade.ts';

const choice: ClientPoll = {
  id: 'pick',
  lesson: 'lessons/03-weights',
  type: 'single',
  prompt: '<em>Which?</em>',
  explanation: '<p>Because b.</p>',
  hint: '<p>Think of b.</p>',
  fromLecture: false,
  options: [
    { id: 'a', text: '<math>a</math>', label: 'a', feedback: '<p>Not a.</p>' },
    { id: 'b', text: 'b', feedback: '<p>Yes, b.</p>' },
  ],
  answer: 'b',
};

describe('a poll split for the page', () => {
  it('names the lesson file from the site root and from each page', () => {
    expect(detailsPath('lessons/03-weights')).toBe('/polls/03-weights.json');
    expect(relativeTo('/lessons/03-weights/', '/polls/03-weights.json')).toBe(
      '../../polls/03-weights.json',
    );
    expect(relativeTo('/progress/', '/polls/x.json')).toBe('../polls/x.json');
    expect(relativeTo('/', '/polls/x.json')).toBe('polls/x.json');
    // The same relative URL finds the file from a page without its trailing slash.
    expect(
      new URL('../../polls/03-weights.json', 'https://a.example/lessons/03-weights').pathname,
    ).toBe('/polls/03-weights.json');
  });

  it('gives the island ids, answer key and spoken labels, and no HTML, feedback, explanation or hint', () => {
    const view = pollView(choice, '/lessons/03-weights/');
    expect(view).toEqual({
      id: 'pick',
      lesson: 'lessons/03-weights',
      type: 'single',
      fromLecture: false,
      options: [{ id: 'a', label: 'a' }, { id: 'b' }],
      answer: 'b',
      details: '../../polls/03-weights.json',
    });
  });

  it('keeps the texts shown after a Check, by option id', () => {
    expect(pollDetail(choice)).toEqual({
      explanation: '<p>Because b.</p>',
      hint: '<p>Think of b.</p>',
      feedback: { a: '<p>Not a.</p>', b: '<p>Yes, b.</p>' },
    });
  });

  it('grades the view with the loaded texts as the whole poll grades', () => {
    const view = pollView(choice, '/lessons/03-weights/');
    expect(grade(gradable(view, pollDetail(choice)), 'a')).toEqual(grade(choice, 'a'));
    expect(grade(gradable(view, pollDetail(choice)), 'b')).toEqual(grade(choice, 'b'));
  });

  it('grades the same without the texts when they could not be loaded', () => {
    const r = grade(gradable(pollView(choice, '/lessons/03-weights/'), null), 'a');
    expect(r.verdict).toBe('incorrect');
    expect(r.chosen).toEqual([{ id: 'a', correct: false, feedback: '' }]);
    expect(r.explanation).toBe('');
  });
});
