// What both live pages need before anything else: a class server that
// answers, and the rendered poll bank of this build.
import { useEffect, useState } from 'preact/hooks';
import { health } from '../api.ts';
import type { LiveBank } from '../bank-types.ts';

/** Checking, no server (static host), the bank failed to load, or ready with the bank. */
export type Setup =
  | { kind: 'checking' }
  | { kind: 'no-server' }
  | { kind: 'no-bank' }
  | { kind: 'ready'; bank: LiveBank };

/** Asks /api/health and loads /live/bank.json once. */
export function useLiveSetup(): Setup {
  const [setup, setSetup] = useState<Setup>({ kind: 'checking' });
  useEffect(() => {
    void (async () => {
      if (!(await health())) return setSetup({ kind: 'no-server' });
      try {
        const res = await fetch('/live/bank.json');
        if (!res.ok) throw new Error(String(res.status));
        setSetup({ kind: 'ready', bank: (await res.json()) as LiveBank });
      } catch {
        setSetup({ kind: 'no-bank' });
      }
    })();
  }, []);
  return setup;
}
