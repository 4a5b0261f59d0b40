// Small hand-made polls and snapshots for the live pages' tests.
import type { ClientPoll } from '../../../src/quiz/client-poll.ts';
import type { RunSnapshot, Snapshot } from '../../../src/live/snapshot.ts';
import type { LiveBank } from '../../../src/live/bank-types.ts';

const opt = (id: string) => ({ id, text: `<em>${id}</em>`, feedback: `f-${id}` });

/** A single-choice poll with options a, b, c (answer b). */
export const single: ClientPoll = {
  id: 'pick-one',
  lesson: 'lessons/01-x',
  type: 'single',
  prompt: 'Which?',
  explanation: 'Because.',
  fromLecture: true,
  options: [opt('a'), opt('b'), opt('c')],
  answer: 'b',
};

/** A multiple-choice poll (answer a and c). */
export const multiple: ClientPoll = {
  ...single,
  id: 'pick-some',
  type: 'multiple',
  fromLecture: false,
  answer: ['a', 'c'],
};

/** A numeric poll (answer 0.5 ± 0.01). */
export const numeric: ClientPoll = {
  id: 'type-it',
  lesson: 'lessons/02-y',
  type: 'numeric',
  prompt: 'How much?',
  explanation: 'Half.',
  fromLecture: false,
  answer: 0.5,
  tolerance: 0.01,
};

/** A run of `pollId` with the given fields. */
export function run(pollId: string, over: Partial<RunSnapshot> = {}): RunSnapshot {
  return {
    runId: 'r1',
    pollId,
    state: 'open',
    shown: false,
    answered: 0,
    tally: null,
    correct: null,
    ...over,
  };
}

/** A live snapshot at `version` holding `r`. */
export function snap(r: RunSnapshot | null, over: Partial<Snapshot> = {}): Snapshot {
  return { code: 'ABC234', title: 'T', status: 'live', version: 1, learners: 3, run: r, ...over };
}

/** A bank of two lessons; only `pick-one` is from the lecture. */
export const bank: LiveBank = {
  lessons: [
    { id: 'lessons/01-x', title: 'One', polls: ['pick-some', 'pick-one'] },
    { id: 'lessons/02-y', title: 'Two', polls: ['type-it'] },
    { id: 'lessons/03-z', title: 'Three', polls: [] },
  ],
  polls: { 'pick-one': single, 'pick-some': multiple, 'type-it': numeric },
  titles: { 'pick-one': 'Which?', 'pick-some': 'Which?', 'type-it': 'How much?' },
};
