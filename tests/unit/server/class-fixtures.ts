// Helpers for the class API tests: an assignment as the builder makes it and a
// class made through the API.
import type { testApp } from './fixtures.ts';

/** 09:00 UTC on the test day: the test app's clock starts here. */
export const T0 = Date.parse('2026-12-02T09:00:00.000Z');
/** The time `min` minutes after T0, as the API writes it. */
export const iso = (min: number) => new Date(T0 + min * 60_000).toISOString();

/** An assignment of the fixture's three gradable polls, due at 10:00. */
export const week1 = (over: Record<string, unknown> = {}) => ({
  id: 'asg-week1',
  key: 'AAAAAAAAAAAAAAAAAAAAAA',
  title: 'Week 1',
  instructions: 'Read both sections, then answer.',
  due: T0 + 60 * 60_000,
  lessons: [{ lesson: 'lessons/03-weights-bias-activations', sections: ['weights', 'bias'] }],
  polls: ['zero-init', 'pick-two', 'weighted-sum'],
  ...over,
});

type T = ReturnType<typeof testApp>;

/** A class made through the API from `roster`; returns its code, secret, auth header and learners' tokens by name. */
export async function makeClass(t: T, roster: string | string[], allowNewNames = false) {
  const r = await t.call('POST', '/api/classes', { name: 'Group A', allowNewNames, roster });
  if (r.status !== 201) throw new Error(JSON.stringify(r.json));
  const { code, teacherSecret } = r.json;
  const teacher = { authorization: `Bearer ${teacherSecret}` };
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  for (const l of r.json.learners as { name: string; learnerId: string; linkPath: string }[]) {
    tokens[l.name] = new URLSearchParams(l.linkPath.split('#')[1]).get('token')!;
    ids[l.name] = l.learnerId;
  }
  const auth = (name: string) => ({ authorization: `Bearer ${tokens[name]}` });
  return { code, teacherSecret, teacher, tokens, ids, auth, created: r.json };
}

/** Sends one batch of attempts as `learner` from `deviceId`. */
export function send(
  t: T,
  code: string,
  auth: Record<string, string>,
  deviceId: string,
  attempts: { attemptId: string; pollId: string; response: unknown }[],
) {
  return t.call('POST', `/api/classes/${code}/attempts`, { deviceId, attempts }, auth);
}
