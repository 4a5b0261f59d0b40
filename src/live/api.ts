// The class server's HTTP API (server/API.md) as typed calls. Every failure
// becomes an ApiError carrying the server's plain sentence, or, when the
// server did not answer at all, `offline`.
import type { Snapshot } from './snapshot.ts';
import { common } from './strings.ts';
import type { LiveAnswer, QueuedAnswer, SendOutcome } from './answer-queue.ts';

/** A refused or failed call: the HTTP status (0 when no answer came), the server's code and sentence. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds to wait before trying again (429), else 0. */
  readonly retryAfter: number;

  /** Wraps one failure. */
  constructor(status: number, code: string, message: string, retryAfter = 0) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

/** A class as anyone may see it before joining. */
export interface ClassInfo {
  code: string;
  title: string;
  status: 'live' | 'ended';
  allowAnonymous: boolean;
}

/** What creating a class returns (the secret is shown only this once). */
export interface Created {
  code: string;
  teacherSecret: string;
  joinPath: string;
}

/** What joining returns. */
export interface Joined {
  learnerToken: string;
  learnerId: string;
  name: string | null;
}

/** A learner's own answers, for rejoining. */
export interface Me {
  learnerId: string;
  name: string | null;
  answers: { runId: string; answerId: string; answer: LiveAnswer; acceptedAt: string }[];
}

/** A run action of the presenter. */
export type RunAction = 'show' | 'hide' | 'lock' | 'unlock' | 'reveal';

async function call<T>(
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'offline', common.noAnswer);
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok && data !== null) return data as T;
  const err = (data ?? {}) as { error?: string; code?: string };
  const retry = Number(res.headers.get('Retry-After') ?? 0);
  throw new ApiError(
    res.status,
    err.code ?? 'bad_reply',
    err.error ?? common.badReply(res.status),
    retry,
  );
}

const at = (code: string) => `/api/live/${encodeURIComponent(code)}`;

/** True when the class server answers (false on a static host). */
export async function health(): Promise<boolean> {
  try {
    const r = await call<{ ok?: boolean }>('/api/health');
    return r.ok === true;
  } catch {
    return false;
  }
}

/** The teacher's calls, bound to one class and its secret. */
export const teacher = {
  /** Opens a new class. */
  create: (title: string, pollIds: string[], allowAnonymous: boolean) =>
    call<Created>('/api/live', { body: { title, pollIds, allowAnonymous } }),
  /** The full snapshot, tallies included. */
  snapshot: (code: string, key: string) => call<Snapshot>(`${at(code)}/teacher`, { token: key }),
  /** Opens a new run of a poll. */
  open: (code: string, key: string, pollId: string) =>
    call<{ runId: string }>(`${at(code)}/open`, { token: key, body: { pollId } }),
  /** Shows, hides, locks, unlocks or reveals the current run. */
  act: (code: string, key: string, runId: string, action: RunAction) =>
    call<Snapshot>(`${at(code)}/runs/${encodeURIComponent(runId)}`, {
      token: key,
      body: { action },
    }),
  /** Ends the class. */
  end: (code: string, key: string) => call<Snapshot>(`${at(code)}/end`, { token: key, body: {} }),
  /** The SSE address of the teacher's stream. */
  events: (code: string, key: string) =>
    `${at(code)}/events?role=teacher&key=${encodeURIComponent(key)}`,
  /** A results download address (CSV or JSON). */
  results: (code: string, key: string, kind: 'csv' | 'json') =>
    `${at(code)}/results.${kind}?key=${encodeURIComponent(key)}`,
};

/** The learner's calls. */
export const learner = {
  /** The class's title and whether a name is needed. */
  info: (code: string) => call<ClassInfo>(at(code)),
  /** Joins (or rejoins with the same clientId). */
  join: (code: string, clientId: string, name: string | undefined) =>
    call<Joined>(`${at(code)}/join`, { body: name ? { name, clientId } : { clientId } }),
  /** The learner's own answers so far. */
  me: (code: string, token: string) => call<Me>(`${at(code)}/me`, { token }),
  /** The SSE address of the learner's stream. */
  events: (code: string, token: string) =>
    `${at(code)}/events?role=learner&token=${encodeURIComponent(token)}`,
};

/** Sends one queued answer and says what became of it (for AnswerQueue.flush). */
export async function sendAnswer(
  code: string,
  token: string,
  a: QueuedAnswer,
): Promise<SendOutcome> {
  try {
    const r = await call<{ acceptedAt: string }>(`${at(code)}/answers`, {
      token,
      body: { runId: a.runId, answerId: a.answerId, answer: a.answer },
    });
    return { kind: 'accepted', acceptedAt: r.acceptedAt };
  } catch (e) {
    const err = e as ApiError;
    // No answer, too many requests or a server fault: the answer waits for the next try.
    if (err.status === 0 || err.status === 429 || err.status >= 500) return { kind: 'retry' };
    return { kind: 'refused', reason: err.code };
  }
}
