// What each screen shows for a snapshot, decided apart from the UI so that it
// can be tested: which stage the class is in and which controls make sense.
import type { Snapshot } from './snapshot.ts';
import type { LiveBank } from './bank-types.ts';

/** Where the class is: no poll open yet, a poll in one of its states, or over. */
export type Stage = 'waiting' | 'open' | 'locked' | 'revealed' | 'ended';

/** The stage of a snapshot. */
export function stageOf(s: Snapshot): Stage {
  if (s.status === 'ended') return 'ended';
  return s.run ? s.run.state : 'waiting';
}

/** The presenter's controls for a snapshot and the teacher's chosen order of polls. */
export interface PresenterControls {
  stage: Stage;
  /** Show results / Hide results, while a run is open, locked or revealed. */
  canToggleShown: boolean;
  canLock: boolean;
  canUnlock: boolean;
  canReveal: boolean;
  /** The poll "Next" opens, or null after the last one. */
  next: string | null;
  /** 1-based place of the current poll in the order (0 when none is open). */
  place: number;
}

/** Decides the presenter's controls. */
export function presenterControls(s: Snapshot, order: string[]): PresenterControls {
  const stage = stageOf(s);
  const i = s.run ? order.indexOf(s.run.pollId) : -1;
  const next = stage === 'ended' ? null : (order[i + 1] ?? null);
  return {
    stage,
    canToggleShown: stage === 'open' || stage === 'locked' || stage === 'revealed',
    canLock: stage === 'open',
    canUnlock: stage === 'locked',
    canReveal: stage === 'open' || stage === 'locked',
    next,
    place: i + 1,
  };
}

/** One group of the poll picker: a heading and its poll ids. */
export interface PickGroup {
  key: string;
  title: string;
  polls: string[];
}

/**
 * The poll picker's groups: the lecture's own polls first (in lecture order),
 * then every other poll by lesson; `lectureTitle` names the first group.
 */
export function pickGroups(bank: LiveBank, lectureTitle: string): PickGroup[] {
  const all = bank.lessons.flatMap((l) => l.polls);
  const lecture = all.filter((id) => bank.polls[id]?.fromLecture);
  const rest = bank.lessons
    .map((l) => ({
      key: l.id,
      title: l.title,
      polls: l.polls.filter((id) => !bank.polls[id]?.fromLecture),
    }))
    .filter((g) => g.polls.length > 0);
  return lecture.length > 0
    ? [{ key: 'lecture', title: lectureTitle, polls: lecture }, ...rest]
    : rest;
}

/** The polls ticked by default: the lecture's own. */
export function defaultPicks(bank: LiveBank): string[] {
  return bank.lessons.flatMap((l) => l.polls).filter((id) => bank.polls[id]?.fromLecture);
}

/** Moves `id` one place up (-1) or down (+1) in `order`; returns a new array. */
export function move(order: string[], id: string, by: -1 | 1): string[] {
  const i = order.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= order.length) return order;
  const out = [...order];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}
