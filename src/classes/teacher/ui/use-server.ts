import { useEffect, useState } from 'preact/hooks';
import { health } from '../api.ts';

/** Whether the class server answers: null while asking. */
export function useServer(): boolean | null {
  const [up, setUp] = useState<boolean | null>(null);
  useEffect(() => {
    void health().then(setUp);
  }, []);
  return up;
}
