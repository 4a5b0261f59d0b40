// The shapes of every request, checked at the edge of each route.
import { z } from 'zod';
import { CODE_ALPHABET, CODE_LENGTH } from './ids.ts';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

const clientMade = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'use 8 to 64 letters, digits, "_" or "-"');
const pollId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a poll id')
  .max(100);

/** A join code in a path, case-insensitive. */
export const codeParam = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(
    z
      .string()
      .length(CODE_LENGTH, `a join code has ${CODE_LENGTH} characters`)
      .regex(new RegExp(`^[${CODE_ALPHABET}]+$`), 'not a join code'),
  );

/** A run id in a path. */
export const runIdParam = z.string().regex(/^r_[A-Za-z0-9_-]{1,40}$/, 'not a run id');

/** POST /api/live */
export const createBody = z.strictObject({
  title: z.string().trim().min(1).max(120),
  pollIds: z
    .array(pollId)
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'a poll id is listed twice'),
  allowAnonymous: z.boolean(),
});

/** POST /api/live/:code/open */
export const openBody = z.strictObject({ pollId });

/** POST /api/live/:code/runs/:runId */
export const actionBody = z.strictObject({
  action: z.enum(['show', 'hide', 'lock', 'unlock', 'reveal']),
});

/** POST /api/live/:code/join */
export const joinBody = z.strictObject({
  name: z.string().max(200).optional(),
  clientId: clientMade,
});

/** POST /api/live/:code/answers */
export const answerBody = z.strictObject({
  runId: runIdParam,
  answerId: clientMade,
  answer: z.union([z.string().min(1).max(64), z.array(z.string().min(1).max(64)).min(1).max(20)]),
});

/** GET /api/live/:code/events */
export const eventsQuery = z.union([
  z.object({
    role: z.literal('teacher'),
    key: z.string().min(1).max(200),
    lastEventId: z.string().max(20).optional(),
  }),
  z.object({
    role: z.literal('learner'),
    token: z.string().min(1).max(200),
    lastEventId: z.string().max(20).optional(),
  }),
]);
