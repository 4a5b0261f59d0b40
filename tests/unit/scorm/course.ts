// The real course's poll bank as the SCORM player gets it (PollInfo by id),
// read from content/polls/, and the largest assignment the builder allows:
// every lesson, every poll.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Assignment } from '../../../src/assign/assignment.ts';
import type { PollInfo } from '../../../src/assign/grading.ts';
import { pollBankSchema } from '../../../src/quiz/poll-schema.ts';

const banks = readdirSync('content/polls')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => pollBankSchema.parse(parse(readFileSync(`content/polls/${f}`, 'utf8'))));

/** Every poll of the course, graded as the builder's catalog grades it. */
export const coursePolls: Record<string, PollInfo> = Object.fromEntries(
  banks.flatMap((b) =>
    b.polls.map((p): [string, PollInfo] => [
      p.id,
      {
        id: p.id,
        lesson: b.lesson,
        title: p.id,
        gradable: (p.type === 'single' || p.type === 'multiple'
          ? {
              type: p.type,
              answer: p.answer,
              explanation: '',
              options: p.options.map((o) => ({ id: o.id, feedback: '' })),
            }
          : p.type === 'numeric'
            ? {
                type: p.type,
                answer: p.answer,
                tolerance: p.tolerance,
                unit: p.unit,
                explanation: '',
              }
            : { type: p.type, check: p.check, explanation: '' }) as PollInfo['gradable'],
        options: 'options' in p ? p.options.map((o) => ({ id: o.id, label: o.id })) : undefined,
      },
    ]),
  ),
);

/** The largest assignment the builder can make: all lessons, all polls, longest title. */
export const wholeCourse: Assignment = {
  id: 'whole-course-1',
  key: 'AAECAwQFBgcICQoLDA0ODw',
  title: 'T'.repeat(200),
  instructions: 'Read everything.',
  due: null,
  lessons: banks.map((b) => ({ lesson: b.lesson })),
  polls: banks.flatMap((b) => b.polls.map((p) => p.id)),
};
