// What the class server does, apart from HTTP: open classes, join, answer,
// run polls. Routes validate and authenticate, then call these.
import { grade } from '../src/quiz/grade.ts';
import { isoNow, type Clock } from './clock.ts';
import { ApiError } from './errors.ts';
import { hashSecret, type Ids } from './ids.ts';
import { cleanName } from './names.ts';
import type { PollIndex } from './polls.ts';
import type { Learner, Repository, RunState, Session } from './store/repository.ts';

/** What the service needs: storage, polls, ids, time, and a way to say a class changed. */
export interface LiveDeps {
  repo: Repository;
  polls: PollIndex;
  ids: Ids;
  clock: Clock;
  /** Called after every committed change of a class. */
  changed: (code: string) => void;
}

const NEXT: Record<string, (s: RunState, shown: boolean) => [RunState, boolean] | null> = {
  show: (s) => [s, true],
  hide: (s) => [s, false],
  lock: (s, shown) => (s === 'open' ? ['locked', shown] : null),
  unlock: (s, shown) => (s === 'locked' ? ['open', shown] : null),
  reveal: (s, shown) => (s === 'revealed' ? null : ['revealed', shown]),
};

/** The class service over `deps`. */
export function liveService(deps: LiveDeps) {
  const { repo, polls, ids, clock, changed } = deps;

  const session = async (code: string): Promise<Session> => {
    const s = await repo.getSession(code);
    if (!s) throw new ApiError('unknown_class');
    return s;
  };
  const live = (s: Session) => {
    if (s.status !== 'live') throw new ApiError('class_ended');
  };

  return {
    session,

    /** The class if `secret` is its teacher secret. */
    async asTeacher(code: string, secret: string | undefined): Promise<Session> {
      const s = await session(code);
      if (!secret || hashSecret(secret) !== s.secretHash) throw new ApiError('unauthorized');
      return s;
    },

    /** The learner holding `token` in this class. */
    async asLearner(code: string, token: string | undefined): Promise<Learner> {
      await session(code);
      const l = token ? await repo.learnerByToken(code, hashSecret(token)) : null;
      if (!l) throw new ApiError('unauthorized');
      return l;
    },

    async create(title: string, pollIds: string[], allowAnonymous: boolean) {
      for (const id of pollIds) {
        const p = polls.get(id);
        if (!p) throw new ApiError('unknown_poll', `There is no poll “${id}” in the course.`);
        if (p.type === 'widget')
          throw new ApiError(
            'poll_not_live',
            `The poll “${id}” needs its lesson’s widget and cannot be run live.`,
          );
      }
      const teacherSecret = ids.secret();
      for (;;) {
        const code = ids.code();
        const made = await repo.createSession({
          code,
          title,
          pollIds,
          allowAnonymous,
          secretHash: hashSecret(teacherSecret),
          createdAt: isoNow(clock),
        });
        if (made) return { code, teacherSecret, joinPath: `/live/?code=${code}` };
      }
    },

    async join(code: string, rawName: string | undefined, clientId: string) {
      const s = await session(code);
      live(s);
      const name = cleanName(rawName);
      if (name === null && !s.allowAnonymous) throw new ApiError('name_required');
      const learnerToken = ids.secret();
      const l = await repo.joinLearner({
        learnerId: ids.id('l'),
        code,
        clientId,
        name,
        joinedAt: isoNow(clock),
        tokenHash: hashSecret(learnerToken),
      });
      changed(code);
      return { learnerToken, learnerId: l.learnerId, name: l.name };
    },

    async open(s: Session, pollId: string) {
      live(s);
      if (!s.pollIds.includes(pollId)) throw new ApiError('poll_not_in_class');
      const runId = ids.id('r');
      await repo.openRun({ runId, code: s.code, pollId, openedAt: isoNow(clock) });
      changed(s.code);
      return { runId };
    },

    async act(s: Session, runId: string, action: keyof typeof NEXT) {
      const run = await repo.getRun(runId);
      if (!run || run.code !== s.code) throw new ApiError('unknown_run');
      if (s.currentRunId !== runId) throw new ApiError('run_closed');
      const next = NEXT[action](run.state, run.shown);
      if (!next)
        throw new ApiError('invalid_transition', `A poll that is ${run.state} cannot ${action}.`);
      await repo.updateRun(runId, next[0], next[1]);
      changed(s.code);
    },

    async end(s: Session) {
      if (s.status === 'live') {
        await repo.endSession(s.code);
        changed(s.code);
      }
    },

    async answer(
      code: string,
      learner: Learner,
      runId: string,
      answerId: string,
      answer: string | string[],
    ) {
      const run = await repo.getRun(runId);
      if (!run || run.code !== code) throw new ApiError('unknown_run');
      const poll = polls.get(run.pollId);
      if (!poll) throw new ApiError('unknown_poll');
      const g = grade(poll, answer);
      if (g.verdict === 'invalid')
        throw new ApiError('invalid_answer', undefined, { message: g.message });
      const out = await repo.submitAnswer({
        code,
        runId,
        learnerId: learner.learnerId,
        answerId,
        answer: JSON.stringify(answer),
        correct: g.correct,
        acceptedAt: isoNow(clock),
      });
      if (out.kind === 'accepted') {
        changed(code);
        return { answerId, runId, acceptedAt: out.acceptedAt, version: out.version };
      }
      if (out.kind === 'duplicate')
        return { answerId, runId: out.runId, acceptedAt: out.acceptedAt };
      throw new ApiError(out.kind);
    },

    async mine(learner: Learner) {
      const answers = await repo.learnerAnswers(learner.learnerId);
      const runs = await Promise.all(answers.map((a) => repo.getRun(a.runId)));
      return {
        learnerId: learner.learnerId,
        name: learner.name,
        answers: answers.map((a, i) => ({
          runId: a.runId,
          pollId: a.pollId,
          answerId: a.answerId,
          answer: JSON.parse(a.answer),
          acceptedAt: a.acceptedAt,
          correct: runs[i]?.state === 'revealed' ? a.correct : null,
        })),
      };
    },
  };
}

/** What `liveService` makes. */
export type LiveService = ReturnType<typeof liveService>;
