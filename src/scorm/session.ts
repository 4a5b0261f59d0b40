// One launch of the package by the LMS: initialize, restore the learner's
// attempts from cmi.suspend_data, send every new attempt with the score,
// status, session time and suspend data, commit, and finish. Every write is
// made from the whole log, so a failed commit loses nothing: the next sync
// (a retry, or the next answer) sends it all again. The clock is injected.
import type { Assignment } from '../assign/assignment.ts';
import type { PollInfo } from '../assign/grading.ts';
import type { WidgetCheck } from '../quiz/grade.ts';
import type { Attempt } from '../progress/log.ts';
import type { Scorm12Api } from './api.ts';
import { errorText } from './errors.ts';
import { lmsResult, type LmsResult } from './score.ts';
import { decodeSuspend, encodeSuspend } from './suspend.ts';
import { sessionTime, timeOfDay } from './time.ts';

/** What the session needs to know. */
export interface SessionSetup {
  assignment: Assignment;
  polls: Record<string, PollInfo>;
  /** 0–100, or null: completed instead of passed/failed. */
  passMark: number | null;
  now: () => number;
  checks?: Record<string, WidgetCheck>;
}

/** The outcome of a call to the LMS: fine, or the learner-facing words for what failed. */
export type SyncOutcome =
  { ok: true; result: LmsResult } | { ok: false; code: string; message: string };

/** What starting found: the learner's attempts saved in the LMS (null: could not start). */
export type StartOutcome =
  | { ok: true; restored: Attempt[]; learner: string; location: string }
  | { ok: false; code: string; message: string };

const key = (a: Attempt) => `${a.poll}\u0000${a.at}\u0000${JSON.stringify(a.answer)}`;

const interactionType = (info: PollInfo) =>
  info.gradable.type === 'single' || info.gradable.type === 'multiple'
    ? 'choice'
    : info.gradable.type === 'numeric'
      ? 'numeric'
      : 'performance';

/** A SCORM 1.2 session over an LMS API. */
export class ScormSession {
  private started = 0;
  private finished = false;
  /** Attempts already in cmi.interactions (committed). */
  private sent = new Set<string>();
  private nextInteraction = 0;

  private api: Scorm12Api;
  private setup: SessionSetup;

  constructor(api: Scorm12Api, setup: SessionSetup) {
    this.api = api;
    this.setup = setup;
  }

  private fail(): { ok: false; code: string; message: string } {
    const code = String(this.api.LMSGetLastError() ?? '');
    let text = '';
    try {
      text = String(this.api.LMSGetErrorString(code) ?? '');
    } catch {
      // Some LMSs lack it; the code alone is enough.
    }
    return { ok: false, code, message: errorText(code, text) };
  }

  private set(element: string, value: string): boolean {
    return String(this.api.LMSSetValue(element, value)) === 'true';
  }

  /** LMSInitialize, then reads the saved attempts (suspend data), learner id and location. */
  start(): StartOutcome {
    if (String(this.api.LMSInitialize('')) !== 'true') return this.fail();
    this.started = this.setup.now();
    const { assignment: a, polls } = this.setup;
    const saved = String(this.api.LMSGetValue('cmi.suspend_data') ?? '');
    const restored = decodeSuspend(saved, a, polls) ?? [];
    for (const x of restored) this.sent.add(key(x));
    const count = Number(this.api.LMSGetValue('cmi.interactions._count'));
    this.nextInteraction = Number.isInteger(count) && count > 0 ? count : 0;
    if (this.api.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
      this.set('cmi.core.lesson_status', 'incomplete');
    return {
      ok: true,
      restored,
      learner: String(this.api.LMSGetValue('cmi.core.student_id') ?? ''),
      location: String(this.api.LMSGetValue('cmi.core.lesson_location') ?? ''),
    };
  }

  /** Sends the whole state for this log (new attempts as interactions), then LMSCommit. */
  sync(attempts: readonly Attempt[], location?: string): SyncOutcome {
    if (this.finished) return { ok: false, code: '301', message: errorText('301') };
    const { assignment: a, polls, passMark, checks, now } = this.setup;
    const mine = attempts.filter((x) => a.polls.includes(x.poll) && polls[x.poll]);
    const result = lmsResult(mine, a, polls, passMark, checks);
    const fresh = mine.filter((x) => !this.sent.has(key(x))).sort((x, y) => x.at - y.at);
    let n = this.nextInteraction;
    for (const x of fresh) {
      const p = `cmi.interactions.${n}.`;
      const answer = Array.isArray(x.answer) ? x.answer.join(',') : x.answer;
      const ok =
        this.set(p + 'id', x.poll) &&
        this.set(p + 'type', interactionType(polls[x.poll])) &&
        this.set(p + 'student_response', answer.slice(0, 255)) &&
        this.set(p + 'result', x.correct ? 'correct' : 'wrong') &&
        this.set(p + 'time', timeOfDay(x.at));
      if (!ok) return this.fail();
      n++;
    }
    const written =
      this.set('cmi.core.score.min', '0') &&
      this.set('cmi.core.score.max', '100') &&
      this.set('cmi.core.score.raw', String(result.raw)) &&
      this.set('cmi.core.lesson_status', result.status) &&
      this.set('cmi.core.exit', result.tried === a.polls.length ? '' : 'suspend') &&
      this.set('cmi.core.session_time', sessionTime(now() - this.started)) &&
      this.set('cmi.suspend_data', encodeSuspend(mine, a, polls)) &&
      (location === undefined || this.set('cmi.core.lesson_location', location.slice(0, 255)));
    if (!written) return this.fail();
    if (String(this.api.LMSCommit('')) !== 'true') return this.fail();
    this.nextInteraction = n;
    for (const x of fresh) this.sent.add(key(x));
    return { ok: true, result };
  }

  /** The last sync, then LMSFinish (once). */
  finish(attempts: readonly Attempt[], location?: string): SyncOutcome {
    if (this.finished) return { ok: false, code: '301', message: errorText('301') };
    const last = this.sync(attempts, location);
    this.finished = true;
    if (String(this.api.LMSFinish('')) !== 'true') return this.fail();
    return last;
  }
}
