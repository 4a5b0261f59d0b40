// cmi.suspend_data holds at most 4,096 characters in SCORM 1.2, so the attempt
// log is summarized per assigned poll: how many graded attempts, the first one
// and the decisive one (the first correct attempt after a wrong start, else
// the last), each with its time and a compact answer. Restoring rebuilds a log
// with the same per-poll state (attempts, right first time, solved, the shown
// answer) and the same score. Every attempt also goes to cmi.interactions.
import { parseNumber } from '../course/number.ts';
import type { Attempt } from '../progress/log.ts';
import type { Assignment } from '../assign/assignment.ts';
import type { PollInfo } from '../assign/grading.ts';

/** The most characters SCORM 1.2 allows in cmi.suspend_data. */
export const MAX_SUSPEND = 4096;
const VERSION = '1';

type Answer = Attempt['answer'];

// Separators never appear unescaped inside an answer.
const esc = (s: string) => s.replace(/[%,;|]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
const unesc = (s: string) =>
  s.replace(/%([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

const optionIds = (info: PollInfo) =>
  'options' in info.gradable ? info.gradable.options.map((o) => o.id) : [];

function packAnswer(info: PollInfo, answer: Answer): string {
  const g = info.gradable;
  const ids = optionIds(info);
  if (g.type === 'single' && typeof answer === 'string' && ids.includes(answer))
    return ids.indexOf(answer).toString(36);
  if (g.type === 'multiple' && Array.isArray(answer) && answer.every((x) => ids.includes(x))) {
    // A bit per option, so any choice of options costs a few characters.
    let mask = 0n;
    for (const x of answer) mask |= 1n << BigInt(ids.indexOf(x));
    return mask.toString(36);
  }
  if (g.type === 'numeric' && typeof answer === 'string') {
    // The number itself grades exactly as the typed text did, and is often shorter.
    const n = parseNumber(answer);
    const short = n.ok ? String(n.value) : answer;
    return esc(short.length < answer.length ? short : answer);
  }
  return '~' + esc(JSON.stringify(answer));
}

function unpackAnswer(info: PollInfo, text: string): Answer | undefined {
  const g = info.gradable;
  const ids = optionIds(info);
  if (text.startsWith('~')) {
    try {
      const v = JSON.parse(unesc(text.slice(1))) as unknown;
      if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
        return v;
    } catch {
      return undefined;
    }
    return undefined;
  }
  if (!/^[0-9a-z]+$/.test(text) && g.type !== 'numeric') return undefined;
  if (g.type === 'single') return ids[parseInt(text, 36)];
  if (g.type === 'multiple') {
    let mask = 0n;
    for (const c of text) mask = mask * 36n + BigInt(parseInt(c, 36));
    const chosen = ids.filter((_, i) => (mask >> BigInt(i)) & 1n);
    return mask >> BigInt(ids.length) ? undefined : chosen;
  }
  if (g.type === 'numeric') return unesc(text);
  return undefined;
}

interface Summary {
  index: number;
  n: number;
  first: Attempt;
  decisive: Attempt;
}

function summarize(attempts: readonly Attempt[], a: Assignment): Summary[] {
  const out: Summary[] = [];
  a.polls.forEach((poll, index) => {
    const mine = attempts.filter((x) => x.poll === poll).sort((x, y) => x.at - y.at);
    if (mine.length === 0) return;
    const first = mine[0];
    const decisive = first.correct
      ? mine[mine.length - 1]
      : (mine.find((x) => x.correct) ?? mine[mine.length - 1]);
    out.push({ index, n: mine.length, first, decisive });
  });
  return out;
}

/**
 * The suspend data for an attempt log: only the assignment's polls, at most
 * MAX_SUSPEND characters (first answers are left out when they would not fit).
 */
export function encodeSuspend(
  attempts: readonly Attempt[],
  a: Assignment,
  polls: Record<string, PollInfo>,
): string {
  const known = attempts.filter((x) => polls[x.poll]);
  const sums = summarize(known, a);
  const t0 = Math.min(...sums.map((s) => Math.floor(s.first.at / 1000)), Infinity);
  const dt = (x: Attempt) => Math.max(0, Math.floor(x.at / 1000) - t0).toString(36);
  const write = (keepFirst: boolean, keepWidget: boolean) =>
    [
      VERSION,
      Number.isFinite(t0) ? t0.toString(36) : '0',
      sums
        .map((s) => {
          const info = polls[a.polls[s.index]];
          const pack = (x: Attempt) =>
            info.gradable.type === 'widget' && !keepWidget ? '' : packAnswer(info, x.answer);
          const flags = (s.first.correct ? 1 : 0) + (s.decisive.correct ? 2 : 0);
          const head = [s.index.toString(36), s.n.toString(36), flags, dt(s.first)];
          if (s.n === 1) return [...head, pack(s.first)].join(',');
          const first = keepFirst ? pack(s.first) : '';
          return [...head, first, dt(s.decisive), pack(s.decisive)].join(',');
        })
        .join(';'),
    ].join('|');
  for (const [keepFirst, keepWidget] of [
    [true, true],
    [false, true],
    [false, false],
  ] as const) {
    const text = write(keepFirst, keepWidget);
    if (text.length <= MAX_SUSPEND) return text;
  }
  // Not reachable with the course's limits (the size test checks the worst case).
  throw new Error('the suspend data does not fit in 4,096 characters');
}

/** The attempt log rebuilt from suspend data, or null when the text is not ours. */
export function decodeSuspend(
  text: string,
  a: Assignment,
  polls: Record<string, PollInfo>,
): Attempt[] | null {
  if (text === '') return [];
  const parts = text.split('|');
  if (parts.length !== 3 || parts[0] !== VERSION || !/^[0-9a-z]+$/.test(parts[1])) return null;
  const t0 = parseInt(parts[1], 36);
  const attempts: Attempt[] = [];
  for (const entry of parts[2] === '' ? [] : parts[2].split(';')) {
    const f = entry.split(',');
    if (f.length !== 5 && f.length !== 7) return null;
    const [index, n, flags, d1] = [f[0], f[1], f[2], f[3]].map((x) => parseInt(x, 36));
    const poll = a.polls[index];
    const info = polls[poll ?? ''];
    if (!info || !(n >= 1) || !(flags >= 0 && flags <= 3) || !(d1 >= 0)) return null;
    const at = (d: number) => (t0 + d) * 1000;
    const make = (answer: Answer | undefined, correct: boolean, d: number): Attempt | null =>
      answer === undefined ? null : { poll, lesson: info.lesson, answer, correct, at: at(d) };
    // An empty answer is a widget state left out for room: grading then sees no state.
    const read = (t: string) => (t === '' ? 'null' : unpackAnswer(info, t));
    if (f.length === 5) {
      const one = make(read(f[4]), (flags & 1) === 1, d1);
      if (!one || n !== 1) return null;
      attempts.push(one);
      continue;
    }
    const d2 = parseInt(f[5], 36);
    const decisive = make(read(f[6]), (flags & 2) === 2, d2);
    // A first answer left out for room is taken to be the decisive one.
    const first = make(f[4] === '' ? decisive?.answer : read(f[4]), (flags & 1) === 1, d1);
    if (!first || !decisive || !(d2 >= d1) || n < 2) return null;
    attempts.push(first);
    for (let i = 0; i < n - 2; i++) attempts.push({ ...first });
    attempts.push(decisive);
  }
  return attempts;
}
