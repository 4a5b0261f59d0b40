// The adapter against scorm-again's SCORM 1.2 API (the LMS side) running in Node.
import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/progress/log.ts';
import type { Scorm12Api } from '../../../src/scorm/api.ts';
import { ScormSession } from '../../../src/scorm/session.ts';
import { decodeSuspend } from '../../../src/scorm/suspend.ts';
import { assignment, polls } from '../assign/fixtures.ts';

// The ESM build exports the class by name; its type declarations call it the default export.
const Scorm12API =
  (scorm12 as unknown as { Scorm12API?: typeof scorm12.default }).Scorm12API ?? scorm12.default;

const T = 1_780_000_000_000;
const att = (poll: string, answer: Attempt['answer'], correct: boolean, s: number): Attempt => ({
  poll,
  lesson: polls[poll].lesson,
  answer,
  correct,
  at: T + s * 1000,
});

/** An LMS: scorm-again, with a switch that makes the next commits fail with error 101. */
function lms(saved?: object) {
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  if (saved) api.loadFromJSON(saved as Parameters<typeof api.loadFromJSON>[0], '');
  let fail = 0;
  let last: string | null = null;
  const calls: string[] = [];
  const wrapped: Scorm12Api = {
    LMSInitialize: (a) => (calls.push('init'), api.LMSInitialize(a)),
    LMSFinish: (a) => (calls.push('finish'), api.LMSFinish(a)),
    LMSGetValue: (e) => api.LMSGetValue(e),
    LMSSetValue: (e, v) => api.LMSSetValue(e, v),
    LMSCommit: (a) => {
      calls.push('commit');
      if (fail > 0) {
        fail--;
        last = '101';
        return 'false';
      }
      last = null;
      return api.LMSCommit(a);
    },
    LMSGetLastError: () => last ?? api.LMSGetLastError(),
    LMSGetErrorString: (c) => api.LMSGetErrorString(c),
    LMSGetDiagnostic: (c) => api.LMSGetDiagnostic(c),
  };
  const cmi = () =>
    JSON.parse(JSON.stringify(api.cmi)) as {
      core: Record<string, any>;
      suspend_data: string;
      interactions: Record<string, any>;
    };
  return { api: wrapped, cmi, calls, failNext: (n: number) => (fail = n) };
}

function clock(start: number) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('a SCORM 1.2 session', () => {
  it('reports score, status, session time, interactions and suspend data, and commits', () => {
    const l = lms();
    const c = clock(T);
    const s = new ScormSession(l.api, { assignment, polls, passMark: 60, now: c.now });
    const started = s.start();
    expect(started).toEqual({ ok: true, restored: [], learner: '', location: '' });
    expect(l.cmi().core.lesson_status).toBe('incomplete');
    c.advance(3_723_400); // 1 h 2 min 3.4 s
    const log = [att('p-single', 'a', false, 10), att('p-single', 'b', true, 20)];
    expect(s.sync(log, 'lessons/06-gradient-descent')).toMatchObject({
      ok: true,
      result: { raw: 33, status: 'incomplete' },
    });
    const cmi = l.cmi();
    expect(cmi.core.score).toMatchObject({ raw: '33', min: '0', max: '100' });
    expect(cmi.core.session_time).toBe('01:02:03');
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.lesson_location).toBe('lessons/06-gradient-descent');
    expect(decodeSuspend(cmi.suspend_data, assignment, polls)).toEqual(log);
    const inter = Object.values(cmi.interactions.childArray ?? cmi.interactions) as Record<
      string,
      string
    >[];
    expect(JSON.stringify(cmi.interactions)).toContain('"student_response":"a"');
    expect(inter.length).toBeGreaterThan(0);
    expect(l.calls).toEqual(['init', 'commit']);
  });

  it('all polls tried: passed or failed against the pass mark, completed without one', () => {
    const all = [
      att('p-single', 'b', true, 0),
      att('p-numeric', '0.5', true, 1),
      att('p-multi', ['x'], false, 2),
    ];
    for (const [mark, status] of [
      [60, 'passed'],
      [70, 'failed'],
      [null, 'completed'],
    ] as const) {
      const l = lms();
      const s = new ScormSession(l.api, { assignment, polls, passMark: mark, now: () => T });
      s.start();
      expect(s.sync(all)).toMatchObject({ ok: true, result: { raw: 67, status } });
      expect(l.cmi().core.lesson_status).toBe(status);
      expect(l.cmi().core.exit).toBe('');
    }
  });

  it('a refused commit loses nothing: the learner is told, the next sync sends it all once', () => {
    const l = lms();
    const s = new ScormSession(l.api, { assignment, polls, passMark: null, now: () => T });
    s.start();
    const log = [att('p-single', 'a', false, 1)];
    l.failNext(1);
    const r = s.sync(log);
    expect(r).toEqual({
      ok: false,
      code: '101',
      message:
        'Your progress was not saved to the LMS yet: the LMS had an unexpected problem (error 101).',
    });
    log.push(att('p-single', 'b', true, 2));
    expect(s.sync(log)).toMatchObject({ ok: true, result: { raw: 33 } });
    expect(s.sync(log)).toMatchObject({ ok: true }); // nothing new: no interaction twice
    const cmi = l.cmi();
    expect(decodeSuspend(cmi.suspend_data, assignment, polls)).toEqual(log);
    const text = JSON.stringify(cmi.interactions);
    expect(text.match(/"student_response"/g)).toHaveLength(2);
  });

  it('restores from what the LMS kept and finishes once', () => {
    const first = lms();
    const s1 = new ScormSession(first.api, { assignment, polls, passMark: null, now: () => T });
    s1.start();
    const log = [att('p-numeric', '0.7', false, 1), att('p-numeric', '0.5', true, 2)];
    s1.finish(log, 'lessons/07-backpropagation');
    expect(first.calls).toEqual(['init', 'commit', 'finish']);
    expect(s1.sync(log)).toMatchObject({ ok: false, code: '301' });
    const kept = first.cmi();
    const again = lms({
      core: {
        student_id: 'u7',
        lesson_location: kept.core.lesson_location,
        lesson_status: kept.core.lesson_status,
      },
      suspend_data: kept.suspend_data,
    });
    const s2 = new ScormSession(again.api, { assignment, polls, passMark: null, now: () => T });
    expect(s2.start()).toEqual({
      ok: true,
      restored: log,
      learner: 'u7',
      location: 'lessons/07-backpropagation',
    });
    // Restored attempts are not sent again as interactions.
    s2.sync(log);
    expect(JSON.stringify(again.cmi().interactions)).not.toContain('student_response":"0.7');
  });

  it('says in plain words when the LMS does not start the session', () => {
    const l = lms();
    l.api.LMSInitialize('');
    l.api.LMSFinish('');
    const s = new ScormSession(l.api, { assignment, polls, passMark: null, now: () => T });
    const r = s.start();
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(/^Your progress was not saved to the LMS yet: .* \(error \d+\)\.$/);
  });
});
