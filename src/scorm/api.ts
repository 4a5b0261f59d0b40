// The SCORM 1.2 run-time API as the LMS offers it (window.API), and the
// standard discovery: walk up the parents (at most 7 levels), then the opener.

/** The SCORM 1.2 API object an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** How many parent levels the discovery walks (ADL's reference algorithm uses 7). */
export const MAX_PARENTS = 7;

interface Frame {
  API?: unknown;
  parent: Frame | null;
  opener?: Frame | null;
}

const isApi = (x: unknown): x is Scorm12Api =>
  !!x && typeof (x as Scorm12Api).LMSInitialize === 'function';

function look(win: Frame): Scorm12Api | null {
  let w: Frame = win;
  for (let level = 0; level <= MAX_PARENTS; level++) {
    try {
      if (isApi(w.API)) return w.API;
    } catch {
      return null; // another origin's window: it cannot be ours
    }
    if (!w.parent || w.parent === w) return null;
    w = w.parent;
  }
  return null;
}

/** The LMS's API seen from `win`: in it or a parent, else in the top window's opener or its parents; null outside an LMS. */
export function findApi(win: Frame): Scorm12Api | null {
  const found = look(win);
  if (found) return found;
  try {
    const top = topOf(win);
    return top.opener ? look(top.opener) : null;
  } catch {
    return null;
  }
}

function topOf(win: Frame): Frame {
  let w = win;
  for (let i = 0; i <= MAX_PARENTS && w.parent && w.parent !== w; i++) w = w.parent;
  return w;
}
