// A class gradebook for one assignment, computed from the stored (already
// graded) attempts: learners × polls, status, lateness, per-poll distribution.
// Pure: the time is passed in.
import type {
  Bar,
  GradebookAttempt,
  LearnerRow,
  Outcome,
  PollColumn,
  Status,
} from '../src/classes/gradebook-types.ts';
import type { Poll } from '../src/quiz/poll-schema.ts';
import type { AttemptRow, ClassLearner } from './store/class-repository.ts';

export type { Bar, GradebookAttempt, LearnerRow, Outcome, PollColumn, Status };

/** What grading an assignment needs to know of it. */
export interface GradedAssignment {
  assignmentId: string;
  polls: string[];
  /** The class-wide due time (ms), or null. */
  due: number | null;
}

/** The whole gradebook. */
export interface Gradebook {
  assignmentId: string;
  due: number | null;
  polls: PollColumn[];
  learners: LearnerRow[];
  summary: Record<Status, number> & { late: number; overdue: number };
}

const zero = (): Record<Outcome, number> => ({ first: 0, later: 0, wrong: 0, none: 0 });
const answerText = (r: unknown) =>
  Array.isArray(r) ? r.join(';') : typeof r === 'string' ? r : JSON.stringify(r);

/** One learner's row from their attempts (in arrival order) at any polls. */
export function learnerRow(
  a: GradedAssignment,
  learner: Pick<ClassLearner, 'learnerId' | 'name'>,
  mine: AttemptRow[],
  extension: number | undefined,
  now: number,
): LearnerRow {
  const due = extension ?? a.due;
  const assigned = new Set(a.polls);
  const polls: LearnerRow['polls'] = {};
  for (const p of a.polls) polls[p] = { outcome: 'none', attempts: 0, late: false };
  const attempts: GradebookAttempt[] = [];
  let answered = 0;
  let handedInAt: string | null = null;
  let lateAttempts = 0;
  for (const x of mine) {
    if (!assigned.has(x.pollId)) continue;
    const late = due !== null && Date.parse(x.receivedAt) > due;
    const cell = polls[x.pollId];
    cell.attempts++;
    if (late) ((cell.late = true), lateAttempts++);
    if (cell.attempts === 1) {
      cell.outcome = x.correct ? 'first' : 'wrong';
      answered++;
      if (answered === a.polls.length) handedInAt = x.receivedAt;
    } else if (x.correct && cell.outcome === 'wrong') cell.outcome = 'later';
    attempts.push({
      attemptId: x.attemptId,
      pollId: x.pollId,
      response: JSON.parse(x.response),
      correct: x.correct,
      at: x.receivedAt,
      deviceId: x.deviceId,
      late,
    });
  }
  const counts = zero();
  for (const p of a.polls) counts[polls[p].outcome]++;
  const complete = a.polls.length > 0 && answered === a.polls.length;
  return {
    learnerId: learner.learnerId,
    name: learner.name,
    due,
    extended: extension !== undefined,
    status: complete ? 'complete' : answered > 0 ? 'in_progress' : 'not_started',
    handedInAt,
    late: complete && due !== null && Date.parse(handedInAt!) > due,
    overdue: !complete && due !== null && now > due,
    completion: a.polls.length ? (counts.first + counts.later) / a.polls.length : 0,
    answered,
    counts,
    polls,
    lateAttempts,
    attempts,
  };
}

function distribution(poll: Poll | undefined, firsts: AttemptRow[]): Bar[] {
  const answers = firsts.map((x) => JSON.parse(x.response) as unknown);
  if (poll && (poll.type === 'single' || poll.type === 'multiple')) {
    const key = new Set(poll.type === 'single' ? [poll.answer] : poll.answer);
    return poll.options.map((o) => ({
      answer: o.id,
      correct: key.has(o.id),
      count: answers.filter((r) => (Array.isArray(r) ? r.includes(o.id) : r === o.id)).length,
    }));
  }
  const bars = new Map<string, Bar>();
  firsts.forEach((x, i) => {
    const text = answerText(answers[i]);
    const bar = bars.get(text) ?? { answer: text, count: 0, correct: x.correct };
    bar.count++;
    bars.set(text, bar);
  });
  // Most frequent first; ties in code-point order, so the order is the same everywhere.
  return [...bars.values()].sort(
    (p, q) => q.count - p.count || (p.answer < q.answer ? -1 : p.answer > q.answer ? 1 : 0),
  );
}

/** The gradebook of assignment `a` for `learners`, from the class's attempts in arrival order. */
export function gradebook(
  a: GradedAssignment,
  learners: Pick<ClassLearner, 'learnerId' | 'name'>[],
  attempts: AttemptRow[],
  extensions: Map<string, number>,
  polls: Map<string, Poll>,
  now: number,
): Gradebook {
  const byLearner = new Map<string, AttemptRow[]>();
  for (const x of attempts) {
    const list = byLearner.get(x.learnerId) ?? [];
    list.push(x);
    byLearner.set(x.learnerId, list);
  }
  const rows = learners.map((l) =>
    learnerRow(a, l, byLearner.get(l.learnerId) ?? [], extensions.get(l.learnerId), now),
  );
  const columns = a.polls.map((pollId): PollColumn => {
    const counts = zero();
    for (const r of rows) counts[r.polls[pollId].outcome]++;
    const firsts = learners
      .map((l) => (byLearner.get(l.learnerId) ?? []).find((x) => x.pollId === pollId))
      .filter((x): x is AttemptRow => x !== undefined);
    const poll = polls.get(pollId);
    return {
      pollId,
      type: poll?.type ?? 'single',
      counts,
      distribution: distribution(poll, firsts),
    };
  });
  const summary = { not_started: 0, in_progress: 0, complete: 0, late: 0, overdue: 0 };
  for (const r of rows) {
    summary[r.status]++;
    if (r.late) summary.late++;
    if (r.overdue) summary.overdue++;
  }
  return { assignmentId: a.assignmentId, due: a.due, polls: columns, learners: rows, summary };
}
