import { describe, expect, it } from 'vitest';
import { MAX_SUSPEND, decodeSuspend, encodeSuspend } from '../../../src/scorm/suspend.ts';
import { pollStates } from '../../../src/progress/derive.ts';
import type { Attempt } from '../../../src/progress/log.ts';
import { lmsResult } from '../../../src/scorm/score.ts';
import { assignment, polls } from '../assign/fixtures.ts';
import { coursePolls, wholeCourse } from './course.ts';

const T = 1_780_000_000_000; // a moment in 2026, whole seconds
const at = (s: number) => T + s * 1000;
const att = (poll: string, answer: Attempt['answer'], correct: boolean, s: number): Attempt => ({
  poll,
  lesson: polls[poll]?.lesson ?? coursePolls[poll].lesson,
  answer,
  correct,
  at: at(s),
});

describe('suspend data', () => {
  it('is empty-log safe and rejects text that is not ours', () => {
    expect(decodeSuspend(encodeSuspend([], assignment, polls), assignment, polls)).toEqual([]);
    expect(decodeSuspend('', assignment, polls)).toEqual([]);
    expect(decodeSuspend('hello', assignment, polls)).toBeNull();
    expect(decodeSuspend('1|0|9,1,0,0,0', assignment, polls)).toBeNull(); // poll index out of range
  });

  it('round-trips single attempts exactly, in a hand-checked form', () => {
    const log = [att('p-single', 'b', true, 0), att('p-multi', ['x', 'z'], false, 75)];
    const text = encodeSuspend(log, assignment, polls);
    // t0 in base 36; poll 0 (single, option 1 = "b"), poll 2 (multi, bits 0 and 2 = 5) 75 s later ("23").
    expect(text).toBe(`1|${(T / 1000).toString(36)}|0,1,3,0,1;2,1,0,23,5`);
    expect(decodeSuspend(text, assignment, polls)).toEqual(log);
  });

  it('keeps each poll’s state and score through a round trip of many attempts', () => {
    const log = [
      att('p-single', 'a', false, 0),
      att('p-single', 'c', false, 10),
      att('p-single', 'b', true, 20),
      att('p-single', 'a', false, 30),
      att('p-numeric', '0.50000', true, 40), // stored as the shorter number 0.5
      att('p-multi', ['x'], false, 50),
    ];
    const back = decodeSuspend(
      encodeSuspend(log, assignment, polls),
      assignment,
      polls,
    ) as Attempt[];
    const strip = (s: ReturnType<typeof pollStates>) =>
      Object.fromEntries(
        Object.entries(s).map(([k, v]) => [
          k,
          { n: v.attempts, first: v.firstTryCorrect, solved: v.solved },
        ]),
      );
    expect(strip(pollStates(back))).toEqual(strip(pollStates(log)));
    expect(back.find((x) => x.poll === 'p-numeric')?.answer).toBe('0.5');
    // 2 of 3 polls solved: 67, and every poll tried.
    expect(lmsResult(back, assignment, polls, 60)).toEqual({ raw: 67, status: 'passed', tried: 3 });
    expect(lmsResult(log, assignment, polls, 60)).toEqual(lmsResult(back, assignment, polls, 60));
  });

  it('escapes separators inside typed answers', () => {
    const log = [att('p-numeric', '1,5;|%', false, 0)];
    const back = decodeSuspend(encodeSuspend(log, assignment, polls), assignment, polls);
    expect(back?.[0].answer).toBe('1,5;|%');
  });

  it(`stays within ${MAX_SUSPEND} characters for the largest assignment with the longest answers`, () => {
    // Every poll of the course tried many times over weeks, with the longest answer of its kind.
    const log: Attempt[] = [];
    wholeCourse.polls.forEach((id, i) => {
      const g = coursePolls[id].gradable;
      const ids = coursePolls[id].options?.map((o) => o.id) ?? [];
      const longest: Attempt['answer'] =
        g.type === 'multiple'
          ? ids
          : g.type === 'single'
            ? ids[ids.length - 1]
            : g.type === 'numeric'
              ? '-1.2345678901234567e-300' // the longest a number prints as
              : JSON.stringify({
                  x: [0.123456789, 0.987654321],
                  w: [-12.3456789, 45.6789012],
                  b: -1.23456789,
                  activation: 'step',
                  pad: 'x'.repeat(400),
                }).slice(0, 500);
      log.push(att(id, g.type === 'single' ? ids[0] : longest, false, 86_400 * 60 + i));
      for (let k = 1; k < 40; k++) log.push(att(id, longest, k === 39, 86_400 * 90 + i * 100 + k));
    });
    const text = encodeSuspend(log, wholeCourse, coursePolls);
    expect(wholeCourse.polls.length).toBeGreaterThanOrEqual(60);
    expect(text.length).toBeLessThanOrEqual(MAX_SUSPEND);
    console.log(`worst case: ${text.length} characters`);
    const back = decodeSuspend(text, wholeCourse, coursePolls) as Attempt[];
    const states = pollStates(back);
    for (const id of wholeCourse.polls) {
      expect(states[id].attempts).toBe(40);
      expect(states[id].firstTryCorrect).toBe(false);
      expect(states[id].solved).toBe(true);
    }
  });

  it('leaves out first answers when they would not fit, keeping every poll’s state', () => {
    // 120 numeric polls (twice what the course has), each with a long wrong first try.
    const many = Array.from({ length: 120 }, (_, i) => `n${i}`);
    const info = Object.fromEntries(
      many.map((id) => [id, { ...polls['p-numeric'], id, lesson: 'lessons/x' }]),
    );
    const a = { ...assignment, polls: many };
    const log = many.flatMap((id, i) => [
      {
        poll: id,
        lesson: 'lessons/x',
        answer: '-1.2345678901234567e-300',
        correct: false,
        at: at(i),
      },
      { poll: id, lesson: 'lessons/x', answer: '0.5', correct: true, at: at(1000 + i) },
    ]);
    const text = encodeSuspend(log, a, info);
    expect(text.length).toBeLessThanOrEqual(MAX_SUSPEND);
    expect(text).not.toContain('e-300');
    const back = decodeSuspend(text, a, info) as Attempt[];
    const states = pollStates(back);
    for (const id of many)
      expect(states[id]).toMatchObject({
        attempts: 2,
        firstTryCorrect: false,
        solved: true,
        lastAnswer: '0.5',
      });
    expect(lmsResult(back, a, info, null).raw).toBe(100);
  });

  it('a typical whole-course log keeps every first answer', () => {
    const log = wholeCourse.polls.flatMap((id, i) => {
      const ids = coursePolls[id].options?.map((o) => o.id) ?? [];
      const g = coursePolls[id].gradable;
      const wrong =
        g.type === 'numeric'
          ? '12.5'
          : g.type === 'multiple'
            ? [ids[0]]
            : g.type === 'single'
              ? ids[0]
              : 'null';
      return [att(id, wrong, false, i * 60), att(id, wrong, false, i * 60 + 30)];
    });
    const text = encodeSuspend(log, wholeCourse, coursePolls);
    expect(text.length).toBeLessThan(MAX_SUSPEND);
    console.log(`typical whole course: ${text.length} characters`);
    expect(decodeSuspend(text, wholeCourse, coursePolls)).toEqual(log);
  });
});
