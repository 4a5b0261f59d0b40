// Headers on every response. Each page carries its own script policy in a meta
// tag (src/integrations/csp.mjs); what a meta tag cannot say is sent here.
import type { MiddlewareHandler } from 'hono';

/** The security headers the class server adds to everything it serves. */
export const SECURITY_HEADERS: Record<string, string> = {
  // frame-ancestors is ignored in a meta tag; a header-only policy with just it adds no other limit.
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Middleware adding SECURITY_HEADERS. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
};
