// Every refusal is an ApiError with a machine code; one handler turns codes
// into statuses and bodies, so no route picks a status by itself.
import type { Context } from 'hono';
import { ZodError } from 'zod';
import { messages } from './strings.ts';

/** A machine code the API can answer with. */
export type ErrorCode = keyof typeof messages;

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_answer: 400,
  unknown_poll: 400,
  poll_not_live: 400,
  poll_not_in_class: 400,
  name_required: 400,
  invalid_roster: 400,
  invalid_assignment: 400,
  invalid_backup: 400,
  unauthorized: 401,
  not_on_roster: 403,
  no_class: 404,
  unknown_learner: 404,
  unknown_assignment: 404,
  assignment_exists: 409,
  class_exists: 409,
  name_taken: 409,
  unknown_class: 404,
  unknown_run: 404,
  not_found: 404,
  run_locked: 409,
  run_closed: 409,
  class_ended: 409,
  invalid_transition: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

/** A refusal: a code, an optional more precise sentence, and extra fields for the body. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly extra: Record<string, unknown>;
  readonly retryAfter?: number;
  constructor(
    code: ErrorCode,
    detail?: string,
    extra: Record<string, unknown> = {},
    retryAfter?: number,
  ) {
    super(detail ?? messages[code]);
    this.code = code;
    this.extra = extra;
    this.retryAfter = retryAfter;
  }
}

/** The body and status of an error. */
export function errorResponse(c: Context, e: ApiError) {
  if (e.retryAfter !== undefined) c.header('Retry-After', String(e.retryAfter));
  return c.json(
    { error: e.message, code: e.code, ...e.extra },
    STATUS[e.code] as 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500,
  );
}

/** Says which field is wrong, in one sentence. */
function describe(e: ZodError): string {
  const issue = e.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${messages.invalid_request} ${where}${issue.message}`;
}

/** The app's one error handler: known refusals as they are, schema failures as 400, the rest as 500. */
export function onError(log: (e: unknown) => void) {
  return (err: Error, c: Context) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof ZodError)
      return errorResponse(c, new ApiError('invalid_request', describe(err)));
    if (err instanceof SyntaxError)
      return errorResponse(
        c,
        new ApiError('invalid_request', `${messages.invalid_request} The body is not JSON.`),
      );
    log(err);
    return errorResponse(c, new ApiError('internal'));
  };
}
