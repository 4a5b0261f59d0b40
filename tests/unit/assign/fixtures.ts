import type { Assignment } from '../../../src/assign/assignment.ts';
import type { PollInfo } from '../../../src/assign/grading.ts';

/** A small assignment over two polls, due at t = 1000. */
export const assignment: Assignment = {
  id: 'assign-1',
  key: 'AAECAwQFBgcICQoLDA0ODw',
  title: 'Read lessons 6 and 7',
  instructions: 'Answer their polls by Friday.',
  due: 1000,
  lessons: [
    { lesson: 'lessons/06-gradient-descent' },
    { lesson: 'lessons/07-backpropagation', sections: ['chain-rule'] },
  ],
  polls: ['p-single', 'p-numeric', 'p-multi'],
};

/** The polls, as the teacher's page gets them from the bank. */
export const polls: Record<string, PollInfo> = {
  'p-single': {
    id: 'p-single',
    lesson: 'lessons/06-gradient-descent',
    title: 'Which way?',
    gradable: {
      type: 'single',
      answer: 'b',
      explanation: '',
      options: [
        { id: 'a', feedback: '' },
        { id: 'b', feedback: '' },
        { id: 'c', feedback: '' },
      ],
    },
    options: [
      { id: 'a', label: 'up' },
      { id: 'b', label: 'down' },
      { id: 'c', label: 'sideways' },
    ],
  },
  'p-numeric': {
    id: 'p-numeric',
    lesson: 'lessons/07-backpropagation',
    title: 'How much?',
    gradable: { type: 'numeric', answer: 0.5, tolerance: 0.01, explanation: '' },
  },
  'p-multi': {
    id: 'p-multi',
    lesson: 'lessons/07-backpropagation',
    title: 'Which ones?',
    gradable: {
      type: 'multiple',
      answer: ['x', 'y'],
      explanation: '',
      options: [
        { id: 'x', feedback: '' },
        { id: 'y', feedback: '' },
        { id: 'z', feedback: '' },
      ],
    },
  },
};
