// The class gradebook as the teacher's page shows it, pure: rows filtered and
// sorted, each learner as the static gradebook's GradedReport (so PollChart and
// the CSV writer of src/assign serve both), devices numbered, attempts listed.
import type { ClassCsvRow } from '../../assign/csv.ts';
import { nameKey } from '../../assign/gradebook.ts';
import type { GradedReport, PollOutcome, PollResult } from '../../assign/grading.ts';
import type { ReportAttempt } from '../../assign/report.ts';
import type { GradebookLearner, Status } from './types.ts';

/** Which learners the table shows. */
export type Filter = 'all' | Status | 'late' | 'overdue';

/** What the table sorts by. */
export type SortBy =
  { by: 'name' | 'status' | 'completion' | 'late' | 'handedIn' } | { by: 'poll'; poll: string };

const OUTCOME_RANK: Record<PollOutcome, number> = { first: 3, later: 2, wrong: 1, none: 0 };
const STATUS_RANK: Record<Status, number> = { complete: 2, in_progress: 1, not_started: 0 };

/** True when learner `l` passes `filter` and its name holds `text` (case and spacing ignored). */
export function shown(l: GradebookLearner, filter: Filter, text = ''): boolean {
  const q = nameKey(text);
  if (q && !nameKey(l.name).includes(q)) return false;
  if (filter === 'all') return true;
  if (filter === 'late') return l.late || l.lateAttempts > 0;
  if (filter === 'overdue') return l.overdue;
  return l.status === filter;
}

/** The learners shown, sorted (stable: names break ties; not handed in sorts as latest). */
export function tableRows(
  learners: readonly GradebookLearner[],
  sort: SortBy,
  desc: boolean,
  filter: Filter = 'all',
  text = '',
): GradebookLearner[] {
  const value = (l: GradebookLearner): number | string => {
    switch (sort.by) {
      case 'name':
        return nameKey(l.name);
      case 'status':
        return STATUS_RANK[l.status];
      case 'completion':
        return l.completion;
      case 'late':
        return l.lateAttempts + (l.late ? 0.5 : 0);
      case 'handedIn':
        return l.handedInAt ? Date.parse(l.handedInAt) : Infinity;
      case 'poll':
        return OUTCOME_RANK[l.polls[sort.poll]?.outcome ?? 'none'];
    }
  };
  const sign = desc ? -1 : 1;
  return learners
    .filter((l) => shown(l, filter, text))
    .sort((x, y) => {
      const [a, b] = [value(x), value(y)];
      const c = a < b ? -1 : a > b ? 1 : 0;
      return c !== 0 ? sign * c : nameKey(x.name).localeCompare(nameKey(y.name));
    });
}

/** An attempt's response as a report would carry it (a widget's state as its JSON text). */
function asAnswer(response: unknown): ReportAttempt['answer'] {
  if (typeof response === 'string') return response;
  if (Array.isArray(response) && response.every((x) => typeof x === 'string')) return response;
  return JSON.stringify(response);
}

/** A learner's row as a graded report: the first answer per poll feeds PollChart's distribution. */
export function asGraded(l: GradebookLearner, polls: readonly string[]): GradedReport {
  const results: Record<string, PollResult> = Object.create(null);
  for (const p of polls) {
    const cell = l.polls[p] ?? { outcome: 'none' as const, attempts: 0, late: false };
    const first = l.attempts.find((x) => x.pollId === p);
    results[p] = {
      outcome: cell.outcome,
      attempts: cell.attempts,
      late: cell.late,
      firstAnswer: first ? asAnswer(first.response) : null,
      firstCorrect: first?.correct ?? false,
    };
  }
  return {
    name: l.name,
    createdAt: l.handedInAt ? Date.parse(l.handedInAt) : 0,
    polls: results,
    counts: l.counts,
    completion: l.completion,
    lateAttempts: l.lateAttempts,
  };
}

/** Each device of a learner, numbered in the order it first sent an attempt ("device 1", …). */
export function deviceNumbers(l: GradebookLearner): Map<string, number> {
  const n = new Map<string, number>();
  for (const x of l.attempts) if (!n.has(x.deviceId)) n.set(x.deviceId, n.size + 1);
  return n;
}

/** A learner's row as the CSV writer takes it. */
export function csvRow(l: GradebookLearner): ClassCsvRow {
  return { ...l, devices: deviceNumbers(l).size };
}

/** An answer as one line of text: a choice by its option's label, a widget's state as JSON. */
export function answerText(response: unknown, options?: { id: string; label: string }[]): string {
  const label = (id: string) => options?.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(response)) return response.map((x) => label(String(x))).join('; ');
  return typeof response === 'string' ? label(response) : JSON.stringify(response);
}
