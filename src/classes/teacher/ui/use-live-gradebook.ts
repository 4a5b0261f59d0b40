// The class gradebook kept fresh: a conditional GET (If-None-Match) every few
// seconds while the page is visible, paused while it is hidden, at once on a change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { classApi, type ApiError } from '../api.ts';
import type { KnownClass } from '../keep.ts';
import type { ClassGradebook } from '../types.ts';

/** How often the gradebook asks the server whether anything changed. */
export const REFRESH_MS = 5000;

/** What the gradebook view has: the latest gradebook, when it was last checked, an error, paused. */
export interface LiveGradebook {
  gb: ClassGradebook | null;
  checkedAt: number | null;
  error: string;
  paused: boolean;
}

/** Follows the gradebook of assignment `id`; `changes` bumps force a fetch now. */
export function useLiveGradebook(cls: KnownClass, id: string, changes: number): LiveGradebook {
  const [state, setState] = useState<LiveGradebook>({
    gb: null,
    checkedAt: null,
    error: '',
    paused: false,
  });
  const etag = useRef<string | undefined>(undefined);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    let stopped = false;
    const hidden = () => document.visibilityState === 'hidden';
    const tick = async () => {
      timer = undefined;
      if (stopped || busy) return;
      if (hidden()) return setState((s) => ({ ...s, paused: true }));
      busy = true;
      try {
        const r = await classApi.gradebook(cls.code, cls.key, id, etag.current);
        if (stopped) return;
        if (r.kind === 'fresh') etag.current = r.etag;
        setState((s) => ({
          gb: r.kind === 'fresh' ? r.data : s.gb,
          checkedAt: Date.now(),
          error: '',
          paused: false,
        }));
      } catch (e) {
        if (!stopped) setState((s) => ({ ...s, error: (e as ApiError).message }));
      } finally {
        busy = false;
        if (!stopped && !hidden()) timer = setTimeout(() => void tick(), REFRESH_MS);
      }
    };
    const onVisibility = () => {
      if (hidden()) {
        clearTimeout(timer);
        timer = undefined;
        setState((s) => ({ ...s, paused: true }));
      } else if (timer === undefined) void tick();
    };
    document.addEventListener('visibilitychange', onVisibility);
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [cls.code, cls.key, id, changes]);

  return state;
}
