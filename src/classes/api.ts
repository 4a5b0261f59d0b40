// The class server's learner routes for classes (server/API.md, "Learner
// routes") as typed calls. A failure becomes an ApiError (from the live
// client) with the server's sentence, or status 0 when nothing answered.
import { ApiError } from '../live/api.ts';
import type { AssignedLesson } from '../assign/assignment.ts';
import type { AttemptResult, BatchOutcome, Outgoing } from './outbox.ts';
import { retryDelay } from './outbox.ts';
import { apiText } from './strings.ts';

export { ApiError };

/** A class as anyone with its code may see it. */
export interface PublicClass {
  code: string;
  name: string;
  allowNewNames: boolean;
}

/** What joining by name returns. */
export interface ClassJoined {
  learnerToken: string;
  learnerId: string;
  name: string;
}

/** Where a learner is with one poll of an assignment. */
export type Outcome = 'first' | 'later' | 'wrong' | 'none';

/** One published assignment as the learner sees it (no key; `due` includes their extension). */
export interface MyAssignment {
  assignment: {
    id: string;
    title: string;
    instructions: string;
    due: number | null;
    lessons: AssignedLesson[];
    polls: string[];
  };
  status: 'not_started' | 'in_progress' | 'complete';
  handedInAt: string | null;
  late: boolean;
  overdue: boolean;
  answered: number;
  polls: Record<string, { outcome: Outcome; attempts: number; late: boolean }>;
}

/** GET /api/classes/:code/me */
export interface ClassMe {
  code: string;
  className: string;
  learnerId: string;
  name: string;
  assignments: MyAssignment[];
  attempts: { attemptId: string; pollId: string; correct: boolean; at: string; deviceId: string }[];
}

async function call<T>(path: string, token?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'offline', apiText.noAnswer);
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok && data !== null) return data as T;
  const err = (data ?? {}) as { error?: unknown; code?: unknown };
  throw new ApiError(
    res.status,
    typeof err.code === 'string' ? err.code : 'bad_reply',
    typeof err.error === 'string' ? err.error : apiText.badReply(res.status),
    Number(res.headers.get('Retry-After') ?? 0) || 0,
  );
}

const at = (code: string) => `/api/classes/${encodeURIComponent(code)}`;

/** The learner's calls of a class. */
export const classApi = {
  /** The class's name and whether new names may join. */
  info: (code: string) => call<PublicClass>(`${at(code)}/public`),
  /** Joins by name (matched to the roster, or added when the class allows it). */
  join: (code: string, name: string, deviceId: string) =>
    call<ClassJoined>(`${at(code)}/join`, undefined, { name, deviceId }),
  /** The learner's own assignments with their status, and own attempts. */
  me: (code: string, token: string) => call<ClassMe>(`${at(code)}/me`, token),
};

/** Sends one batch of attempts and says what became of it (for Outbox.flush). */
export async function sendBatch(
  code: string,
  token: string,
  deviceId: string,
  batch: Outgoing[],
  failures: number,
): Promise<BatchOutcome> {
  try {
    const r = await call<{ results: AttemptResult[] }>(`${at(code)}/attempts`, token, {
      deviceId,
      attempts: batch.map(({ attemptId, pollId, response, answeredAt }) => ({
        attemptId,
        pollId,
        response,
        answeredAt,
      })),
    });
    return { kind: 'results', results: Array.isArray(r.results) ? r.results : [] };
  } catch (e) {
    const err = e as ApiError;
    if (err.status === 0 || err.status === 429 || err.status >= 500)
      return { kind: 'retry', after: retryDelay(failures + 1, err.retryAfter * 1000) };
    if (err.status === 401 || err.status === 404) return { kind: 'stop', code: err.code };
    return { kind: 'rejected', code: err.code, error: err.message };
  }
}
