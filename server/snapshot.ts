// The absolute state of a class as the presenter and the learners see it.
import type { PollIndex } from './polls.ts';
import type { Repository, RunState } from './store/repository.ts';
import { tally, type Tally } from './tally.ts';

/** The snapshot sent by SSE and returned by teacher actions (see server/API.md). */
export interface Snapshot {
  code: string;
  title: string;
  status: 'live' | 'ended';
  version: number;
  learners: number;
  allowAnonymous: boolean;
  pollIds: string[];
  run: null | {
    runId: string;
    pollId: string;
    state: RunState;
    shown: boolean;
    answered: number;
    tally: Tally | null;
    correct: unknown;
  };
}

/** The teacher's and the learners' snapshots of one class, read together. */
export interface Snapshots {
  version: number;
  teacher: Snapshot;
  learner: Snapshot;
}

/** Reads a class and builds both snapshots; null when there is no such class. */
export async function readSnapshots(
  repo: Repository,
  polls: PollIndex,
  code: string,
): Promise<Snapshots | null> {
  const s = await repo.getSession(code);
  if (!s) return null;
  const [learners, run] = await Promise.all([
    repo.countLearners(code),
    s.currentRunId ? repo.getRun(s.currentRunId) : Promise.resolve(null),
  ]);
  const base = {
    code: s.code,
    title: s.title,
    status: s.status,
    version: s.version,
    learners,
    allowAnonymous: s.allowAnonymous,
    pollIds: s.pollIds,
  };
  const poll = run && polls.get(run.pollId);
  if (!run || !poll)
    return { version: s.version, teacher: { ...base, run: null }, learner: { ...base, run: null } };
  const answers = await repo.runAnswers(run.runId);
  const counts = tally(
    poll,
    answers.map((a) => JSON.parse(a.answer)),
  );
  const correct = run.state === 'revealed' && 'answer' in poll ? poll.answer : null;
  const common = {
    runId: run.runId,
    pollId: run.pollId,
    state: run.state,
    shown: run.shown,
    answered: answers.length,
    correct,
  };
  return {
    version: s.version,
    teacher: { ...base, run: { ...common, tally: counts } },
    learner: { ...base, run: { ...common, tally: run.shown ? counts : null } },
  };
}
