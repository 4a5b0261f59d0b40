// What the class page and the banner say about one assignment, from the
// server's status of it: "handed in ✓ at 14:02", "in progress: 3 of 5",
// "not started", with late or overdue. Pure: the time and zone are passed in.
import type { MyAssignment } from './api.ts';
import { statusText as t } from './strings.ts';

/** The tone of a status, for its look: done, under way, not begun. */
export type Tone = 'done' | 'progress' | 'none';

/** The status of an assignment in words. */
export interface StatusWords {
  text: string;
  tone: Tone;
  /** "late" (handed in after the due time) or "overdue" (not handed in, due time passed), else null. */
  flag: string | null;
}

const parts = (ms: number, timeZone?: string) => {
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(ms);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone }).format(
    ms,
  );
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone }).format(ms);
  return { time, day, ymd };
};

/** The status words of `a` at time `now` (ms); times shown in `timeZone` (the browser's by default). */
export function statusWords(
  a: Pick<MyAssignment, 'status' | 'handedInAt' | 'late' | 'overdue' | 'answered'> & {
    assignment: { polls: string[] };
  },
  now: number,
  timeZone?: string,
): StatusWords {
  if (a.status === 'complete' && a.handedInAt) {
    const when = parts(Date.parse(a.handedInAt), timeZone);
    // The day is named only when it is not today, where "at 14:02" says it all.
    const text =
      when.ymd === parts(now, timeZone).ymd
        ? t.handedIn(when.time)
        : t.handedInOn(when.day, when.time);
    return { text, tone: 'done', flag: a.late ? t.late : null };
  }
  const flag = a.overdue ? t.overdue : null;
  if (a.status === 'in_progress')
    return { text: t.inProgress(a.answered, a.assignment.polls.length), tone: 'progress', flag };
  return { text: t.notStarted, tone: 'none', flag };
}

/** The status as one line: "handed in ✓ at 14:02 (late)". */
export function statusLine(w: StatusWords): string {
  return w.flag ? `${w.text} (${w.flag})` : w.text;
}
