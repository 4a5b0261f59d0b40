// The teacher's calls to the class routes (server/API.md, "Classes …"), typed.
// A failure becomes the live client's ApiError with the server's own sentence
// (or `offline` when no answer came), so pages can show why as it is.
import type { Assignment } from '../../assign/assignment.ts';
import { ApiError, health } from '../../live/api.ts';
import { common } from '../../live/strings.ts';
import type {
  ClassGradebook,
  ClassOverview,
  CreatedClass,
  Deleted,
  DueChange,
  NewLearner,
  Restored,
  RosterLearner,
} from './types.ts';

export { ApiError, health };

interface Init {
  method?: string;
  key?: string;
  /** A value sent as JSON, or (`raw`) text sent as it is. */
  body?: unknown;
  raw?: string;
  etag?: string;
}

async function send(path: string, init: Init): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init.key) headers.Authorization = `Bearer ${init.key}`;
  if (init.etag) headers['If-None-Match'] = init.etag;
  const hasBody = init.body !== undefined || init.raw !== undefined;
  if (hasBody) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method: init.method ?? (hasBody ? 'POST' : 'GET'),
      headers,
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'offline', common.noAnswer);
  }
}

async function refusal(res: Response): Promise<ApiError> {
  const data = (await res.json().catch(() => null)) as { error?: string; code?: string } | null;
  return new ApiError(
    res.status,
    data?.code ?? 'bad_reply',
    data?.error ?? common.badReply(res.status),
    Number(res.headers.get('Retry-After') ?? 0),
  );
}

async function call<T>(path: string, init: Init = {}): Promise<T> {
  const res = await send(path, init);
  if (!res.ok) throw await refusal(res);
  const data: unknown = await res.json().catch(() => null);
  if (data === null) throw new ApiError(res.status, 'bad_reply', common.badReply(res.status));
  return data as T;
}

const at = (code: string) => `/api/classes/${encodeURIComponent(code)}`;
const of = (code: string, rest: string) => `${at(code)}/${rest}`;

/** A gradebook read with If-None-Match: unchanged (304), or fresh with its ETag. */
export type GradebookRead =
  { kind: 'same' } | { kind: 'fresh'; etag: string; data: ClassGradebook };

/** Every teacher call of the class routes; `key` is the class's teacher secret. */
export const classApi = {
  /** Opens a class, with a roster pasted as lines or CSV. */
  create: (name: string, allowNewNames: boolean, roster: string) =>
    call<CreatedClass>('/api/classes', {
      body: roster.trim() ? { name, allowNewNames, roster } : { name, allowNewNames },
    }),
  overview: (code: string, key: string) => call<ClassOverview>(at(code), { key }),
  update: (code: string, key: string, change: { name?: string; allowNewNames?: boolean }) =>
    call<ClassOverview>(at(code), { key, method: 'PATCH', body: change }),
  learners: (code: string, key: string) =>
    call<{ learners: RosterLearner[] }>(of(code, 'learners'), { key }),
  addLearners: (code: string, key: string, roster: string) =>
    call<{ learners: NewLearner[] }>(of(code, 'learners'), { key, body: { roster } }),
  revoke: (code: string, key: string, learnerId: string) =>
    call<{ learnerId: string; revoked: true }>(
      of(code, `learners/${encodeURIComponent(learnerId)}/revoke`),
      { key, body: {} },
    ),
  reissue: (code: string, key: string, learnerId: string) =>
    call<{ learnerId: string; linkPath: string }>(
      of(code, `learners/${encodeURIComponent(learnerId)}/reissue`),
      { key, body: {} },
    ),
  /** Puts a builder-made assignment in the class, published to its learners at once. */
  publishNew: (code: string, key: string, assignment: Assignment) =>
    call<{ assignment: Assignment; published: boolean }>(of(code, 'assignments'), {
      key,
      body: { assignment, publish: true },
    }),
  publish: (code: string, key: string, id: string) =>
    call<{ published: true }>(of(code, `assignments/${encodeURIComponent(id)}/publish`), {
      key,
      body: {},
    }),
  /** Moves the due time for everyone, or (with `learnerId`) sets one learner's extension. */
  due: (code: string, key: string, id: string, due: number | null, learnerId?: string) =>
    call<DueChange>(of(code, `assignments/${encodeURIComponent(id)}/due`), {
      key,
      body: learnerId ? { due, learnerId } : { due },
    }),
  /** The gradebook; with `etag`, an unchanged class answers `same` without a body. */
  async gradebook(code: string, key: string, id: string, etag?: string): Promise<GradebookRead> {
    const res = await send(of(code, `assignments/${encodeURIComponent(id)}/gradebook`), {
      key,
      etag,
    });
    if (res.status === 304) return { kind: 'same' };
    if (!res.ok) throw await refusal(res);
    const data = (await res.json().catch(() => null)) as ClassGradebook | null;
    if (!data) throw new ApiError(res.status, 'bad_reply', common.badReply(res.status));
    return { kind: 'fresh', etag: res.headers.get('ETag') ?? '', data };
  },
  /** The backup as the server wrote it (text, to save as a file unchanged). */
  async backup(code: string, key: string): Promise<string> {
    const res = await send(of(code, 'backup'), { key });
    if (!res.ok) throw await refusal(res);
    return res.text();
  },
  remove: (code: string, key: string) => call<Deleted>(at(code), { key, method: 'DELETE' }),
  /** Restores a backup file's text as it is: the server says what is wrong with one that is not a backup. */
  restore: (text: string) => call<Restored>('/api/classes/restore', { raw: text }),
};
