// The shapes of the class routes' requests (issue 16), checked at each route's edge.
import { z } from 'zod';
import { codeParam } from './schemas.ts';

/** The largest body of a class route, in bytes (a roster of 500, an assignment of 500 polls). */
export const MAX_CLASS_BODY_BYTES = 64 * 1024;
/** The largest backup a restore accepts, in bytes. */
export const MAX_BACKUP_BYTES = 8 * 1024 * 1024;

/** A class code in a path: the same alphabet and length as a live join code. */
export const classCode = codeParam;

const clientMade = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'use 8 to 64 letters, digits, "_" or "-"');

/** A learner id in a path. */
export const learnerIdParam = z.string().regex(/^cl_[A-Za-z0-9_-]{1,40}$/, 'not a learner id');
/** An assignment id in a path (the builder's random id). */
export const assignmentIdParam = z.string().min(4).max(64);

const roster = z.union([z.string().max(60_000), z.array(z.string().max(200)).max(1000)]);

/** POST /api/classes */
export const createClassBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  allowNewNames: z.boolean(),
  roster: roster.optional(),
});

/** PATCH /api/classes/:code */
export const updateClassBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  allowNewNames: z.boolean().optional(),
});

/** POST /api/classes/:code/learners */
export const addLearnersBody = z.strictObject({ roster });

/** POST /api/classes/:code/assignments; `assignment` is checked by checkAssignment. */
export const createAssignmentBody = z.strictObject({
  assignment: z.unknown(),
  publish: z.boolean().default(false),
});

const dueTime = z.number().int().min(0).max(8.64e15).nullable();

/** POST /api/classes/:code/assignments/:id/due */
export const dueBody = z.strictObject({
  due: dueTime,
  learnerId: learnerIdParam.optional(),
});

/** POST /api/classes/:code/join */
export const classJoinBody = z.strictObject({
  name: z.string().max(200),
  deviceId: clientMade,
});

/** A widget's published state (small, JSON). */
const widgetState = z
  .record(z.string(), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 2000, 'a widget state is at most 2000 characters');

/** POST /api/classes/:code/attempts */
export const attemptsBody = z.strictObject({
  deviceId: clientMade,
  attempts: z
    .array(
      z.strictObject({
        attemptId: clientMade,
        pollId: z.string().min(1).max(100),
        response: z.union([
          z.string().min(1).max(2000),
          z.array(z.string().min(1).max(64)).min(1).max(20),
          z.number(),
          widgetState,
        ]),
        /** When the learner answered, ms (information only: lateness uses arrival). */
        answeredAt: z.number().int().min(0).max(8.64e15).optional(),
      }),
    )
    .min(1)
    .max(50),
});
